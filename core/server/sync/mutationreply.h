#pragma once

#include "domain/error.h"
#include "sync/mutation.h"

#include <QJsonObject>

namespace ClipDesk::Server {

// Error codes of rejected mutations, beyond those in domain/error.h (see PROTOCOL.md).
namespace SyncErrorCode {
inline constexpr auto UnknownMutation = "unknown_mutation";
inline constexpr auto AlreadyExists = "already_exists";
inline constexpr auto IllegalTransition = "illegal_transition";
inline constexpr auto OfferClosed = "offer_closed";
inline constexpr auto CampaignFlagged = "campaign_flagged";
inline constexpr auto MutationIdReused = "mutation_id_reused";
} // namespace SyncErrorCode

// What a mutation handler decided. Storage failures are not replies: handlers return them as
// the error of Result<MutationReply>, and the push stops.
struct MutationReply
{
    Sync::Outcome outcome = Sync::Outcome::Ok;
    Error error;      // rejected
    QJsonObject body; // ok: the result; conflict: the current row

    static MutationReply ok(QJsonObject result = {}) { return {Sync::Outcome::Ok, {}, std::move(result)}; }
    static MutationReply rejected(Error error) { return {Sync::Outcome::Rejected, std::move(error), {}}; }
    static MutationReply rejected(const char *code, const QString &message)
    {
        return rejected(Error{QString::fromLatin1(code), message});
    }
    static MutationReply conflict(QJsonObject current) { return {Sync::Outcome::Conflict, {}, std::move(current)}; }

    bool isOk() const { return outcome == Sync::Outcome::Ok; }
    Sync::MutationResult toResult(const QString &mutationId) const
    {
        switch (outcome) {
        case Sync::Outcome::Ok: return Sync::MutationResult::ok(mutationId, body);
        case Sync::Outcome::Rejected: return Sync::MutationResult::rejected(mutationId, error);
        case Sync::Outcome::Conflict: return Sync::MutationResult::conflict(mutationId, body);
        }
        return Sync::MutationResult::rejected(mutationId, error);
    }
};

} // namespace ClipDesk::Server
