#pragma once

#include <QCoreApplication>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class Router;
class SessionAuthenticator;

// REST reads for integrations (writes go through sync mutations):
//   GET /api/v1/campaigns[?status=]  → {"campaigns": [row, ...]}: what the caller may see,
//                                      newest first, at most MaxListed
//   GET /api/v1/campaigns/{id}       → the row; 404 when missing or not visible
class CampaignRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRoutes)

public:
    static constexpr int MaxListed = 1000;

    static void registerIn(Router &router, SessionAuthenticator &authenticator, Storage::Database &db);
};

} // namespace ClipDesk::Server
