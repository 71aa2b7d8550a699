#include "campaignstatusmutations.h"

#include "campaignaccess.h"
#include "mutationargs.h"
#include "mutationregistry.h"
#include "rejection.h"
#include "syncrows.h"
#include "domain/campaignrules.h"

namespace ClipDesk::Server {

namespace {

const QString StatusField = QStringLiteral("status");

} // namespace

void CampaignStatusMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("campaign.set_status"), &CampaignStatusMutations::setStatus);
}

Result<MutationReply> CampaignStatusMutations::setStatus(MutationContext &context)
{
    using Domain::CampaignRules;
    using Domain::CampaignStatus;

    if (context.user.role != Domain::Role::Brand)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), StatusField}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto statusName = args.text(StatusField, 32);
    if (!statusName)
        return Rejection::of(statusName.error());
    const std::optional<CampaignStatus> to = Domain::campaignStatusFromName(*statusName);
    if (!to)
        return MutationReply::rejected(ErrorCode::InvalidArgument, tr("\"%1\" is not a campaign status.").arg(*statusName));

    auto found = CampaignAccess::owned(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(QStringLiteral("campaign"), *id);
    Storage::StoredCampaign stored = **found;
    const Domain::Campaign before = stored.campaign;

    // Someone changed the status since the client looked: let the client decide again.
    if (!stored.fieldVersions.conflicting({StatusField}, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(SyncRows::campaign(before, context.user));
    if (*to == CampaignStatus::Active && !before.flaggedReason.isEmpty())
        return Rejection::campaignFlagged();
    if (before.isTemplate)
        return MutationReply::rejected(SyncErrorCode::IllegalTransition,
                                       tr("A template has no status of its own; start a campaign from it instead."));
    if (!CampaignRules::isLegalTransition(before.status, *to))
        return MutationReply::rejected(SyncErrorCode::IllegalTransition,
                                       tr("A campaign cannot go from %1 to %2.")
                                           .arg(Domain::campaignStatusName(before.status), *statusName));
    if (auto allowed = CampaignRules::checkTransition(before, *to, context.nowMs); !allowed)
        return Rejection::of(allowed.error());

    stored.campaign.status = *to;
    stored.campaign.version = before.version + 1;
    stored.fieldVersions.stamp({StatusField}, stored.campaign.version, context.writer);
    if (auto written = CampaignAccess::write(context, stored); !written)
        return std::unexpected(written.error());
    if (auto audience = CampaignAccess::addAudience(context, before, stored.campaign); !audience)
        return std::unexpected(audience.error());
    return MutationReply::ok({{QStringLiteral("id"), before.id}, {QStringLiteral("version"), stored.campaign.version}});
}

} // namespace ClipDesk::Server
