#pragma once

#include "demopeople.h"
#include "domain/campaign.h"
#include "domain/clip.h"
#include "domain/error.h"

#include <QString>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class DemoMedia;
class DemoRandom;

// The demo world's clips, so that "My clips" and the brands' review queues have content: the
// demo clipper gets clips in every status (draft, uploading, submitted, approved, rejected with
// feedback, published with a link, and a second version of a rejected one) on the campaigns it
// is a member of, and other members submit to the demo brand's campaigns.
//
// Every clip but the uploading one and the newest draft gets one of the generated demo videos
// (DemoMedia; never the same one twice on a campaign, so nothing looks like a duplicate clip.submit
// would have refused). Clips are written straight to the clips table with a change sequence
// value each, in the demo's write transaction, in the state the mutations would have left them.
// Captions and hashtags follow each campaign's rules (required hashtags, disclosure, platforms).
class DemoClips final
{
public:
    DemoClips(Storage::Database &db, DemoRandom &random, const DemoCast &cast, DemoMedia &media, qint64 nowMs);
    Q_DISABLE_COPY_MOVE(DemoClips)

    Status seed();
    int clipCount() const { return m_count; }

private:
    Status seedDemoClipper();
    Status seedOtherClippers();
    Result<QStringList> memberCampaigns(const QString &clipperId, const QString &brandId);
    // Writes one clip of `owner` on `campaign` in `status`; returns it.
    Result<Domain::Clip> write(const DemoClipper &owner, const Domain::Campaign &campaign, Domain::ClipStatus status,
                               qint64 createdAtMs, const Domain::Clip *previous = nullptr, bool withVideo = true);
    QString nextClipId();

    Storage::Database &m_db;
    DemoRandom &m_random;
    const DemoCast &m_cast;
    DemoMedia &m_media;
    const qint64 m_now;
    int m_count = 0;
    int m_nextId = 0;
};

} // namespace ClipDesk::Server
