#include "clipduplicates.h"

#include "clipmedialookup.h"
#include "synclog.h"
#include "domain/cliprules.h"
#include "media/fingerprint.h"
#include "storage/cliprepository.h"

#include <cmath>

namespace ClipDesk::Server {

using Domain::ClipRules;

Result<QString> ClipDuplicates::check(Storage::Database &db, const Domain::Clip &clip)
{
    if (!clip.hasMedia() || clip.campaignId.isEmpty())
        return QString();
    Storage::ClipRepository clips(db);
    auto same = clips.idsWithMedia(clip.campaignId, clip.mediaSha256, ClipRules::countedStatuses(), clip.id);
    if (!same)
        return std::unexpected(same.error());
    if (!same->isEmpty())
        return ClipRules::exactDuplicateFeedback();
    return nearDuplicate(db, clip);
}

Result<QString> ClipDuplicates::nearDuplicate(Storage::Database &db, const Domain::Clip &clip)
{
    auto own = ClipMediaLookup::find(db, clip.mediaSha256, clip.ownerId);
    if (!own)
        return std::unexpected(own.error());
    if (!own->has_value() || (*own)->fingerprint.isEmpty())
        return QString(); // no fingerprint (e.g. no video frames could be hashed): exact matches only
    const auto mine = Media::VideoFingerprint::fromBytes((*own)->fingerprint);
    if (!mine || mine->isEmpty()) {
        qCWarning(lcSync) << "unreadable fingerprint of clip media" << clip.mediaSha256;
        return QString();
    }
    auto others = Storage::ClipRepository(db).mediaOnCampaign(clip.campaignId, ClipRules::countedStatuses(), clip.id);
    if (!others)
        return std::unexpected(others.error());
    for (const QString &sha256 : std::as_const(*others)) {
        auto other = ClipMediaLookup::find(db, sha256, clip.ownerId);
        if (!other)
            return std::unexpected(other.error());
        if (!other->has_value() || (*other)->fingerprint.isEmpty())
            continue;
        const auto theirs = Media::VideoFingerprint::fromBytes((*other)->fingerprint);
        if (!theirs)
            continue;
        const Media::FingerprintMatch match = Media::VideoFingerprint::compare(*mine, *theirs);
        if (match.isDuplicate)
            return ClipRules::nearDuplicateFeedback(int(std::lround(match.score * 100)));
    }
    return QString();
}

} // namespace ClipDesk::Server
