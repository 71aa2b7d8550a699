#include "campaignaccess.h"

#include "mutationcontext.h"

namespace ClipDesk::Server {

Result<std::optional<Storage::StoredCampaign>> CampaignAccess::owned(MutationContext &context, const QString &id)
{
    auto found = Storage::CampaignRepository(context.db).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || (*found)->campaign.brandId != context.user.userId)
        return std::optional<Storage::StoredCampaign>();
    return found;
}

Status CampaignAccess::addAudience(MutationContext &context, const Domain::Campaign &before, const Domain::Campaign &after)
{
    context.audience.users.insert(after.brandId);
    context.audience.admins = true;
    if (before.isDiscoverable() || after.isDiscoverable()) {
        context.audience.allClippers = true;
        return {};
    }
    auto linked = Storage::CampaignRepository(context.db).linkedClipperIds(after.id);
    if (!linked)
        return std::unexpected(linked.error());
    for (const QString &clipperId : std::as_const(*linked))
        context.audience.users.insert(clipperId);
    return {};
}

Status CampaignAccess::write(MutationContext &context, Storage::StoredCampaign &stored)
{
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    stored.campaign.updatedAtMs = context.nowMs;
    return Storage::CampaignRepository(context.db).update(stored, *seq);
}

} // namespace ClipDesk::Server
