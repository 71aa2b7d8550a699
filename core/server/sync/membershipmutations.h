#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// membership.remove (the owning brand, with an optional reason) and membership.leave (the member).
class MembershipMutations final
{
    Q_DECLARE_TR_FUNCTIONS(MembershipMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> remove(MutationContext &context);
    static Result<MutationReply> leave(MutationContext &context);
};

} // namespace ClipDesk::Server
