#include "offermutations.h"

#include "mutationargs.h"
#include "mutationregistry.h"
#include "offerparticipation.h"
#include "rejection.h"
#include "visibility.h"
#include "domain/membership.h"
#include "storage/campaignrepository.h"
#include "storage/membershiprepository.h"
#include "storage/offerrepository.h"

namespace ClipDesk::Server {

namespace {

using Domain::Offer;
using Domain::OfferStatus;
using Domain::Role;
using Storage::OfferRepository;

const QString OfferLabel = QStringLiteral("offer");

// Writes the offer's new status (and version) under a new change sequence value.
Status writeStatus(MutationContext &context, Offer &offer, OfferStatus status)
{
    offer.status = status;
    offer.respondedAtMs = context.nowMs;
    offer.version += 1;
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    return OfferRepository(context.db).updateStatus(offer, *seq);
}

// The offer's pending round is answered (closed) with `status`.
Result<MutationReply> close(MutationContext &context, OfferStatus status)
{
    auto loaded = OfferParticipation::loadForAnswer(context);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!loaded->offer)
        return std::move(loaded->rejection);
    Offer offer = *loaded->offer;
    const Status allowed = status == OfferStatus::Withdrawn ? Domain::OfferRules::checkWithdrawer(offer, context.user.role)
                                                            : Domain::OfferRules::checkResponder(offer, context.user.role);
    if (!allowed)
        return Rejection::of(allowed.error());
    if (auto written = writeStatus(context, offer, status); !written)
        return std::unexpected(written.error());
    OfferParticipation::addAudience(context, offer);
    return MutationReply::ok();
}

} // namespace

void OfferMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("offer.create"), &OfferMutations::create);
    registry.add(QStringLiteral("offer.counter"), &OfferMutations::counter);
    registry.add(QStringLiteral("offer.accept"), &OfferMutations::accept);
    registry.add(QStringLiteral("offer.reject"), &OfferMutations::reject);
    registry.add(QStringLiteral("offer.withdraw"), &OfferMutations::withdraw);
}

