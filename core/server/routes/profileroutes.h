#pragma once

#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"

namespace ClipDesk::Server {

class ProfileService;
class Router;
class SessionAuthenticator;

// GET/PATCH /api/v1/profile, GET /api/v1/users/{id}/profile, PUT /api/v1/profile/avatar and
// /logo (image bodies up to 5 MiB), GET /api/v1/media/{sha256}. All need a signed-in user.
void registerProfileRoutes(Router &router, ProfileService &service, SessionAuthenticator &authenticator);

// The GET /api/v1/media/{sha256} answer for profile images (for routes that share the URL).
void serveProfileImage(ProfileService &service, const HttpRequest &request, HttpResponder respond);

} // namespace ClipDesk::Server
