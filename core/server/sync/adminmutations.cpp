#include "adminmutations.h"

#include "campaignaccess.h"
#include "mutationargs.h"
#include "mutationregistry.h"
#include "notificationwriter.h"
#include "rejection.h"
#include "domain/notification.h"
#include "storage/auditrepository.h"
#include "storage/sessionrepository.h"
#include "storage/usermoderationrepository.h"
#include "storage/userrepository.h"
#include "sync/changeset.h"

#include <QUuid>

namespace ClipDesk::Server {

namespace {

struct Target
{
    QString id;
    QString reason;
};

// The admin check and the (id, reason) arguments every admin mutation takes.
Result<MutationReply> readTarget(MutationContext &context, Target *target)
{
    if (context.user.role != Domain::Role::Admin)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("reason")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto reason = args.text(QStringLiteral("reason"), MutationArgs::MaxReasonLength);
    if (!reason)
        return Rejection::of(reason.error());
    *target = Target{*id, *reason};
    return MutationReply::ok();
}

Status audit(MutationContext &context, const QString &entity, const Target &target)
{
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    const Storage::AuditEntry entry{QUuid::createUuid().toString(QUuid::WithoutBraces), context.user.userId,
                                    context.mutation.name, entity, target.id, target.reason, context.nowMs};
    context.audience.admins = true;
    return Storage::AuditRepository(context.db).insert(entry, *seq);
}

Result<MutationReply> setCampaignFlag(MutationContext &context, bool flag)
{
    Target target;
    if (auto read = readTarget(context, &target); !read || !read->isOk())
        return read;
    auto found = Storage::CampaignRepository(context.db).find(target.id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(QStringLiteral("campaign"), target.id);
    Storage::StoredCampaign stored = **found;
    const Domain::Campaign before = stored.campaign;
    if (!flag && before.flaggedReason.isEmpty())
        return MutationReply::rejected(SyncErrorCode::IllegalTransition, AdminMutations::tr("This campaign is not flagged."));

    stored.campaign.flaggedReason = flag ? target.reason : QString();
    stored.campaign.version = before.version + 1;
    stored.fieldVersions.stamp({QStringLiteral("flagged_reason")}, stored.campaign.version, context.writer);
    if (auto written = CampaignAccess::write(context, stored); !written)
        return std::unexpected(written.error());
    if (auto audience = CampaignAccess::addAudience(context, before, stored.campaign); !audience)
        return std::unexpected(audience.error());
    if (auto audited = audit(context, Sync::Entity::Campaign, target); !audited)
        return std::unexpected(audited.error());
    const QString title = flag ? AdminMutations::tr("Your campaign \"%1\" was flagged by a moderator").arg(before.name)
                               : AdminMutations::tr("Your campaign \"%1\" is no longer flagged").arg(before.name);
    if (auto notified = NotificationWriter::notify(context, before.brandId,
                                                   flag ? Domain::NotificationKind::CampaignFlagged
                                                        : Domain::NotificationKind::CampaignUnflagged,
                                                   title, target.reason, Sync::Entity::Campaign, before.id);
        !notified)
        return std::unexpected(notified.error());
    return MutationReply::ok();
}

Result<MutationReply> setUserFlag(MutationContext &context, bool flag)
{
    Target target;
    if (auto read = readTarget(context, &target); !read || !read->isOk())
        return read;
    if (flag && target.id == context.user.userId)
        return MutationReply::rejected(ErrorCode::InvalidArgument, AdminMutations::tr("You cannot flag your own account."));
    auto user = Storage::UserRepository(context.db).findById(target.id);
    if (!user)
        return std::unexpected(user.error());
    if (!user->has_value())
        return Rejection::notFound(QStringLiteral("user"), target.id);
    if (!flag && !(*user)->isFlagged())
        return MutationReply::rejected(SyncErrorCode::IllegalTransition, AdminMutations::tr("This account is not flagged."));

    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    const std::optional<QString> reason = flag ? std::optional<QString>(target.reason) : std::nullopt;
    auto flagged = Storage::UserModerationRepository(context.db).setFlag(target.id, reason, *seq, context.nowMs);
    if (!flagged)
        return std::unexpected(flagged.error());
    if (flag) {
        auto revoked = Storage::SessionRepository(context.db).revokeAllForUser(target.id, context.nowMs);
        if (!revoked)
            return std::unexpected(revoked.error());
        context.audience.closedUsers.insert(target.id);
    }
    if (auto audited = audit(context, Sync::Entity::Account, target); !audited)
        return std::unexpected(audited.error());
    return MutationReply::ok();
}

} // namespace

void AdminMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("admin.flag_campaign"), &AdminMutations::flagCampaign);
    registry.add(QStringLiteral("admin.unflag_campaign"), &AdminMutations::unflagCampaign);
    registry.add(QStringLiteral("admin.flag_user"), &AdminMutations::flagUser);
    registry.add(QStringLiteral("admin.unflag_user"), &AdminMutations::unflagUser);
}

Result<MutationReply> AdminMutations::flagCampaign(MutationContext &context)
{
    return setCampaignFlag(context, true);
}

Result<MutationReply> AdminMutations::unflagCampaign(MutationContext &context)
{
    return setCampaignFlag(context, false);
}

Result<MutationReply> AdminMutations::flagUser(MutationContext &context)
{
    return setUserFlag(context, true);
}

Result<MutationReply> AdminMutations::unflagUser(MutationContext &context)
{
    return setUserFlag(context, false);
}

} // namespace ClipDesk::Server
