#pragma once

#include <QCoreApplication>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class Router;
class SessionAuthenticator;

// POST /api/v1/campaigns/{id}/duplicate-check: before uploading, a member of the campaign asks
// whether a video (its SHA-256 and/or perceptual fingerprint) duplicates a clip already
// submitted there (core/sync/PROTOCOL.md). The answer names no one else's clip or video.
class ClipDuplicateRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(ClipDuplicateRoutes)

public:
    static void registerIn(Router &router, SessionAuthenticator &authenticator, Storage::Database &db);
};

} // namespace ClipDesk::Server
