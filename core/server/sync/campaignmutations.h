#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// campaign.create, campaign.update, campaign.clone and campaign.delete (owning brand only).
class CampaignMutations final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> create(MutationContext &context);
    static Result<MutationReply> update(MutationContext &context);
    static Result<MutationReply> clone(MutationContext &context);
    static Result<MutationReply> remove(MutationContext &context);
};

} // namespace ClipDesk::Server
