#pragma once

#include "domain/campaign.h"
#include "domain/offer.h"
#include "domain/profile.h"
#include "server/auth/authenticateduser.h"

#include <QJsonObject>

namespace ClipDesk::Server {

class JsonTextWriter;

// Rows as pulls, conflicts and REST reads show them to a given user (PROTOCOL.md, "Pull").
class SyncRows final
{
public:
    // Every campaign field; flagged_reason only for the brand and admins.
    static QJsonObject campaign(const Domain::Campaign &campaign, const AuthenticatedUser &viewer);
    // The public profile plus the username.
    static QJsonObject profile(const Domain::Profile &profile, const QString &username);

    // The same campaign and offer rows written straight as JSON text (pulls; see JsonTextWriter).
    // They must equal campaign() and Domain::offerToJson(); tst_syncrows checks that they do.
    static void writeCampaign(JsonTextWriter &writer, const Domain::Campaign &campaign, const AuthenticatedUser &viewer);
    static void writeOffer(JsonTextWriter &writer, const Domain::Offer &offer);
};

} // namespace ClipDesk::Server
