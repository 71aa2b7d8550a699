#include "sync/clipuploadqueue.h"

#include "net/apiclient.h"
#include "net/tusuploader.h"
#include "net/uploadstatestore.h"
#include "storage/database.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ClipDesk::Sync {

namespace {
Q_LOGGING_CATEGORY(lcClipUploads, "clipdesk.sync.uploads", QtInfoMsg)
}

ClipUploadQueue::ClipUploadQueue(ClientCache &cache, MutationQueue &mutations, Net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_mutations(mutations)
    , m_api(api)
    , m_state(std::make_unique<Net::UploadStateStore>(cache.database().connection()))
{
}

ClipUploadQueue::~ClipUploadQueue()
{
    // Uploaders are children; they stop with us and resume from the saved state next time.
    qDeleteAll(findChildren<Net::TusUploader *>(Qt::FindDirectChildrenOnly));
}

Status ClipUploadQueue::upload(const QString &clipId, const QString &filePath)
{
    const QFileInfo file(filePath);
    if (!file.isFile() || !file.isReadable())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("“%1” cannot be read.").arg(filePath));
    auto row = m_cache.row(Entity::Clip, clipId);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return failure(QString::fromLatin1(ErrorCode::NotFound), tr("The clip is not in the cache."));
    const QString status = (**row).value(QLatin1String("status")).toString();
    if (status != u"draft" && status != u"uploading")
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("Only a draft gets a new video; make a new version of a clip a reviewer has seen."));
    if (m_uploaders.value(clipId))
        cancel(clipId);
    if (Status remembered = remember(clipId, file.absoluteFilePath()); !remembered)
        return remembered;
    start(clipId, file.absoluteFilePath());
    return {};
}

void ClipUploadQueue::checkDuplicate(const DuplicateQuestion &question, QObject *context,
                                     std::function<void(const DuplicateVerdict &)> done)
{
    ClipDuplicateCheck::ask(m_api, question, context, std::move(done));
}

void ClipUploadQueue::resumeAll()
{
    auto query = m_cache.database().exec(QStringLiteral("SELECT clip_id, file_path FROM clip_uploads ORDER BY started_at"));
    if (!query) {
        qCWarning(lcClipUploads) << "cannot list unfinished uploads:" << query.error().message;
        return;
    }
    QList<std::pair<QString, QString>> unfinished;
    while (query->next())
        unfinished.append({query->value(0).toString(), query->value(1).toString()});
    for (const auto &[clipId, path] : unfinished) {
        if (!m_uploaders.value(clipId))
            start(clipId, path);
    }
}

void ClipUploadQueue::start(const QString &clipId, const QString &filePath)
{
    auto *uploader = new Net::TusUploader(m_api.baseUrl(), m_api.token(), filePath, m_state.get(), this);
    uploader->setMetadata(QJsonObject{{QStringLiteral("clip_id"), clipId}});
    m_uploaders.insert(clipId, uploader);
    m_progress.insert(clipId, Progress{Phase::Uploading, 0, QFileInfo(filePath).size(), 0, {}});
    connect(uploader, &Net::TusUploader::progress, this, [this, clipId](qint64 sent, qint64 total) {
        Progress &progress = m_progress[clipId];
        progress.sent = sent;
        progress.total = total;
        Q_EMIT changed(clipId);
    });
    connect(uploader, &Net::TusUploader::speedChanged, this, [this, clipId](double bytesPerSecond) {
        m_progress[clipId].bytesPerSecond = bytesPerSecond;
    });
    connect(uploader, &Net::TusUploader::stateChanged, this, [this, clipId](Net::TusUploader::State state) {
        Progress &progress = m_progress[clipId];
        if (state == Net::TusUploader::State::Paused)
            progress.phase = Phase::Paused;
        else if (state == Net::TusUploader::State::Checking)
            progress.phase = Phase::Checking;
        else if (state == Net::TusUploader::State::Uploading || state == Net::TusUploader::State::Creating)
            progress.phase = Phase::Uploading;
        Q_EMIT changed(clipId);
    });
    connect(uploader, &Net::TusUploader::verdict, this,
            [this, clipId](bool accepted, const QString &sha256, const QString &reason, const QJsonObject &) {
                if (!accepted)
                    return finish(clipId, Phase::Refused, reason);
                auto row = m_cache.row(Entity::Clip, clipId);
                const qint64 version = row && *row ? (**row).value(QLatin1String("version")).toInteger() : 0;
                auto attached = m_mutations.submit(QStringLiteral("clip.attach_media"),
                                                   {{QStringLiteral("id"), clipId}, {QStringLiteral("media_sha256"), sha256}},
                                                   version);
                if (!attached)
                    return finish(clipId, Phase::Failed, attached.error().message);
                finish(clipId, Phase::Attached, {});
            });
    connect(uploader, &Net::TusUploader::failed, this, [this, clipId](const Error &error) {
        finish(clipId, Phase::Failed, error.message);
    });
    uploader->start();
}

void ClipUploadQueue::finish(const QString &clipId, Phase phase, const QString &message)
{
    qCInfo(lcClipUploads) << "upload for clip" << clipId << "ended:" << phase << message;
    Progress &progress = m_progress[clipId];
    progress.phase = phase;
    progress.message = message;
    if (phase != Phase::Failed)
        forget(clipId); // a failed one is tried again by resumeAll()
    if (Net::TusUploader *uploader = m_uploaders.take(clipId))
        uploader->deleteLater();
    Q_EMIT changed(clipId);
}

void ClipUploadQueue::pause(const QString &clipId)
{
    if (Net::TusUploader *uploader = m_uploaders.value(clipId))
        uploader->pause();
}

void ClipUploadQueue::resume(const QString &clipId)
{
    if (Net::TusUploader *uploader = m_uploaders.value(clipId))
        uploader->resume();
}

void ClipUploadQueue::cancel(const QString &clipId)
{
    if (Net::TusUploader *uploader = m_uploaders.take(clipId)) {
        // Deleted once the server has been told (DELETE), or given up on.
        connect(uploader, &Net::TusUploader::stateChanged, uploader, [uploader](Net::TusUploader::State state) {
            if (state == Net::TusUploader::State::Cancelled || state == Net::TusUploader::State::Failed)
                uploader->deleteLater();
        });
        uploader->cancel();
    }
    forget(clipId);
    m_progress.remove(clipId);
    Q_EMIT changed(clipId);
}

Status ClipUploadQueue::remember(const QString &clipId, const QString &filePath)
{
    auto written = m_cache.database().exec(
        QStringLiteral("INSERT INTO clip_uploads (clip_id, file_path, started_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (clip_id) DO UPDATE SET file_path = excluded.file_path, started_at = excluded.started_at"),
        {clipId, filePath, QDateTime::currentMSecsSinceEpoch()});
    if (!written)
        return std::unexpected(written.error());
    return {};
}

void ClipUploadQueue::forget(const QString &clipId)
{
    if (auto removed = m_cache.database().exec(QStringLiteral("DELETE FROM clip_uploads WHERE clip_id = ?"), {clipId}); !removed)
        qCWarning(lcClipUploads) << "cannot forget an upload:" << removed.error().message;
}

} // namespace ClipDesk::Sync
