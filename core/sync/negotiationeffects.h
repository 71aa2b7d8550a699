#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Sync {

class MutationContext;

// The local effect of offer.create/counter/accept/reject/withdraw and
// membership.remove/leave, checked with the domain's OfferRules. Accepting predicts a
// membership under a provisional id; the server picks the real one and the pull replaces it.
class NegotiationEffects final
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationEffects)

public:
    static bool handles(const QString &mutationName);
    static Status apply(const MutationContext &context);

private:
    static Status create(const MutationContext &context);
    static Status counter(const MutationContext &context);
    static Status respond(const MutationContext &context);
    static Status endMembership(const MutationContext &context);
};

} // namespace ClipDesk::Sync