Result<MutationReply> OfferMutations::create(MutationContext &context)
{
    const Role role = context.user.role;
    if (role == Role::Admin)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    QStringList allowed{QStringLiteral("id"), QStringLiteral("campaign_id"), QStringLiteral("terms")};
    if (role == Role::Brand)
        allowed.append(QStringLiteral("clipper_id"));
    if (auto known = args.onlyKeys(allowed); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto campaignId = args.uuid(QStringLiteral("campaign_id"));
    if (!campaignId)
        return Rejection::of(campaignId.error());
    auto termsJson = args.object(QStringLiteral("terms"));
    if (!termsJson)
        return Rejection::of(termsJson.error());
    Result<QString> clipperId = context.user.userId;
    if (role == Role::Brand)
        clipperId = args.uuid(QStringLiteral("clipper_id"));
    if (!clipperId)
        return Rejection::of(clipperId.error());

    auto visible = Visibility::canSeeCampaign(context.db, context.user, *campaignId);
    if (!visible)
        return std::unexpected(visible.error());
    if (!*visible)
        return Rejection::notFound(QStringLiteral("campaign"), *campaignId);
    auto campaign = Storage::CampaignRepository(context.db).find(*campaignId);
    if (!campaign)
        return std::unexpected(campaign.error());
    if (!campaign->has_value())
        return Rejection::notFound(QStringLiteral("campaign"), *campaignId);
    const Domain::Campaign &c = (*campaign)->campaign;
    if (role == Role::Brand) {
        auto clipper = OfferParticipation::isClipper(context, *clipperId);
        if (!clipper)
            return std::unexpected(clipper.error());
        if (!*clipper)
            return Rejection::notFound(QStringLiteral("clipper"), *clipperId);
    }
    if (auto open = OfferParticipation::checkCampaignOpen(c, role); !open.isOk())
        return open;

    OfferRepository offers(context.db);
    auto exists = offers.exists(*id);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return Rejection::alreadyExists(OfferLabel, *id);
    if (auto single = OfferParticipation::checkNoOpenThread(context, c.id, *clipperId); !single)
        return std::unexpected(single.error());
    else if (!single->isOk())
        return *single;

    auto terms = OfferParticipation::terms(*termsJson, c);
    if (!terms)
        return Rejection::of(terms.error());
    auto linked = offers.hasAny(c.id, *clipperId);
    if (!linked)
        return std::unexpected(linked.error());

    Offer offer;
    offer.id = *id;
    offer.threadId = *id;
    offer.campaignId = c.id;
    offer.brandId = c.brandId;
    offer.clipperId = *clipperId;
    offer.kind = role == Role::Brand ? Domain::OfferKind::Invite : Domain::OfferKind::Application;
    offer.round = 1;
    offer.authorRole = role;
    offer.terms = *terms;
    offer.status = OfferStatus::Pending;
    offer.createdAtMs = context.nowMs;
    offer.version = 1;
    if (auto inserted = OfferParticipation::insert(context, offer); !inserted)
        return std::unexpected(inserted.error());
    // An invite to a campaign the clipper could not see yet: send the campaign again, so
    // the clipper's next pull brings it along with the offer.
    if (!c.isDiscoverable() && !*linked) {
        auto seq = context.nextSeq();
        if (!seq)
            return std::unexpected(seq.error());
        if (auto touched = Storage::CampaignRepository(context.db).touch(c.id, *seq); !touched)
            return std::unexpected(touched.error());
    }
    OfferParticipation::addAudience(context, offer);
    return MutationReply::ok({{QStringLiteral("id"), offer.id}, {QStringLiteral("thread_id"), offer.threadId}});
}

Result<MutationReply> OfferMutations::counter(MutationContext &context)
{
    if (context.user.role == Role::Admin)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("offer_id"), QStringLiteral("terms")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto termsJson = args.object(QStringLiteral("terms"));
    if (!termsJson)
        return Rejection::of(termsJson.error());
    auto loaded = OfferParticipation::load(context, args);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!loaded->offer)
        return std::move(loaded->rejection);
    Offer pending = *loaded->offer;
    if (auto allowed = Domain::OfferRules::checkResponder(pending, context.user.role); !allowed)
        return Rejection::of(allowed.error());
    if (auto open = OfferParticipation::checkCampaignOpen(loaded->campaign, context.user.role, true); !open.isOk())
        return open;
    auto exists = OfferRepository(context.db).exists(*id);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return Rejection::alreadyExists(OfferLabel, *id);
    auto terms = OfferParticipation::terms(*termsJson, loaded->campaign);
    if (!terms)
        return Rejection::of(terms.error());

    if (auto written = writeStatus(context, pending, OfferStatus::Countered); !written)
        return std::unexpected(written.error());
    Offer next = pending;
    next.id = *id;
    next.round = pending.round + 1;
    next.authorRole = context.user.role;
    next.terms = *terms;
    next.status = OfferStatus::Pending;
    next.createdAtMs = context.nowMs;
    next.respondedAtMs = 0;
    next.version = 1;
    if (auto inserted = OfferParticipation::insert(context, next); !inserted)
        return std::unexpected(inserted.error());
    OfferParticipation::addAudience(context, next);
    return MutationReply::ok({{QStringLiteral("id"), next.id}});
}

Result<MutationReply> OfferMutations::accept(MutationContext &context)
{
    auto loaded = OfferParticipation::loadForAnswer(context);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!loaded->offer)
        return std::move(loaded->rejection);
    Offer offer = *loaded->offer;
    if (auto allowed = Domain::OfferRules::checkResponder(offer, context.user.role); !allowed)
        return Rejection::of(allowed.error());
    if (auto open = OfferParticipation::checkCampaignOpen(loaded->campaign, context.user.role, true); !open.isOk())
        return open;
    Storage::MembershipRepository memberships(context.db);
    auto active = memberships.findActive(offer.campaignId, offer.clipperId);
    if (!active)
        return std::unexpected(active.error());
    if (active->has_value())
        return MutationReply::rejected(SyncErrorCode::AlreadyExists, tr("The clipper is already a member of this campaign."));

    if (auto written = writeStatus(context, offer, OfferStatus::Accepted); !written)
        return std::unexpected(written.error());
    Domain::Membership membership;
    membership.id = Domain::membershipIdForOffer(offer.id);
    membership.campaignId = offer.campaignId;
    membership.brandId = offer.brandId;
    membership.clipperId = offer.clipperId;
    membership.offerId = offer.id;
    membership.terms = offer.terms;
    membership.status = Domain::MembershipStatus::Active;
    membership.joinedAtMs = context.nowMs;
    membership.version = 1;
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    if (auto inserted = memberships.insert(membership, *seq); !inserted)
        return std::unexpected(inserted.error());
    OfferParticipation::addAudience(context, offer);
    return MutationReply::ok({{QStringLiteral("membership_id"), membership.id}});
}

Result<MutationReply> OfferMutations::reject(MutationContext &context)
{
    return close(context, OfferStatus::Rejected);
}

Result<MutationReply> OfferMutations::withdraw(MutationContext &context)
{
    return close(context, OfferStatus::Withdrawn);
}

} // namespace ClipDesk::Server
