#pragma once

#include "domain/campaign.h"
#include "domain/profile.h"
#include "server/auth/authenticateduser.h"

#include <QJsonObject>

namespace ClipDesk::Server {

// Rows as pulls, conflicts and REST reads show them to a given user (PROTOCOL.md, "Pull").
class SyncRows final
{
public:
    // Every campaign field; flagged_reason only for the brand and admins.
    static QJsonObject campaign(const Domain::Campaign &campaign, const AuthenticatedUser &viewer);
    // The public profile plus the username.
    static QJsonObject profile(const Domain::Profile &profile, const QString &username);
};

} // namespace ClipDesk::Server
