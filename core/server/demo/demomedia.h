#pragma once

#include "domain/clip.h"
#include "domain/error.h"
#include "storage/clipmediarepository.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThreadPool>

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

// The demo world's videos: a handful of short vertical clips (540x960, 6 s, H.264/AAC in MP4),
// each its own moving pattern, colours, burnt-in title and tone, generated with libavfilter
// sources and libx264 (Media::writeGeneratedVideo), so the same bytes on every run. They take
// the path of an upload from the ContentStore on: stored under their SHA-256, probed like the
// probe child does (display size, duration, thumbnail, perceptual fingerprint) and turned into
// a "ready" clip_media row by the same code as uploads (clipMediaVerdict).
//
// Generation starts on worker threads at construction, so it runs while the rest of the demo
// world is written; attach() waits for it. When videos cannot be made (no libx264, say), the
// world is seeded without them and a warning says why.
class DemoMedia final
{
public:
    static constexpr int VideoCount = 6;
    static constexpr int Width = 540;
    static constexpr int Height = 960;
    static constexpr qint64 DurationUs = 6'000'000;

    DemoMedia(Storage::ContentStore &store, qint64 nowMs);
    ~DemoMedia();
    Q_DISABLE_COPY_MOVE(DemoMedia)

    // Gives `clip` a video (media_sha256 and thumbnail) that no other clip on its campaign has,
    // as if its owner had uploaded it: the clip_media row (first owner) and a completed upload
    // of the owner's, written in the caller's transaction. No video when none could be made.
    Status attach(Storage::Database &db, Domain::Clip &clip);
    int videoCount();

private:
    const QList<Storage::ClipMediaRecord> &videos();
    Status recordUpload(Storage::Database &db, const Storage::ClipMediaRecord &video, const QString &ownerId);

    Storage::ContentStore &m_store;
    const qint64 m_now;
    QThreadPool m_pool;
    QList<QFuture<Result<Storage::ClipMediaRecord>>> m_making;
    std::optional<QList<Storage::ClipMediaRecord>> m_videos;
    QHash<QString, QSet<int>> m_usedOnCampaign;
    QSet<QString> m_uploaded; // owner + sha256 with an upload row
    int m_next = 0;
};

} // namespace ClipDesk::Server
