#include "clipduplicates.h"

#include "clipmedialookup.h"
#include "synclog.h"
#include "domain/cliprules.h"
#include "media/fingerprint.h"
#include "storage/cliprepository.h"

#include <QHash>

#include <cmath>

namespace ClipDesk::Server {

using Domain::ClipRules;

namespace {

using Storage::ClipMediaRef;

DuplicateMatch matchOf(DuplicateMatch::Kind kind, int percent, const ClipMediaRef &clip)
{
    return DuplicateMatch{kind, percent, clip.id, clip.ownerId};
}

} // namespace

Result<QString> ClipDuplicates::check(Storage::Database &db, const Domain::Clip &clip)
{
    if (!clip.hasMedia() || clip.campaignId.isEmpty())
        return QString();
    auto own = ClipMediaLookup::find(db, clip.mediaSha256, clip.ownerId);
    if (!own)
        return std::unexpected(own.error());
    // No fingerprint (e.g. no video frames could be hashed): exact matches only.
    const QByteArray fingerprint = own->has_value() ? (*own)->fingerprint : QByteArray();
    auto match = find(db, DuplicateQuery{clip.campaignId, clip.mediaSha256, fingerprint, clip.id, clip.ownerId});
    if (!match)
        return std::unexpected(match.error());
    switch (match->kind) {
    case DuplicateMatch::Kind::None:
        return QString();
    case DuplicateMatch::Kind::Exact:
        return ClipRules::exactDuplicateFeedback();
    case DuplicateMatch::Kind::Near:
        return ClipRules::nearDuplicateFeedback(match->similarityPercent);
    }
    return QString();
}

Result<DuplicateMatch> ClipDuplicates::find(Storage::Database &db, const DuplicateQuery &query)
{
    Storage::ClipRepository repository(db);
    QStringList excluded;
    if (!query.clipId.isEmpty()) {
        auto versions = repository.versionsOf(query.clipId, query.ownerId);
        if (!versions)
            return std::unexpected(versions.error());
        excluded = *versions; // empty unless `ownerId` owns it: naming someone else's clip changes nothing
    }
    auto clips = repository.withMediaOnCampaign(query.campaignId, ClipRules::countedStatuses(), excluded);
    if (!clips)
        return std::unexpected(clips.error());
    if (!query.mediaSha256.isEmpty()) {
        for (const ClipMediaRef &clip : std::as_const(*clips)) {
            if (clip.mediaSha256 == query.mediaSha256)
                return matchOf(DuplicateMatch::Kind::Exact, 100, clip);
        }
    }
    if (query.fingerprint.isEmpty())
        return DuplicateMatch{};
    const auto mine = Media::VideoFingerprint::fromBytes(query.fingerprint);
    if (!mine || mine->isEmpty()) {
        qCWarning(lcSync) << "unreadable fingerprint to compare" << query.mediaSha256;
        return DuplicateMatch{};
    }
    QHash<QString, std::optional<Media::VideoFingerprint>> printsBySha;
    for (const ClipMediaRef &clip : std::as_const(*clips)) {
        if (!printsBySha.contains(clip.mediaSha256)) {
            auto media = ClipMediaLookup::find(db, clip.mediaSha256, clip.ownerId);
            if (!media)
                return std::unexpected(media.error());
            std::optional<Media::VideoFingerprint> print;
            if (media->has_value() && !(*media)->fingerprint.isEmpty()) {
                if (auto decoded = Media::VideoFingerprint::fromBytes((*media)->fingerprint))
                    print = *decoded;
            }
            printsBySha.insert(clip.mediaSha256, print);
        }
        const std::optional<Media::VideoFingerprint> &theirs = printsBySha[clip.mediaSha256];
        if (!theirs)
            continue;
        const Media::FingerprintMatch match = Media::VideoFingerprint::compare(*mine, *theirs);
        if (match.isDuplicate)
            return matchOf(DuplicateMatch::Kind::Near, int(std::lround(match.score * 100)), clip);
    }
    return DuplicateMatch{};
}

} // namespace ClipDesk::Server
