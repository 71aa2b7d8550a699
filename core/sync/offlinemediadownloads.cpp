#include "sync/offlinemediadownloads.h"

#include "net/apiclient.h"
#include "net/apiresponse.h"
#include "net/rangedownload.h"
#include "storage/contentstore.h"
#include "sync/clientcache.h"
#include "sync/offlinemediastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <chrono>

namespace ClipDesk::Sync {

namespace {

Q_LOGGING_CATEGORY(lcOffline, "clipdesk.sync.offline", QtInfoMsg)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfflineMediaDownloads)
};

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

struct Verification
{
    QString actual;
    qint64 size = 0;
};

} // namespace

OfflineMediaDownloads::OfflineMediaDownloads(ClientCache &cache, Net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
}

OfflineMediaDownloads::~OfflineMediaDownloads()
{
    // The parts stay, in state "downloading": resumeAll() continues them next time.
    for (const auto &download : std::as_const(m_running)) {
        if (download)
            download->cancel();
    }
}

Status OfflineMediaDownloads::makeAvailable(const QString &sha256)
{
    if (!Storage::ContentStore::isValidSha256(sha256))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("This clip has no video on the server yet."));
    OfflineMediaStore store(m_cache);
    if (!store.localFile(sha256).isEmpty())
        return {};
    if (Status requested = store.request(sha256); !requested)
        return requested;
    if (auto entry = store.find(sha256); entry && *entry && (*entry)->state == u"ready") {
        // Ready in the table, but the file is gone: fetch it again.
        if (Status reset = store.setState(sha256, QStringLiteral("downloading")); !reset)
            return reset;
    }
    m_progress[sha256].message.clear();
    if (!m_running.contains(sha256) && !m_queue.contains(sha256))
        m_queue.append(sha256);
    Q_EMIT changed(sha256);
    startQueued();
    return {};
}

void OfflineMediaDownloads::resumeAll()
{
    auto unfinished = OfflineMediaStore(m_cache).inState(QStringLiteral("downloading"));
    if (!unfinished) {
        qCWarning(lcOffline) << "cannot list unfinished downloads:" << unfinished.error().message;
        return;
    }
    for (const OfflineMedia &entry : *unfinished) {
        if (!m_running.contains(entry.sha256) && !m_queue.contains(entry.sha256))
            m_queue.append(entry.sha256);
    }
    startQueued();
}

void OfflineMediaDownloads::startQueued()
{
    while (m_running.size() < MaxParallel && !m_queue.isEmpty())
        start(m_queue.takeFirst());
}

void OfflineMediaDownloads::start(const QString &sha256)
{
    OfflineMediaStore store(m_cache);
    QDir().mkpath(store.directory());
    const QUrl url = Net::ApiClient::endpoint(m_api.baseUrl(), QStringLiteral("/api/v1/media/") + sha256);
    auto *download = new Net::RangeDownload(m_network, url, m_api.token(), store.partPath(sha256), this);
    download->setEntityTag('"' + sha256.toLatin1() + '"');
    m_running.insert(sha256, download);
    connect(download, &Net::RangeDownload::progress, this, [this, sha256, download](qint64 onDisk, qint64 total) {
        Progress &progress = m_progress[sha256];
        if (total > 0 && progress.totalBytes != total) {
            if (auto saved = OfflineMediaStore(m_cache).setTotal(sha256, total); !saved)
                qCWarning(lcOffline) << saved.error().message;
        }
        progress.bytesOnDisk = onDisk;
        progress.totalBytes = total;
        progress.receivedThisRun = download->receivedThisRun();
        progress.httpStatus = download->httpStatus();
        Q_EMIT changed(sha256);
    });
    connect(download, &Net::RangeDownload::finished, this, [this, sha256, download] { finishDownload(sha256, download); });
    connect(download, &Net::RangeDownload::failed, this, [this, sha256](const Error &error) { failDownload(sha256, error); });
    download->start();
    Progress &progress = m_progress[sha256];
    progress.running = true;
    progress.resumedFrom = download->resumedFrom();
    progress.bytesOnDisk = download->bytesOnDisk();
    progress.receivedThisRun = 0;
    progress.httpStatus = 0;
    qCInfo(lcOffline) << "downloading" << sha256 << "from byte" << progress.resumedFrom;
    Q_EMIT changed(sha256);
}

void OfflineMediaDownloads::finishDownload(const QString &sha256, Net::RangeDownload *download)
{
    Progress &progress = m_progress[sha256];
    progress.receivedThisRun = download->receivedThisRun();
    progress.httpStatus = download->httpStatus();
    progress.bytesOnDisk = download->bytesOnDisk();
    progress.totalBytes = download->totalBytes();
    const QByteArray contentType = download->contentType();
    release(sha256);
    progress.running = true; // still checking the hash
    const quint64 generation = m_generations.value(sha256);
    const QString part = OfflineMediaStore(m_cache).partPath(sha256);
    auto *watcher = new QFutureWatcher<Verification>(this);
    connect(watcher, &QFutureWatcher<Verification>::finished, this, [this, watcher, sha256, generation, contentType] {
        watcher->deleteLater();
        if (m_generations.value(sha256) != generation)
            return; // cancelled or removed meanwhile
        const Verification result = watcher->result();
        verified(sha256, result.actual, result.size, contentType);
    });
    watcher->setFuture(QtConcurrent::run([part] { return Verification{sha256Of(part), QFileInfo(part).size()}; }));
}

