#include "sync/accounteffects.h"

#include "domain/profile.h"
#include "sync/changeset.h"
#include "sync/mutationcontext.h"
#include "sync/optimisticrows.h"

#include <QJsonArray>

namespace ClipDesk::Sync {

using Domain::Role;

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// A cached public profile row (profileToJson plus username) back into the domain type.
Domain::Profile profileFromRow(const QJsonObject &row, const Viewer &viewer)
{
    Domain::Profile profile;
    profile.userId = row.value(QStringLiteral("user_id")).toString(viewer.userId);
    profile.role = Domain::roleFromName(row.value(QStringLiteral("role")).toString()).value_or(viewer.role);
    profile.displayName = row.value(QStringLiteral("display_name")).toString();
    profile.bio = row.value(QStringLiteral("bio")).toString();
    profile.avatarSha256 = row.value(QStringLiteral("avatar")).toString();
    profile.socialLinks = stringList(row.value(QStringLiteral("social_links")));
    profile.companyName = row.value(QStringLiteral("company_name")).toString();
    profile.industry = row.value(QStringLiteral("industry")).toString();
    profile.logoSha256 = row.value(QStringLiteral("logo")).toString();
    profile.brandColors = stringList(row.value(QStringLiteral("brand_colors")));
    profile.category = row.value(QStringLiteral("category")).toString();
    profile.niche = row.value(QStringLiteral("niche")).toString();
    profile.reach = qint64(row.value(QStringLiteral("reach")).toDouble());
    profile.portfolioLinks = stringList(row.value(QStringLiteral("portfolio_links")));
    profile.version = qint64(row.value(QStringLiteral("version")).toDouble());
    return profile;
}

} // namespace

bool AccountEffects::handles(const QString &mutationName)
{
    return mutationName == u"profile.update" || mutationName == u"notification.mark_read"
        || mutationName == u"admin.flag_user" || mutationName == u"admin.unflag_user";
}

Status AccountEffects::apply(const MutationContext &context)
{
    const QString &name = context.mutation().name;
    if (name == u"profile.update")
        return updateProfile(context);
    if (name == u"notification.mark_read")
        return markRead(context);
    if (name == u"admin.flag_user")
        return flagUser(context, true);
    if (name == u"admin.unflag_user")
        return flagUser(context, false);
    return MutationContext::refused(MutationError::UnknownMutation, tr("Unknown mutation \"%1\".").arg(name));
}

Status AccountEffects::updateProfile(const MutationContext &context)
{
    const auto changes = context.objectArg(QStringLiteral("changes"));
    if (!changes)
        return std::unexpected(changes.error());
    if (changes->isEmpty())
        return MutationContext::invalid(tr("There is nothing to change."));
    const QString &userId = context.viewer().userId;
    const auto row = context.rows().find(Entity::Profile, userId);
    if (!row)
        return std::unexpected(row.error());
    // Without a cached profile the rules still run on an empty one of the viewer's role;
    // there is just nothing to show until the pull brings the server's row.
    Domain::Profile profile = *row ? profileFromRow(**row, context.viewer()) : Domain::Profile{};
    if (!*row) {
        profile.userId = userId;
        profile.role = context.viewer().role;
    }
    if (auto applied = Domain::ProfileRules::applyUpdate(profile, *changes); !applied)
        return applied;
    if (!*row)
        return {};
    return context.rows().put(Entity::Profile, userId, MutationContext::merged(**row, Domain::profileToJson(profile)));
}

Status AccountEffects::markRead(const MutationContext &context)
{
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto row = context.existing(Entity::Notification, *id);
    if (!row)
        return std::unexpected(row.error());
    if (row->value(QStringLiteral("user_id")).toString() != context.viewer().userId)
        return MutationContext::notFound();
    if (row->value(QStringLiteral("read_at")).toDouble() > 0)
        return {}; // already read: nothing changes, and that is fine
    QJsonObject read = *row;
    read.insert(QStringLiteral("read_at"), context.nowMs());
    return context.rows().put(Entity::Notification, *id, read);
}

Status AccountEffects::flagUser(const MutationContext &context, bool flagged)
{
    if (auto admin = context.requireRole(Role::Admin); !admin)
        return admin;
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto reason = context.requiredTextArg(QStringLiteral("reason"));
    if (!reason)
        return std::unexpected(reason.error());
    const auto row = context.existing(Entity::Account, *id);
    if (!row)
        return std::unexpected(row.error());
    QJsonObject account = *row;
    account.insert(QStringLiteral("flagged_reason"), flagged ? *reason : QString());
    return context.rows().put(Entity::Account, *id, account);
}

} // namespace ClipDesk::Sync
