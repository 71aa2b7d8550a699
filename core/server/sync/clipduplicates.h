#pragma once

#include "domain/clip.h"
#include "domain/error.h"

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// The duplicate check of clip.submit: is the clip's video the same as (exact: the same
// SHA-256) or a near copy of (its perceptual fingerprint matches: a re-encode, a rescale, a
// crop or a cut of) the video of another clip already submitted to the same campaign? Clips
// count while submitted, approved or published, whoever their owner.
class ClipDuplicates final
{
public:
    // The review feedback for an automatic rejection, or an empty string when it is no duplicate.
    static Result<QString> check(Storage::Database &db, const Domain::Clip &clip);

private:
    static Result<QString> nearDuplicate(Storage::Database &db, const Domain::Clip &clip);
};

} // namespace ClipDesk::Server
