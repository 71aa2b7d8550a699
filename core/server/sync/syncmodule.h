#pragma once

#include "domain/error.h"
#include "storage/databaselocation.h"

#include <QObject>

#include <memory>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class MutationRegistry;
class PgNotifyListener;
class PokePublisher;
class PullQuery;
class PushProcessor;
class RateLimiter;
class Router;
class SessionAuthenticator;
class WebSocketHub;

// Campaigns, offers, memberships, moderation and the offline-first sync protocol, wired:
//
//   SyncModule sync(db, hub, accounts->authenticator());
//   sync.start(location);          // PostgreSQL: LISTEN for other processes' pokes
//   sync.registerRoutes(router);   // /api/v1/sync/push, /api/v1/sync/pull, /api/v1/campaigns...
class SyncModule final : public QObject
{
    Q_OBJECT

public:
    // `duplicateChecksPerMinute` bounds each user's POST .../duplicate-check requests.
    SyncModule(Storage::Database &db, WebSocketHub &hub, SessionAuthenticator &authenticator, int duplicateChecksPerMinute,
               QObject *parent = nullptr);
    ~SyncModule() override;
    Q_DISABLE_COPY_MOVE(SyncModule)

    Status start(const Storage::DatabaseLocation &location);
    void registerRoutes(Router &router);

private:
    Storage::Database &m_db;
    SessionAuthenticator &m_authenticator;
    std::unique_ptr<MutationRegistry> m_registry;
    std::unique_ptr<PushProcessor> m_push;
    std::unique_ptr<PullQuery> m_pull;
    std::unique_ptr<PokePublisher> m_publisher;
    std::unique_ptr<PgNotifyListener> m_listener;
    std::unique_ptr<RateLimiter> m_duplicateChecks;
};

} // namespace ClipDesk::Server
