#pragma once

namespace ClipDesk::Server {

class ProfileService;
class Router;
class SessionAuthenticator;

// GET/PATCH /api/v1/profile, GET /api/v1/users/{id}/profile, PUT /api/v1/profile/avatar and
// /logo (image bodies up to 5 MiB), GET /api/v1/media/{sha256}. All need a signed-in user.
void registerProfileRoutes(Router &router, ProfileService &service, SessionAuthenticator &authenticator);

} // namespace ClipDesk::Server
