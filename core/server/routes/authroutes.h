#pragma once

namespace ClipDesk::Server {

class AuthService;
class Router;
class SessionAuthenticator;

// POST /api/v1/auth/register, /login, /logout, /password, /password/forgot, /password/reset
// and GET /api/v1/auth/me.
void registerAuthRoutes(Router &router, AuthService &service, SessionAuthenticator &authenticator);

} // namespace ClipDesk::Server
