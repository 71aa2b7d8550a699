#pragma once

#include "domain/role.h"

#include <QString>

namespace ClipDesk::Server {

// Who made a request, as established by SessionAuthenticator.
struct AuthenticatedUser
{
    QString userId;
    QString sessionId;
    Domain::Role role = Domain::Role::Clipper;
    QString username;
};

} // namespace ClipDesk::Server
