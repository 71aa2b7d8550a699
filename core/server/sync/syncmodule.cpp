#include "syncmodule.h"

#include "clipduplicateroutes.h"
#include "mutationregistry.h"
#include "pgnotifylistener.h"
#include "pokepublisher.h"
#include "pullquery.h"
#include "pushprocessor.h"
#include "syncroutes.h"
#include "server/campaigns/campaignroutes.h"
#include "server/http/ratelimiter.h"
#include "storage/database.h"

namespace ClipDesk::Server {

SyncModule::SyncModule(Storage::Database &db, WebSocketHub &hub, SessionAuthenticator &authenticator,
                       int duplicateChecksPerMinute, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_authenticator(authenticator)
    , m_registry(std::make_unique<MutationRegistry>())
    , m_duplicateChecks(std::make_unique<RateLimiter>(duplicateChecksPerMinute))
{
    MutationRegistry::registerAll(*m_registry);
    m_push = std::make_unique<PushProcessor>(db, *m_registry);
    m_pull = std::make_unique<PullQuery>(db);
    m_publisher = std::make_unique<PokePublisher>(db, hub);
}

SyncModule::~SyncModule() = default;

Status SyncModule::start(const Storage::DatabaseLocation &location)
{
    if (location.backend != Storage::Backend::Postgres)
        return {};
    m_listener = std::make_unique<PgNotifyListener>(location, *m_publisher);
    return m_listener->start();
}

void SyncModule::registerRoutes(Router &router)
{
    SyncRoutes::registerIn(router, m_authenticator, *m_push, *m_pull, *m_publisher);
    CampaignRoutes::registerIn(router, m_authenticator, m_db);
    ClipDuplicateRoutes::registerIn(router, m_authenticator, m_db, *m_duplicateChecks);
}

} // namespace ClipDesk::Server
