#include "membershipmutations.h"

#include "mutationargs.h"
#include "mutationregistry.h"
#include "notificationwriter.h"
#include "rejection.h"
#include "domain/membership.h"
#include "domain/notification.h"
#include "storage/campaignrepository.h"
#include "storage/membershiprepository.h"
#include "sync/changeset.h"

namespace ClipDesk::Server {

namespace {

using Domain::Membership;
using Domain::MembershipStatus;
using Domain::Role;

// Ends the caller's active membership (as its brand or as its clipper) with `status`.
Result<MutationReply> end(MutationContext &context, Role role, MembershipStatus status, Membership *ended)
{
    if (context.user.role != role)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    QStringList allowed{QStringLiteral("id")};
    if (status == MembershipStatus::Removed)
        allowed.append(QStringLiteral("reason"));
    if (auto known = args.onlyKeys(allowed); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto reason = args.optionalText(QStringLiteral("reason"), MutationArgs::MaxReasonLength);
    if (!reason)
        return Rejection::of(reason.error());

    Storage::MembershipRepository memberships(context.db);
    auto found = memberships.find(*id);
    if (!found)
        return std::unexpected(found.error());
    const QString &me = context.user.userId;
    if (!found->has_value() || (role == Role::Brand ? (*found)->brandId : (*found)->clipperId) != me)
        return Rejection::notFound(QStringLiteral("membership"), *id);
    Membership membership = **found;
    if (!membership.isActive())
        return MutationReply::rejected(SyncErrorCode::IllegalTransition,
                                       MembershipMutations::tr("This membership has already ended."));

    membership.status = status;
    membership.endReason = *reason;
    membership.endedAtMs = context.nowMs;
    membership.version += 1;
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    if (auto written = memberships.updateStatus(membership, *seq); !written)
        return std::unexpected(written.error());
    context.audience.users.insert(membership.brandId);
    context.audience.users.insert(membership.clipperId);
    context.audience.admins = true;
    *ended = membership;
    return MutationReply::ok();
}

} // namespace

void MembershipMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("membership.remove"), &MembershipMutations::remove);
    registry.add(QStringLiteral("membership.leave"), &MembershipMutations::leave);
}

Result<MutationReply> MembershipMutations::remove(MutationContext &context)
{
    Membership ended;
    auto reply = end(context, Role::Brand, MembershipStatus::Removed, &ended);
    if (!reply || !reply->isOk())
        return reply;
    auto campaign = Storage::CampaignRepository(context.db).find(ended.campaignId);
    if (!campaign)
        return std::unexpected(campaign.error());
    const QString name = campaign->has_value() ? (*campaign)->campaign.name : QString();
    const QString body = ended.endReason.isEmpty() ? tr("The brand ended your membership.")
                                                   : tr("The brand ended your membership: %1").arg(ended.endReason);
    if (auto notified = NotificationWriter::notify(context, ended.clipperId, Domain::NotificationKind::MembershipRemoved,
                                                   tr("You were removed from \"%1\"").arg(name), body, Sync::Entity::Membership,
                                                   ended.id);
        !notified)
        return std::unexpected(notified.error());
    return reply;
}

Result<MutationReply> MembershipMutations::leave(MutationContext &context)
{
    Membership ended;
    return end(context, Role::Clipper, MembershipStatus::Left, &ended);
}

} // namespace ClipDesk::Server
