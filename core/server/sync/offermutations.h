#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// Negotiations between a brand and a clipper about a campaign: offer.create (invite or
// application), offer.counter, offer.accept (→ membership), offer.reject, offer.withdraw.
class OfferMutations final
{
    Q_DECLARE_TR_FUNCTIONS(OfferMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> create(MutationContext &context);
    static Result<MutationReply> counter(MutationContext &context);
    static Result<MutationReply> accept(MutationContext &context);
    static Result<MutationReply> reject(MutationContext &context);
    static Result<MutationReply> withdraw(MutationContext &context);
};

} // namespace ClipDesk::Server