void OfflineMediaDownloads::verified(const QString &sha256, const QString &actual, qint64 size, const QByteArray &contentType)
{
    OfflineMediaStore store(m_cache);
    Progress &progress = m_progress[sha256];
    progress.running = false;
    const QString part = store.partPath(sha256);
    if (actual != sha256) {
        QFile::remove(part);
        progress.bytesOnDisk = 0;
        progress.message = Tr::tr("The downloaded video is damaged (its SHA-256 is %1). Try again.").arg(actual);
        qCWarning(lcOffline) << sha256 << "downloaded with hash" << actual;
        if (auto marked = store.setState(sha256, QStringLiteral("failed"), progress.message); !marked)
            qCWarning(lcOffline) << marked.error().message;
    } else {
        const QString fileName = sha256 + (contentType.contains("webm") ? QStringLiteral(".webm") : QStringLiteral(".mp4"));
        const QString target = store.directory() + u'/' + fileName;
        QFile::remove(target);
        if (!QFile::rename(part, target)) {
            progress.message = Tr::tr("Cannot move the downloaded video to “%1”.").arg(target);
            if (auto marked = store.setState(sha256, QStringLiteral("failed"), progress.message); !marked)
                qCWarning(lcOffline) << marked.error().message;
        } else if (auto ready = store.markReady(sha256, fileName, size); !ready) {
            progress.message = ready.error().message;
        } else {
            qCInfo(lcOffline) << sha256 << "is available offline," << size << "bytes";
        }
    }
    Q_EMIT changed(sha256);
    startQueued();
}

void OfflineMediaDownloads::failDownload(const QString &sha256, const Error &error)
{
    const Net::RangeDownload *download = m_running.value(sha256);
    const int status = download ? download->httpStatus() : 0;
    Progress &progress = m_progress[sha256];
    if (download) {
        progress.bytesOnDisk = download->bytesOnDisk();
        progress.receivedThisRun = download->receivedThisRun();
        progress.httpStatus = status;
    }
    release(sha256);
    progress.message = error.message;
    const bool transient = error.code == QLatin1String(Net::ApiErrorCode::Offline) || error.code == QLatin1String(Net::ApiErrorCode::Timeout)
                           || error.code == QLatin1String(Net::ApiErrorCode::BadResponse) || status >= 500 || status == 429;
    if (transient) {
        // Keep state "downloading": retried here with backoff, and by resumeAll() after a restart.
        const int attempt = m_retries.value(sha256) + 1;
        m_retries.insert(sha256, attempt);
        const auto delay = std::chrono::milliseconds(std::min(60'000, 1000 << std::min(attempt - 1, 6)));
        const quint64 generation = m_generations.value(sha256);
        QTimer::singleShot(delay, this, [this, sha256, generation] {
            if (m_generations.value(sha256) != generation || m_running.contains(sha256) || m_queue.contains(sha256))
                return;
            if (state(sha256) == u"downloading") {
                m_queue.append(sha256);
                startQueued();
            }
        });
    } else if (auto marked = OfflineMediaStore(m_cache).setState(sha256, QStringLiteral("failed"), error.message); !marked) {
        qCWarning(lcOffline) << marked.error().message;
    }
    Q_EMIT changed(sha256);
    startQueued();
}

void OfflineMediaDownloads::release(const QString &sha256)
{
    if (Net::RangeDownload *download = m_running.take(sha256)) {
        download->disconnect(this);
        download->cancel();
        download->deleteLater();
    }
    m_progress[sha256].running = false;
}

void OfflineMediaDownloads::cancel(const QString &sha256)
{
    m_queue.removeAll(sha256);
    m_generations[sha256] = ++m_generation;
    release(sha256);
    m_retries.remove(sha256);
    if (state(sha256) == u"downloading") {
        if (auto paused = OfflineMediaStore(m_cache).setState(sha256, QStringLiteral("paused")); !paused)
            qCWarning(lcOffline) << paused.error().message;
    }
    Q_EMIT changed(sha256);
    startQueued();
}

Status OfflineMediaDownloads::remove(const QString &sha256)
{
    m_queue.removeAll(sha256);
    m_generations[sha256] = ++m_generation;
    release(sha256);
    m_retries.remove(sha256);
    m_progress.remove(sha256);
    Status removed = OfflineMediaStore(m_cache).remove(sha256);
    Q_EMIT changed(sha256);
    startQueued();
    return removed;
}

QString OfflineMediaDownloads::localFile(const QString &sha256)
{
    return OfflineMediaStore(m_cache).localFile(sha256);
}

QString OfflineMediaDownloads::state(const QString &sha256)
{
    auto entry = OfflineMediaStore(m_cache).find(sha256);
    return entry && *entry ? (*entry)->state : QString();
}

} // namespace ClipDesk::Sync
