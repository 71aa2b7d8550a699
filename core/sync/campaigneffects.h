#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Sync {

class MutationContext;

// The local effect of campaign.create/update/set_status/clone/delete and
// admin.flag_campaign/unflag_campaign, checked with the domain's CampaignRules.
class CampaignEffects final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignEffects)

public:
    static bool handles(const QString &mutationName);
    static Status apply(const MutationContext &context);

private:
    static Status create(const MutationContext &context);
    static Status update(const MutationContext &context);
    static Status setStatus(const MutationContext &context);
    static Status clone(const MutationContext &context);
    static Status remove(const MutationContext &context);
    static Status flag(const MutationContext &context, bool flagged);
};

} // namespace ClipDesk::Sync
