#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// Moderation by admins, each with a required reason and an audit entry:
// admin.flag_campaign / admin.unflag_campaign (a flagged campaign leaves discovery and its
// brand is notified) and admin.flag_user / admin.unflag_user (a flagged user's sessions are
// revoked, their WebSockets closed, and sign-in refused).
class AdminMutations final
{
    Q_DECLARE_TR_FUNCTIONS(AdminMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> flagCampaign(MutationContext &context);
    static Result<MutationReply> unflagCampaign(MutationContext &context);
    static Result<MutationReply> flagUser(MutationContext &context);
    static Result<MutationReply> unflagUser(MutationContext &context);
};

} // namespace ClipDesk::Server
