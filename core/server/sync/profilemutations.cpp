#include "profilemutations.h"

#include "mutationargs.h"
#include "mutationregistry.h"
#include "rejection.h"
#include "syncrows.h"
#include "storage/notificationrepository.h"
#include "storage/profilerepository.h"

namespace ClipDesk::Server {

void ProfileMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("profile.update"), &ProfileMutations::updateProfile);
    registry.add(QStringLiteral("notification.mark_read"), &ProfileMutations::markNotificationRead);
}

Result<MutationReply> ProfileMutations::updateProfile(MutationContext &context)
{
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("changes")}); !known)
        return Rejection::of(known.error());
    auto changes = args.object(QStringLiteral("changes"));
    if (!changes)
        return Rejection::of(changes.error());

    Storage::ProfileRepository profiles(context.db);
    auto found = profiles.find(context.user.userId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(QStringLiteral("profile"), context.user.userId);
    const Domain::Profile before = **found;
    Domain::Profile next = before;
    if (auto applied = Domain::ProfileRules::applyUpdate(next, *changes); !applied)
        return Rejection::of(applied.error());
    const QStringList changed = Domain::FieldVersions::changedFields(Domain::profileToJson(before),
                                                                     Domain::profileToJson(next), changes->keys());
    if (changed.isEmpty())
        return MutationReply::ok({{QStringLiteral("version"), before.version}});
    auto versions = profiles.fieldVersions(context.user.userId);
    if (!versions)
        return std::unexpected(versions.error());
    if (!versions->conflicting(changed, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(SyncRows::profile(before, context.user.username));

    next.version = before.version + 1;
    next.updatedAtMs = context.nowMs;
    auto written = profiles.update(next, before.version, context.writer);
    if (!written)
        return std::unexpected(written.error());
    if (!*written) // cannot happen while the change sequence is locked; be safe anyway
        return MutationReply::conflict(SyncRows::profile(before, context.user.username));
    context.audience.everyone = true; // profiles are public
    return MutationReply::ok({{QStringLiteral("version"), next.version}});
}

Result<MutationReply> ProfileMutations::markNotificationRead(MutationContext &context)
{
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    Storage::NotificationRepository notifications(context.db);
    auto found = notifications.find(*id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || (*found)->userId != context.user.userId)
        return Rejection::notFound(QStringLiteral("notification"), *id);
    Domain::Notification notification = **found;
    if (notification.isRead())
        return MutationReply::ok();
    notification.readAtMs = context.nowMs;
    notification.version += 1;
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    if (auto written = notifications.updateReadState(notification, *seq); !written)
        return std::unexpected(written.error());
    context.audience.users.insert(notification.userId);
    return MutationReply::ok();
}

} // namespace ClipDesk::Server
