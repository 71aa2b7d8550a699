#include "mediaingest.h"

#include "clipmediaverdict.h"
#include "digeststream.h"
#include "probereport.h"
#include "proberunner.h"
#include "storage/clipmediarepository.h"
#include "storage/contentstore.h"
#include "storage/database.h"
#include "uploadlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QUuid>
#include <QtConcurrent>

#include <fcntl.h>
#include <unistd.h>

namespace ClipDesk::Server {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Renames a complete, fsync'ed file into the store under its hash (same file system).
Status moveIntoStore(const QString &file, const QString &storeRoot, const QString &sha256)
{
    const QString target = Storage::ContentStore::objectPath(storeRoot, sha256);
    const QString shard = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(shard))
        return failure(QString::fromLatin1(ErrorCode::Storage), QStringLiteral("cannot create %1").arg(shard));
    if (QFile::exists(target)) {
        QFile::remove(file); // the same bytes are already stored
        return {};
    }
    if (::rename(QFile::encodeName(file).constData(), QFile::encodeName(target).constData()) != 0)
        return failure(QString::fromLatin1(ErrorCode::Storage), QStringLiteral("cannot move %1 into the store").arg(file));
    if (!syncDirectory(shard))
        return failure(QString::fromLatin1(ErrorCode::Storage), QStringLiteral("cannot sync %1").arg(shard));
    return {};
}

} // namespace

MediaIngest::MediaIngest(Storage::Database &db, Storage::ContentStore &store, ProbeRunner &probe, QString dataDir,
                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_probe(probe)
    , m_dataDir(std::move(dataDir))
{
    m_hashing.setMaxThreadCount(1);
}

MediaIngest::~MediaIngest()
{
    m_hashing.waitForDone();
}

void MediaIngest::ingest(const Storage::TusUploadRecord &upload, const QString &knownSha256)
{
    if (m_ingesting.contains(upload.id))
        return;
    if (!knownSha256.isEmpty()) {
        publish(upload, knownSha256);
        return;
    }
    m_ingesting.insert(upload.id);
    const QString path = QDir(m_dataDir).filePath(upload.partialPath);
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, upload] {
        watcher->deleteLater();
        m_ingesting.remove(upload.id);
        const Result<QString> sha256 = watcher->result();
        if (!sha256) {
            qCWarning(lcUploads) << "cannot hash upload" << upload.id << sha256.error().message;
            return;
        }
        publish(upload, *sha256);
    });
    watcher->setFuture(QtConcurrent::run(&m_hashing, [path] { return DigestStream::sha256OfFile(path); }));
}

void MediaIngest::publish(const Storage::TusUploadRecord &upload, const QString &sha256)
{
    const QString path = QDir(m_dataDir).filePath(upload.partialPath);
    if (auto moved = moveIntoStore(path, m_store.rootPath(), sha256); !moved) {
        qCWarning(lcUploads) << "cannot publish upload" << upload.id << moved.error().message;
        return;
    }
    if (auto marked = Storage::TusUploadRepository(m_db).markComplete(upload.id, sha256, nowMs()); !marked) {
        qCWarning(lcUploads) << "cannot mark upload" << upload.id << "complete:" << marked.error().message;
        return;
    }
    qCInfo(lcUploads) << "upload" << upload.id << "complete:" << sha256;
    probe(sha256, upload.ownerId);
}

void MediaIngest::probe(const QString &sha256, const QString &ownerId)
{
    auto existing = Storage::ClipMediaRepository(m_db).find(sha256);
    if (!existing) {
        qCWarning(lcUploads) << "cannot look up clip media" << sha256 << existing.error().message;
        return;
    }
    if (existing->has_value() || m_probing.contains(sha256))
        return; // identical bytes have (or are about to get) their verdict
    m_probing.insert(sha256);
    const QString thumbnail = QDir(m_dataDir).filePath(QStringLiteral("uploads/probe-%1.jpg").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QPointer<MediaIngest> self(this);
    m_probe.run(m_store.pathFor(sha256), thumbnail, [self, sha256, ownerId, thumbnail](const ProbeOutcome &outcome) {
        if (!self) {
            QFile::remove(thumbnail);
            return;
        }
        self->storeVerdict(sha256, ownerId, ProbeReport::fromOutcome(outcome), thumbnail);
    });
}

void MediaIngest::storeVerdict(const QString &sha256, const QString &ownerId, ProbeReport report, const QString &thumbnailPath)
{
    m_probing.remove(sha256);
    const Storage::ClipMediaRecord media = clipMediaVerdict(m_store, sha256, ownerId, report, thumbnailPath, nowMs());
    if (auto inserted = Storage::ClipMediaRepository(m_db).insertIfAbsent(media); !inserted) {
        qCWarning(lcUploads) << "cannot store the verdict on" << sha256 << inserted.error().message;
        return;
    }
    if (!report.usable) {
        // Hostile or broken bytes are not kept; the row remembers why.
        m_store.remove(sha256);
        qCInfo(lcUploads) << "rejected" << sha256 << report.rejectionCode << report.rejectionReason;
    } else {
        qCInfo(lcUploads) << "accepted" << sha256 << media.width << 'x' << media.height << media.durationMs << "ms";
    }
    Q_EMIT verdictStored(sha256, report.usable);
}

void MediaIngest::recover()
{
    Storage::TusUploadRepository uploads(m_db);
    auto awaiting = uploads.listAwaitingCompletion();
    if (awaiting) {
        for (const Storage::TusUploadRecord &upload : std::as_const(*awaiting))
            ingest(upload, {});
    }
    auto unprobed = uploads.listCompletedWithoutVerdict();
    if (unprobed) {
        for (const auto &[sha256, ownerId] : std::as_const(*unprobed)) {
            if (m_store.contains(sha256))
                probe(sha256, ownerId);
        }
    }
}

} // namespace ClipDesk::Server
