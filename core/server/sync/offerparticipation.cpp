#include "offerparticipation.h"

#include "mutationargs.h"
#include "mutationcontext.h"
#include "rejection.h"
#include "storage/campaignrepository.h"
#include "storage/membershiprepository.h"
#include "storage/offerrepository.h"
#include "storage/userrepository.h"

namespace ClipDesk::Server {

using Domain::CampaignStatus;
using Domain::Role;

Result<OfferParticipation::Loaded> OfferParticipation::loadForAnswer(MutationContext &context)
{
    Loaded refused;
    if (context.user.role == Domain::Role::Admin) {
        refused.rejection = Rejection::forbiddenForRole();
        return refused;
    }
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("offer_id")}); !known) {
        refused.rejection = Rejection::of(known.error());
        return refused;
    }
    return load(context, args);
}

Result<OfferParticipation::Loaded> OfferParticipation::load(MutationContext &context, const MutationArgs &args)
{
    Loaded loaded;
    auto offerId = args.uuid(QStringLiteral("offer_id"));
    if (!offerId) {
        loaded.rejection = Rejection::of(offerId.error());
        return loaded;
    }
    auto offer = Storage::OfferRepository(context.db).find(*offerId);
    if (!offer)
        return std::unexpected(offer.error());
    const QString &me = context.user.userId;
    const bool mine = offer->has_value()
        && ((context.user.role == Role::Brand && (*offer)->brandId == me)
            || (context.user.role == Role::Clipper && (*offer)->clipperId == me));
    if (!mine) {
        loaded.rejection = Rejection::notFound(QStringLiteral("offer"), *offerId);
        return loaded;
    }
    auto campaign = Storage::CampaignRepository(context.db).find((*offer)->campaignId);
    if (!campaign)
        return std::unexpected(campaign.error());
    if (!campaign->has_value()) {
        loaded.rejection = Rejection::notFound(QStringLiteral("offer"), *offerId);
        return loaded;
    }
    loaded.campaign = (*campaign)->campaign;
    loaded.offer = **offer;
    return loaded;
}

Result<bool> OfferParticipation::isClipper(MutationContext &context, const QString &userId)
{
    auto user = Storage::UserRepository(context.db).findById(userId);
    if (!user)
        return std::unexpected(user.error());
    return user->has_value() && (*user)->role == Role::Clipper;
}

MutationReply OfferParticipation::checkCampaignOpen(const Domain::Campaign &campaign, Role role, bool responding)
{
    if (!campaign.flaggedReason.isEmpty())
        return Rejection::campaignFlagged();
    if (campaign.isTemplate || (campaign.status != CampaignStatus::Active && campaign.status != CampaignStatus::Paused))
        return MutationReply::rejected(ErrorCode::InvalidArgument,
                                       tr("Offers are made only on active or paused campaigns; this one is %1.")
                                           .arg(campaign.isTemplate ? tr("a template") : campaignStatusName(campaign.status)));
    if (role == Role::Clipper && !responding && !campaign.isDiscoverable())
        return MutationReply::rejected(ErrorCode::InvalidArgument, tr("This campaign does not take applications right now."));
    return MutationReply::ok();
}

Result<MutationReply> OfferParticipation::checkNoOpenThread(MutationContext &context, const QString &campaignId,
                                                            const QString &clipperId)
{
    auto pending = Storage::OfferRepository(context.db).findPending(campaignId, clipperId);
    if (!pending)
        return std::unexpected(pending.error());
    if (pending->has_value())
        return MutationReply::rejected(SyncErrorCode::AlreadyExists,
                                       tr("A negotiation about this campaign is already open; answer or withdraw it first."));
    auto member = Storage::MembershipRepository(context.db).findActive(campaignId, clipperId);
    if (!member)
        return std::unexpected(member.error());
    if (member->has_value())
        return MutationReply::rejected(SyncErrorCode::AlreadyExists, tr("The clipper is already a member of this campaign."));
    return MutationReply::ok();
}

Result<Domain::OfferTerms> OfferParticipation::terms(const QJsonObject &json, const Domain::Campaign &campaign)
{
    auto terms = Domain::OfferRules::termsFromJson(json);
    if (!terms)
        return terms;
    if (auto valid = Domain::OfferRules::validateTerms(*terms, campaign.budget.currency); !valid)
        return std::unexpected(valid.error());
    return terms;
}

Status OfferParticipation::insert(MutationContext &context, const Domain::Offer &offer)
{
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    return Storage::OfferRepository(context.db).insert(offer, *seq);
}

void OfferParticipation::addAudience(MutationContext &context, const Domain::Offer &offer)
{
    context.audience.users.insert(offer.brandId);
    context.audience.users.insert(offer.clipperId);
    context.audience.admins = true;
}

} // namespace ClipDesk::Server
