#include "sync/negotiationeffects.h"

#include "domain/campaign.h"
#include "domain/campaignrules.h"
#include "domain/membership.h"
#include "domain/offer.h"
#include "sync/changeset.h"
#include "sync/mutationcontext.h"
#include "sync/optimisticrows.h"

#include <QUuid>

namespace ClipDesk::Sync {

using Domain::Offer;
using Domain::OfferRules;
using Domain::OfferStatus;
using Domain::Role;

namespace {

const QString PendingCondition = QStringLiteral("campaign_id = ? AND clipper_id = ? AND status = 'pending'");
const QString ActiveCondition = QStringLiteral("campaign_id = ? AND clipper_id = ? AND status = 'active'");

bool isParty(const MutationContext &context, const QString &brandId, const QString &clipperId)
{
    const Viewer &viewer = context.viewer();
    return (viewer.role == Role::Brand && brandId == viewer.userId)
        || (viewer.role == Role::Clipper && clipperId == viewer.userId);
}

// The offer round named by "offer_id", if the viewer is one of its two sides.
Result<std::pair<QJsonObject, Offer>> partyOffer(const MutationContext &context)
{
    if (auto party = context.requireParty(); !party)
        return std::unexpected(party.error());
    const auto id = context.idArg(QStringLiteral("offer_id"));
    if (!id)
        return std::unexpected(id.error());
    const auto row = context.existing(Entity::Offer, *id);
    if (!row)
        return std::unexpected(row.error());
    Offer offer = Domain::offerFromJson(*row);
    if (!isParty(context, offer.brandId, offer.clipperId))
        return MutationContext::notFound();
    return std::pair{*row, offer};
}

Result<Domain::OfferTerms> termsArg(const MutationContext &context)
{
    const auto json = context.objectArg(QStringLiteral("terms"));
    if (!json)
        return std::unexpected(json.error());
    return OfferRules::termsFromJson(*json);
}

Status requireNoRows(const MutationContext &context, const QString &entity, const QString &condition,
                     const QVariantList &args, const QString &message)
{
    const auto rows = context.rows().findWhere(entity, condition, args);
    if (!rows)
        return std::unexpected(rows.error());
    if (!rows->isEmpty())
        return MutationContext::refused(MutationError::AlreadyExists, message);
    return {};
}

Status writeOffer(const MutationContext &context, const QJsonObject &original, const Offer &offer)
{
    return context.rows().put(Entity::Offer, offer.id, MutationContext::merged(original, Domain::offerToJson(offer)));
}

} // namespace

bool NegotiationEffects::handles(const QString &mutationName)
{
    return mutationName.startsWith(QLatin1String("offer.")) || mutationName.startsWith(QLatin1String("membership."));
}

Status NegotiationEffects::apply(const MutationContext &context)
{
    const QString &name = context.mutation().name;
    if (name == u"offer.create")
        return create(context);
    if (name == u"offer.counter")
        return counter(context);
    if (name == u"offer.accept" || name == u"offer.reject" || name == u"offer.withdraw")
        return respond(context);
    if (name == u"membership.remove" || name == u"membership.leave")
        return endMembership(context);
    return MutationContext::refused(MutationError::UnknownMutation, tr("Unknown mutation \"%1\".").arg(name));
}

Status NegotiationEffects::create(const MutationContext &context)
{
    if (auto party = context.requireParty(); !party)
        return party;
    const Viewer &viewer = context.viewer();
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto campaignId = context.idArg(QStringLiteral("campaign_id"));
    if (!campaignId)
        return std::unexpected(campaignId.error());
    const auto terms = termsArg(context);
    if (!terms)
        return std::unexpected(terms.error());
    const auto campaignRow = context.existing(Entity::Campaign, *campaignId);
    if (!campaignRow)
        return std::unexpected(campaignRow.error());
    const Domain::Campaign campaign = Domain::campaignFromJson(*campaignRow);

    Offer offer;
    if (viewer.role == Role::Brand) {
        if (campaign.brandId != viewer.userId)
            return MutationContext::notFound();
        const auto clipperId = context.idArg(QStringLiteral("clipper_id"));
        if (!clipperId)
            return std::unexpected(clipperId.error());
        const auto profile = context.rows().find(Entity::Profile, *clipperId);
        if (!profile)
            return std::unexpected(profile.error());
        if (*profile && (*profile)->value(QStringLiteral("role")).toString() != Domain::roleName(Role::Clipper))
            return MutationContext::invalid(tr("Only clippers can be invited to a campaign."));
        offer.kind = Domain::OfferKind::Invite;
        offer.clipperId = *clipperId;
    } else {
        if (context.args().contains(QStringLiteral("clipper_id")) && context.args().value(QStringLiteral("clipper_id")).toString() != viewer.userId)
            return MutationContext::invalid(tr("A clipper applies only for themselves."));
        if (campaign.visibility != Domain::Visibility::Public || campaign.isTemplate)
            return MutationContext::notFound();
        offer.kind = Domain::OfferKind::Application;
        offer.clipperId = viewer.userId;
    }
    if (!campaign.flaggedReason.isEmpty())
        return MutationContext::refused(MutationError::CampaignFlagged, tr("A flagged campaign cannot get new offers."));
    if (campaign.isTemplate || !Domain::CampaignRules::isEditable(campaign))
        return MutationContext::invalid(tr("This campaign does not take offers."));
    if (viewer.role == Role::Clipper && campaign.status != Domain::CampaignStatus::Active)
        return MutationContext::invalid(tr("Only active campaigns take applications."));
    if (auto valid = OfferRules::validateTerms(*terms, campaign.budget.currency); !valid)
        return valid;
    if (auto absent = context.requireAbsent(Entity::Offer, *id); !absent)
        return absent;
    if (auto open = requireNoRows(context, Entity::Offer, PendingCondition, {campaign.id, offer.clipperId},
                                  tr("There is already an open offer for this campaign and clipper."));
        !open)
        return open;
    if (auto member = requireNoRows(context, Entity::Membership, ActiveCondition, {campaign.id, offer.clipperId},
                                    tr("The clipper is already a member of this campaign."));
        !member)
        return member;

    offer.id = *id;
    offer.threadId = *id;
    offer.campaignId = campaign.id;
    offer.brandId = campaign.brandId;
    offer.round = 1;
    offer.authorRole = viewer.role;
    offer.terms = *terms;
    offer.status = OfferStatus::Pending;
    offer.createdAtMs = context.nowMs();
    return writeOffer(context, {}, offer);
}

Status NegotiationEffects::counter(const MutationContext &context)
{
    auto found = partyOffer(context);
    if (!found)
        return std::unexpected(found.error());
    auto &[row, offer] = *found;
    if (auto responder = OfferRules::checkResponder(offer, context.viewer().role); !responder)
        return responder;
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto terms = termsArg(context);
    if (!terms)
        return std::unexpected(terms.error());
    QString currency = offer.terms.currency;
    const auto campaignRow = context.rows().find(Entity::Campaign, offer.campaignId);
    if (!campaignRow)
        return std::unexpected(campaignRow.error());
    if (*campaignRow)
        currency = Domain::campaignFromJson(**campaignRow).budget.currency;
    if (auto valid = OfferRules::validateTerms(*terms, currency); !valid)
        return valid;
    if (auto absent = context.requireAbsent(Entity::Offer, *id); !absent)
        return absent;

    Offer next = offer;
    next.id = *id;
    next.round = offer.round + 1;
    next.authorRole = context.viewer().role;
    next.terms = *terms;
    next.status = OfferStatus::Pending;
    next.createdAtMs = context.nowMs();
    next.respondedAtMs = 0;
    next.version = 0;
    offer.status = OfferStatus::Countered;
    offer.respondedAtMs = context.nowMs();
    if (auto closed = writeOffer(context, row, offer); !closed)
        return closed;
    return writeOffer(context, {}, next);
}

Status NegotiationEffects::respond(const MutationContext &context)
{
    auto found = partyOffer(context);
    if (!found)
        return std::unexpected(found.error());
    auto &[row, offer] = *found;
    const QString &name = context.mutation().name;
    const Role role = context.viewer().role;
    if (auto allowed = name == u"offer.withdraw" ? OfferRules::checkWithdrawer(offer, role)
                                                 : OfferRules::checkResponder(offer, role);
        !allowed)
        return allowed;
    offer.respondedAtMs = context.nowMs();
    if (name == u"offer.withdraw") {
        offer.status = OfferStatus::Withdrawn;
        return writeOffer(context, row, offer);
    }
    if (name == u"offer.reject") {
        offer.status = OfferStatus::Rejected;
        return writeOffer(context, row, offer);
    }
    if (auto member = requireNoRows(context, Entity::Membership, ActiveCondition, {offer.campaignId, offer.clipperId},
                                    tr("The clipper is already a member of this campaign."));
        !member)
        return member;
    offer.status = OfferStatus::Accepted;
    if (auto accepted = writeOffer(context, row, offer); !accepted)
        return accepted;
    const QString membershipId = Domain::membershipIdForOffer(offer.id); // the id the server gives it
    const QJsonObject membership{
        {QStringLiteral("id"), membershipId},
        {QStringLiteral("campaign_id"), offer.campaignId},
        {QStringLiteral("brand_id"), offer.brandId},
        {QStringLiteral("clipper_id"), offer.clipperId},
        {QStringLiteral("offer_id"), offer.id},
        {QStringLiteral("terms"), Domain::offerTermsToJson(offer.terms)},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("joined_at"), context.nowMs()},
        {QStringLiteral("ended_at"), 0},
        {QStringLiteral("version"), 0},
    };
    return context.rows().put(Entity::Membership, membershipId, membership);
}

Status NegotiationEffects::endMembership(const MutationContext &context)
{
    const bool leaving = context.mutation().name == u"membership.leave";
    if (auto role = context.requireRole(leaving ? Role::Clipper : Role::Brand); !role)
        return role;
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto reason = context.textArg(QStringLiteral("reason"));
    if (!reason)
        return std::unexpected(reason.error());
    const auto row = context.existing(Entity::Membership, *id);
    if (!row)
        return std::unexpected(row.error());
    const QString owner = row->value(leaving ? QStringLiteral("clipper_id") : QStringLiteral("brand_id")).toString();
    if (owner != context.viewer().userId)
        return MutationContext::notFound();
    if (row->value(QStringLiteral("status")).toString() != u"active")
        return MutationContext::invalid(tr("This membership has already ended."));
    QJsonObject ended = *row;
    ended.insert(QStringLiteral("status"), leaving ? QStringLiteral("left") : QStringLiteral("removed"));
    ended.insert(QStringLiteral("ended_at"), context.nowMs());
    return context.rows().put(Entity::Membership, *id, ended);
}

} // namespace ClipDesk::Sync
