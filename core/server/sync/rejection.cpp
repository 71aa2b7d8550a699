#include "rejection.h"

namespace ClipDesk::Server {

MutationReply Rejection::forbiddenForRole()
{
    return MutationReply::rejected(ErrorCode::Forbidden, tr("Your account's role may not do this."));
}

MutationReply Rejection::notFound(const QString &entity, const QString &id)
{
    return MutationReply::rejected(ErrorCode::NotFound, tr("There is no %1 with the id %2.").arg(entity, id));
}

MutationReply Rejection::alreadyExists(const QString &entity, const QString &id)
{
    return MutationReply::rejected(SyncErrorCode::AlreadyExists, tr("A %1 with the id %2 already exists.").arg(entity, id));
}

MutationReply Rejection::campaignFlagged()
{
    return MutationReply::rejected(SyncErrorCode::CampaignFlagged,
                                   tr("This campaign was flagged by a moderator; it cannot go active or get new offers."));
}

} // namespace ClipDesk::Server
