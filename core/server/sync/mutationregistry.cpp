#include "mutationregistry.h"

#include "adminmutations.h"
#include "campaignmutations.h"
#include "campaignstatusmutations.h"
#include "clipmutations.h"
#include "clipreviewmutations.h"
#include "membershipmutations.h"
#include "offermutations.h"
#include "profilemutations.h"

namespace ClipDesk::Server {

void MutationRegistry::registerAll(MutationRegistry &registry)
{
    CampaignMutations::registerIn(registry);
    CampaignStatusMutations::registerIn(registry);
    OfferMutations::registerIn(registry);
    MembershipMutations::registerIn(registry);
    ProfileMutations::registerIn(registry);
    AdminMutations::registerIn(registry);
    ClipMutations::registerIn(registry);
    ClipReviewMutations::registerIn(registry);
}

void MutationRegistry::add(const QString &name, MutationHandler handler)
{
    m_handlers.insert(name, std::move(handler));
}

const MutationHandler *MutationRegistry::find(const QString &name) const
{
    const auto it = m_handlers.constFind(name);
    return it == m_handlers.cend() ? nullptr : &it.value();
}

} // namespace ClipDesk::Server
