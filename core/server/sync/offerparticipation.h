#pragma once

#include "mutationreply.h"
#include "domain/campaign.h"
#include "domain/offer.h"

#include <QCoreApplication>

#include <optional>

namespace ClipDesk::Server {

class MutationArgs;
class MutationContext;

// The checks and writes the offer mutations share.
class OfferParticipation final
{
    Q_DECLARE_TR_FUNCTIONS(OfferParticipation)

public:
    struct Loaded
    {
        std::optional<Domain::Offer> offer; // empty: see `rejection`
        MutationReply rejection;
        Domain::Campaign campaign;
    };

    // The offer named by the "offer_id" argument and its campaign, if the caller is its brand
    // or its clipper; otherwise a not_found rejection.
    static Result<Loaded> load(MutationContext &context, const MutationArgs &args);
    // The same for answering an offer ({"offer_id"} only; admins never answer offers).
    static Result<Loaded> loadForAnswer(MutationContext &context);
    // Whether the user exists and is a clipper.
    static Result<bool> isClipper(MutationContext &context, const QString &userId);
    // Whether the campaign takes new offers (responding: answers to a running negotiation).
    // A flagged campaign takes none; only active or paused campaigns take any; clippers apply
    // only to public ones. An ok reply means yes.
    static MutationReply checkCampaignOpen(const Domain::Campaign &campaign, Domain::Role role, bool responding = false);
    // One open negotiation per campaign and clipper, and none while the clipper is a member.
    static Result<MutationReply> checkNoOpenThread(MutationContext &context, const QString &campaignId, const QString &clipperId);
    // Terms from JSON, valid for the campaign (its currency).
    static Result<Domain::OfferTerms> terms(const QJsonObject &json, const Domain::Campaign &campaign);
    // Inserts a new round under a new change sequence value.
    static Status insert(MutationContext &context, const Domain::Offer &offer);
    // The brand, the clipper and admins see the negotiation.
    static void addAudience(MutationContext &context, const Domain::Offer &offer);
};

} // namespace ClipDesk::Server
