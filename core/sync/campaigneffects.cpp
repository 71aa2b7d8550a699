#include "sync/campaigneffects.h"

#include "domain/campaign.h"
#include "domain/campaignrules.h"
#include "sync/changeset.h"
#include "sync/mutationcontext.h"
#include "sync/optimisticrows.h"

namespace ClipDesk::Sync {

using Domain::Campaign;
using Domain::CampaignRules;
using Domain::CampaignStatus;
using Domain::Role;

namespace {

// The campaign named by `key`, if it is cached and the viewer's brand owns it.
Result<std::pair<QJsonObject, Campaign>> ownedCampaign(const MutationContext &context, const QString &key)
{
    if (auto brand = context.requireRole(Role::Brand); !brand)
        return std::unexpected(brand.error());
    const auto id = context.idArg(key);
    if (!id)
        return std::unexpected(id.error());
    const auto row = context.existing(Entity::Campaign, *id);
    if (!row)
        return std::unexpected(row.error());
    Campaign campaign = Domain::campaignFromJson(*row);
    if (campaign.brandId != context.viewer().userId)
        return MutationContext::notFound();
    return std::pair{*row, campaign};
}

Status write(const MutationContext &context, const QJsonObject &original, const Campaign &campaign)
{
    return context.rows().put(Entity::Campaign, campaign.id,
                              MutationContext::merged(original, Domain::campaignToJson(campaign)));
}

} // namespace

bool CampaignEffects::handles(const QString &mutationName)
{
    return mutationName.startsWith(QLatin1String("campaign."))
        || mutationName == QLatin1String("admin.flag_campaign")
        || mutationName == QLatin1String("admin.unflag_campaign");
}

Status CampaignEffects::apply(const MutationContext &context)
{
    const QString &name = context.mutation().name;
    if (name == u"campaign.create")
        return create(context);
    if (name == u"campaign.update")
        return update(context);
    if (name == u"campaign.set_status")
        return setStatus(context);
    if (name == u"campaign.clone")
        return clone(context);
    if (name == u"campaign.delete")
        return remove(context);
    if (name == u"admin.flag_campaign")
        return flag(context, true);
    if (name == u"admin.unflag_campaign")
        return flag(context, false);
    return MutationContext::refused(MutationError::UnknownMutation, tr("Unknown mutation \"%1\".").arg(name));
}

Status CampaignEffects::create(const MutationContext &context)
{
    if (auto brand = context.requireRole(Role::Brand); !brand)
        return brand;
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto fields = context.objectArg(QStringLiteral("fields"));
    if (!fields)
        return std::unexpected(fields.error());
    if (!fields->contains(QStringLiteral("name")))
        return MutationContext::invalid(tr("A campaign needs a name."));
    if (auto absent = context.requireAbsent(Entity::Campaign, *id); !absent)
        return absent;
    Campaign campaign;
    campaign.id = *id;
    campaign.brandId = context.viewer().userId;
    campaign.createdAtMs = context.nowMs();
    campaign.updatedAtMs = context.nowMs();
    if (auto applied = CampaignRules::applyChanges(campaign, *fields); !applied)
        return applied;
    return write(context, {}, campaign);
}

Status CampaignEffects::update(const MutationContext &context)
{
    auto owned = ownedCampaign(context, QStringLiteral("id"));
    if (!owned)
        return std::unexpected(owned.error());
    auto &[row, campaign] = *owned;
    const auto changes = context.objectArg(QStringLiteral("changes"));
    if (!changes)
        return std::unexpected(changes.error());
    if (auto applied = CampaignRules::applyChanges(campaign, *changes); !applied)
        return applied;
    campaign.updatedAtMs = context.nowMs();
    return write(context, row, campaign);
}

Status CampaignEffects::setStatus(const MutationContext &context)
{
    auto owned = ownedCampaign(context, QStringLiteral("id"));
    if (!owned)
        return std::unexpected(owned.error());
    auto &[row, campaign] = *owned;
    const auto target = Domain::campaignStatusFromName(context.args().value(QStringLiteral("status")).toString());
    if (!target)
        return MutationContext::invalid(tr("\"status\" is one of draft, active, paused, completed or archived."));
    if (*target == CampaignStatus::Active && !campaign.flaggedReason.isEmpty())
        return MutationContext::refused(MutationError::CampaignFlagged,
                                        tr("A flagged campaign cannot go active: %1").arg(campaign.flaggedReason));
    if (auto legal = CampaignRules::checkTransition(campaign, *target, context.nowMs()); !legal)
        return legal;
    campaign.status = *target;
    campaign.updatedAtMs = context.nowMs();
    return write(context, row, campaign);
}

Status CampaignEffects::clone(const MutationContext &context)
{
    auto owned = ownedCampaign(context, QStringLiteral("id"));
    if (!owned)
        return std::unexpected(owned.error());
    const Campaign &source = owned->second;
    const auto newId = context.idArg(QStringLiteral("new_id"));
    if (!newId)
        return std::unexpected(newId.error());
    const QJsonValue asTemplate = context.args().value(QStringLiteral("as_template"));
    if (!asTemplate.isUndefined() && !asTemplate.isBool())
        return MutationContext::invalid(tr("\"as_template\" must be true or false."));
    const auto name = context.textArg(QStringLiteral("name"));
    if (!name)
        return std::unexpected(name.error());
    if (auto absent = context.requireAbsent(Entity::Campaign, *newId); !absent)
        return absent;

    Campaign copy = source;
    copy.id = *newId;
    copy.isTemplate = asTemplate.toBool();
    copy.status = CampaignStatus::Draft;
    copy.flaggedReason.clear();
    copy.createdAtMs = context.nowMs();
    copy.updatedAtMs = context.nowMs();
    copy.version = 0;
    if (!name->isEmpty())
        copy.name = *name;
    if (auto valid = CampaignRules::validate(copy); !valid)
        return valid;
    return write(context, {}, copy);
}

Status CampaignEffects::remove(const MutationContext &context)
{
    auto owned = ownedCampaign(context, QStringLiteral("id"));
    if (!owned)
        return std::unexpected(owned.error());
    const Campaign &campaign = owned->second;
    if (campaign.status != CampaignStatus::Draft && !campaign.isTemplate)
        return MutationContext::invalid(tr("Only drafts and templates can be deleted; end the campaign instead."));
    return context.rows().remove(Entity::Campaign, campaign.id);
}

Status CampaignEffects::flag(const MutationContext &context, bool flagged)
{
    if (auto admin = context.requireRole(Role::Admin); !admin)
        return admin;
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto reason = context.requiredTextArg(QStringLiteral("reason"));
    if (!reason)
        return std::unexpected(reason.error());
    const auto row = context.existing(Entity::Campaign, *id);
    if (!row)
        return std::unexpected(row.error());
    Campaign campaign = Domain::campaignFromJson(*row);
    campaign.flaggedReason = flagged ? *reason : QString();
    return write(context, *row, campaign);
}

} // namespace ClipDesk::Sync
