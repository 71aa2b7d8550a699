#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace ClipDesk::Net {
class ApiClient;
class RangeDownload;
}

namespace ClipDesk::Sync {

class ClientCache;

// "Make available offline" for clip videos: downloads GET /api/v1/media/{sha256} into the files
// OfflineMediaStore keeps beside the cache, with HTTP Range so that a download cancelled,
// broken off (server gone, network down) or left by an app restart continues where it
// stopped; checks the SHA-256 of the finished file (off the GUI thread) before it counts as
// ready. The state lives in the cache; progress is announced with changed(). At most
// MaxParallel downloads run; network failures are retried with backoff, refusals (404, 403)
// and a wrong hash end as "failed" with the reason.
class OfflineMediaDownloads final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxParallel = 2;

    struct Progress
    {
        bool running = false;
        qint64 bytesOnDisk = 0;
        qint64 totalBytes = 0;
        // The last run: where it continued from, what came over the wire and the HTTP status
        // (206 for a resumed range).
        qint64 resumedFrom = 0;
        qint64 receivedThisRun = 0;
        int httpStatus = 0;
        QString message; // the last failure
    };

    OfflineMediaDownloads(ClientCache &cache, Net::ApiClient &api, QObject *parent = nullptr);
    ~OfflineMediaDownloads() override;
    Q_DISABLE_COPY_MOVE(OfflineMediaDownloads)

    // Queues the video `sha256` (a hex SHA-256) for download; nothing happens for a ready copy.
    Status makeAvailable(const QString &sha256);
    // Stops a download and keeps its part; makeAvailable() continues it.
    void cancel(const QString &sha256);
    // Stops it and deletes the copy (or part) and its state.
    Status remove(const QString &sha256);
    // Starts the downloads an earlier run left unfinished (state "downloading").
    void resumeAll();

    QString localFile(const QString &sha256);
    QString state(const QString &sha256);  // empty when not offline at all
    Progress progress(const QString &sha256) const { return m_progress.value(sha256); }
    bool isRunning(const QString &sha256) const { return m_running.contains(sha256); }

Q_SIGNALS:
    void changed(const QString &sha256);

private:
    void startQueued();
    void start(const QString &sha256);
    void finishDownload(const QString &sha256, Net::RangeDownload *download);
    void verified(const QString &sha256, const QString &actual, qint64 size, const QByteArray &contentType);
    void failDownload(const QString &sha256, const Error &error);
    void release(const QString &sha256);

    ClientCache &m_cache;
    Net::ApiClient &m_api;
    QNetworkAccessManager m_network;
    QStringList m_queue;
    QHash<QString, QPointer<Net::RangeDownload>> m_running;
    QHash<QString, Progress> m_progress;
    QHash<QString, int> m_retries;
    quint64 m_generation = 0; // bumped by cancel/remove: late verifications are ignored
    QHash<QString, quint64> m_generations;
};

} // namespace ClipDesk::Sync
