#include "syncrows.h"

#include "visibility.h"

namespace ClipDesk::Server {

QJsonObject SyncRows::campaign(const Domain::Campaign &campaign, const AuthenticatedUser &viewer)
{
    QJsonObject row = Domain::campaignToJson(campaign);
    if (!Visibility::seesFlaggedReason(viewer))
        row.remove(QStringLiteral("flagged_reason"));
    return row;
}

QJsonObject SyncRows::profile(const Domain::Profile &profile, const QString &username)
{
    QJsonObject row = Domain::profileToJson(profile);
    row.insert(QStringLiteral("username"), username);
    return row;
}

} // namespace ClipDesk::Server
