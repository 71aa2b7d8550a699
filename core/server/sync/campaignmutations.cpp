#include "campaignmutations.h"

#include "campaignaccess.h"
#include "mutationargs.h"
#include "mutationregistry.h"
#include "rejection.h"
#include "syncrows.h"
#include "domain/campaignrules.h"
#include "storage/tombstonerepository.h"
#include "sync/changeset.h"

namespace ClipDesk::Server {

namespace {

using Domain::CampaignRules;
using Storage::CampaignRepository;
using Storage::StoredCampaign;

const QString CampaignLabel = QStringLiteral("campaign");

QJsonObject idAndVersion(const Domain::Campaign &campaign)
{
    return {{QStringLiteral("id"), campaign.id}, {QStringLiteral("version"), campaign.version}};
}

Result<MutationReply> insertNew(MutationContext &context, const Domain::Campaign &campaign)
{
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    StoredCampaign stored{campaign, {}, false, 0};
    // The creator owns every field as created, so its own offline edits made on top of the
    // unsynced row (base version 0) are not conflicts; anyone else's are.
    stored.fieldVersions.stamp(Domain::editableCampaignFields() << QStringLiteral("status"), campaign.version,
                               context.writer);
    if (auto inserted = CampaignRepository(context.db).insert(stored, *seq); !inserted)
        return std::unexpected(inserted.error());
    context.audience.users.insert(campaign.brandId);
    context.audience.admins = true;
    return MutationReply::ok(idAndVersion(campaign));
}

} // namespace

void CampaignMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("campaign.create"), &CampaignMutations::create);
    registry.add(QStringLiteral("campaign.update"), &CampaignMutations::update);
    registry.add(QStringLiteral("campaign.clone"), &CampaignMutations::clone);
    registry.add(QStringLiteral("campaign.delete"), &CampaignMutations::remove);
}

Result<MutationReply> CampaignMutations::create(MutationContext &context)
{
    if (context.user.role != Domain::Role::Brand)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("fields")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto fields = args.object(QStringLiteral("fields"));
    if (!fields)
        return Rejection::of(fields.error());
    if (!fields->contains(QStringLiteral("name")))
        return MutationReply::rejected(ErrorCode::InvalidArgument, CampaignRules::tr("A campaign needs a name."));

    auto exists = CampaignRepository(context.db).exists(*id);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return Rejection::alreadyExists(CampaignLabel, *id);

    Domain::Campaign campaign;
    campaign.id = *id;
    campaign.brandId = context.user.userId;
    campaign.status = Domain::CampaignStatus::Draft;
    campaign.createdAtMs = context.nowMs;
    campaign.updatedAtMs = context.nowMs;
    campaign.version = 1;
    if (auto applied = CampaignRules::applyChanges(campaign, *fields); !applied)
        return Rejection::of(applied.error());
    return insertNew(context, campaign);
}

Result<MutationReply> CampaignMutations::update(MutationContext &context)
{
    if (context.user.role != Domain::Role::Brand)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("changes")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto changes = args.object(QStringLiteral("changes"));
    if (!changes)
        return Rejection::of(changes.error());

    auto found = CampaignAccess::owned(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(CampaignLabel, *id);
    StoredCampaign stored = **found;
    const Domain::Campaign before = stored.campaign;

    Domain::Campaign next = before;
    if (auto applied = CampaignRules::applyChanges(next, *changes); !applied)
        return Rejection::of(applied.error());
    const QStringList changed = Domain::FieldVersions::changedFields(Domain::campaignToJson(before),
                                                                     Domain::campaignToJson(next), changes->keys());
    if (changed.isEmpty())
        return MutationReply::ok(idAndVersion(before)); // already the server's state
    if (!stored.fieldVersions.conflicting(changed, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(SyncRows::campaign(before, context.user));

    stored.campaign = next;
    stored.campaign.version = before.version + 1;
    stored.fieldVersions.stamp(changed, stored.campaign.version, context.writer);
    if (auto written = CampaignAccess::write(context, stored); !written)
        return std::unexpected(written.error());
    if (auto audience = CampaignAccess::addAudience(context, before, stored.campaign); !audience)
        return std::unexpected(audience.error());
    return MutationReply::ok(idAndVersion(stored.campaign));
}

Result<MutationReply> CampaignMutations::clone(MutationContext &context)
{
    if (context.user.role != Domain::Role::Brand)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("new_id"), QStringLiteral("as_template"),
                                    QStringLiteral("name")});
        !known)
        return Rejection::of(known.error());
    auto sourceId = args.uuid(QStringLiteral("id"));
    if (!sourceId)
        return Rejection::of(sourceId.error());
    auto newId = args.uuid(QStringLiteral("new_id"));
    if (!newId)
        return Rejection::of(newId.error());
    auto asTemplate = args.optionalBool(QStringLiteral("as_template"), false);
    if (!asTemplate)
        return Rejection::of(asTemplate.error());
    auto name = args.optionalText(QStringLiteral("name"), CampaignRules::MaxNameLength);
    if (!name)
        return Rejection::of(name.error());

    auto source = CampaignAccess::owned(context, *sourceId);
    if (!source)
        return std::unexpected(source.error());
    if (!source->has_value())
        return Rejection::notFound(CampaignLabel, *sourceId);
    auto exists = CampaignRepository(context.db).exists(*newId);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return Rejection::alreadyExists(CampaignLabel, *newId);

    Domain::Campaign campaign = (*source)->campaign;
    campaign.id = *newId;
    campaign.isTemplate = *asTemplate;
    campaign.status = Domain::CampaignStatus::Draft;
    campaign.flaggedReason.clear();
    campaign.createdAtMs = context.nowMs;
    campaign.updatedAtMs = context.nowMs;
    campaign.version = 1;
    if (!name->isEmpty())
        campaign.name = *name;
    if (auto valid = CampaignRules::validate(campaign); !valid)
        return Rejection::of(valid.error());
    return insertNew(context, campaign);
}

Result<MutationReply> CampaignMutations::remove(MutationContext &context)
{
    if (context.user.role != Domain::Role::Brand)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto found = CampaignAccess::owned(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(CampaignLabel, *id);
    const Domain::Campaign &campaign = (*found)->campaign;
    if (!campaign.isTemplate && campaign.status != Domain::CampaignStatus::Draft)
        return MutationReply::rejected(SyncErrorCode::IllegalTransition,
                                       tr("Only drafts and templates can be deleted; complete or archive the campaign instead."));

    if (auto removed = CampaignRepository(context.db).remove(*id); !removed)
        return std::unexpected(removed.error());
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    if (auto buried = Storage::TombstoneRepository(context.db).insert(*seq, Sync::Entity::Campaign, *id, campaign.brandId,
                                                                        context.nowMs);
        !buried)
        return std::unexpected(buried.error());
    context.audience.users.insert(campaign.brandId);
    context.audience.admins = true;
    return MutationReply::ok({{QStringLiteral("id"), *id}});
}

} // namespace ClipDesk::Server
