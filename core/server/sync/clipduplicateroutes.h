#pragma once

#include <QCoreApplication>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class RateLimiter;
class Router;
class SessionAuthenticator;

// POST /api/v1/campaigns/{id}/duplicate-check: before uploading, a member of the campaign asks
// whether a video (its SHA-256 and/or perceptual fingerprint) duplicates a clip already
// submitted there (core/sync/PROTOCOL.md). The answer names no one else's clip or video.
// `limiter` bounds each user's checks (429 with Retry-After beyond it).
class ClipDuplicateRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(ClipDuplicateRoutes)

public:
    static void registerIn(Router &router, SessionAuthenticator &authenticator, Storage::Database &db, RateLimiter &limiter);
};

} // namespace ClipDesk::Server
