#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ClipDesk::Sync {

class ClientCache;

// One clip video kept (or being fetched) on this device for offline review.
struct OfflineMedia
{
    QString sha256;
    QString state;        // "downloading", "paused" (cancelled, the part is kept), "ready", "failed"
    QString fileName;     // in directory(), once ready
    qint64 totalBytes = 0;
    QString error;        // why it failed
    qint64 requestedAtMs = 0;
};

// The cache's table of offline clip videos (`offline_media`) and the files beside the cache:
// "<cache file>.offline/<sha256>.part" while downloading, "<sha256>.mp4" (or .webm) when ready.
// Every change is announced as the "offline_media" entity, so lists show the offline badge.
class OfflineMediaStore final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineMediaStore)

public:
    static constexpr auto Entity = "offline_media";

    explicit OfflineMediaStore(ClientCache &cache);

    QString directory() const;
    QString partPath(const QString &sha256) const;

    // Marks `sha256` as wanted (state "downloading"); a ready copy stays ready.
    Status request(const QString &sha256);
    Status setState(const QString &sha256, const QString &state, const QString &error = {});
    Status setTotal(const QString &sha256, qint64 totalBytes);
    Status markReady(const QString &sha256, const QString &fileName, qint64 totalBytes);
    // Forgets the video and deletes its files.
    Status remove(const QString &sha256);

    Result<std::optional<OfflineMedia>> find(const QString &sha256);
    Result<QList<OfflineMedia>> inState(const QString &state);
    // The ready copy's path, empty when there is none (or its file went missing).
    QString localFile(const QString &sha256);

private:
    ClientCache &m_cache;
};

} // namespace ClipDesk::Sync
