#pragma once

#include <QCoreApplication>

namespace ClipDesk::Server {

class PokePublisher;
class PullQuery;
class PushProcessor;
class Router;
class SessionAuthenticator;

// POST /api/v1/sync/push and GET /api/v1/sync/pull (core/sync/PROTOCOL.md).
class SyncRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SyncRoutes)

public:
    static constexpr qint64 MaxPushBytes = 4 * 1024 * 1024;

    static void registerIn(Router &router, SessionAuthenticator &authenticator, PushProcessor &processor, PullQuery &pull,
                           PokePublisher &publisher);
};

} // namespace ClipDesk::Server
