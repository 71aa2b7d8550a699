#pragma once

#include "domain/clip.h"
#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// A video to look for among the clips of a campaign.
struct DuplicateQuery
{
    QString campaignId;
    QString mediaSha256;     // may be empty: fingerprint only
    QByteArray fingerprint;  // VideoFingerprint::toBytes(); may be empty: exact matches only
    // The clip being checked: when `ownerId` owns it, neither it nor the earlier versions it was
    // made from count as duplicates (a new version is meant to resemble its predecessor; the
    // reviewer sees both). Someone else's clip is not left out, so that naming it tells nothing.
    QString clipId;
    QString ownerId;
};

// The first clip on the campaign the video duplicates.
struct DuplicateMatch
{
    enum class Kind { None, Exact, Near };
    Kind kind = Kind::None;
    int similarityPercent = 0; // 100 for an exact match
    QString clipId;
    QString ownerId;
};

// The duplicate check of clip.submit: is the clip's video the same as (exact: the same
// SHA-256) or a near copy of (its perceptual fingerprint matches: a re-encode, a rescale, a
// crop or a cut of) the video of another clip already submitted to the same campaign? Clips
// count while submitted, approved or published, whoever their owner, except the clip's own
// earlier versions.
class ClipDuplicates final
{
public:
    // The review feedback for an automatic rejection, or an empty string when it is no duplicate.
    static Result<QString> check(Storage::Database &db, const Domain::Clip &clip);
    // The same comparison for any video (the clip.submit check and the clients' pre-upload check).
    static Result<DuplicateMatch> find(Storage::Database &db, const DuplicateQuery &query);
};

} // namespace ClipDesk::Server
