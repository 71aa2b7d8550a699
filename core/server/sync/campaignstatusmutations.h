#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// campaign.set_status: draft → active ⇄ paused → completed → archived (also active → completed).
class CampaignStatusMutations final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStatusMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> setStatus(MutationContext &context);
};

} // namespace ClipDesk::Server
