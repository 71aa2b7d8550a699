#pragma once

#include "domain/error.h"
#include "sync/clipduplicatecheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace ClipDesk::Net {
class ApiClient;
class TusUploader;
class UploadStateStore;
}

namespace ClipDesk::Sync {

class ClientCache;
class MutationQueue;

// The video uploads of the signed-in clipper's clips. upload() remembers (clip, file) in the
// cache and starts a resumable tus upload (Net::TusUploader, its state in the same cache, so an
// app restart continues where it stopped); when the server has checked the file, the clip gets
// it with `clip.attach_media`, which the sync engine pushes like any other change. A file the
// server refuses leaves the clip as it was and keeps the reason for the user.
class ClipUploadQueue final : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Uploading, Paused, Checking, Attached, Refused, Failed };
    Q_ENUM(Phase)

    struct Progress
    {
        Phase phase = Phase::Uploading;
        qint64 sent = 0;
        qint64 total = 0;
        double bytesPerSecond = 0;
        QString message; // why it was refused or failed
    };

    ClipUploadQueue(ClientCache &cache, MutationQueue &mutations, Net::ApiClient &api, QObject *parent = nullptr);
    ~ClipUploadQueue() override;
    Q_DISABLE_COPY_MOVE(ClipUploadQueue)

    Status upload(const QString &clipId, const QString &filePath);
    void pause(const QString &clipId);
    void resume(const QString &clipId);
    void cancel(const QString &clipId);
    // Starts the uploads an earlier run left unfinished.
    void resumeAll();

    // Asks the server whether a video duplicates a clip already on the campaign, before it is
    // uploaded (ClipDuplicateCheck); `done` runs unless `context` is destroyed first.
    void checkDuplicate(const DuplicateQuestion &question, QObject *context, std::function<void(const DuplicateVerdict &)> done);

    bool contains(const QString &clipId) const { return m_progress.contains(clipId); }
    Progress progress(const QString &clipId) const { return m_progress.value(clipId); }

Q_SIGNALS:
    void changed(const QString &clipId);

private:
    void start(const QString &clipId, const QString &filePath);
    void finish(const QString &clipId, Phase phase, const QString &message);
    Status remember(const QString &clipId, const QString &filePath);
    void forget(const QString &clipId);

    ClientCache &m_cache;
    MutationQueue &m_mutations;
    Net::ApiClient &m_api;
    std::unique_ptr<Net::UploadStateStore> m_state;
    QHash<QString, QPointer<Net::TusUploader>> m_uploaders;
    QHash<QString, Progress> m_progress;
};

} // namespace ClipDesk::Sync
