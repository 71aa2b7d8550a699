#pragma once

#include <QJsonObject>
#include <QString>

namespace ClipDesk::Testing {

// Builders for the named mutations of PROTOCOL.md, each with a fresh mutation id.
class Mutations final
{
public:
    // Campaign fields that pass every activation rule: budget, CPM, a platform, a category and
    // dates around now.
    static QJsonObject activatableFields(const QString &name, const QString &visibility = QStringLiteral("public"));
    static QJsonObject terms(qint64 perClipMinor = 1500, const QString &currency = QStringLiteral("USD"));

    static QJsonObject createCampaign(const QString &id, const QJsonObject &fields);
    static QJsonObject updateCampaign(const QString &id, const QJsonObject &changes, qint64 baseVersion);
    static QJsonObject setStatus(const QString &id, const QString &status, qint64 baseVersion);
    static QJsonObject cloneCampaign(const QString &id, const QString &newId, bool asTemplate);
    static QJsonObject deleteCampaign(const QString &id);

    // `clipperId` empty: a clipper's application (no clipper_id argument).
    static QJsonObject createOffer(const QString &id, const QString &campaignId, const QString &clipperId, const QJsonObject &terms);
    static QJsonObject counterOffer(const QString &id, const QString &offerId, const QJsonObject &terms);
    static QJsonObject acceptOffer(const QString &offerId);
    static QJsonObject rejectOffer(const QString &offerId);
    static QJsonObject withdrawOffer(const QString &offerId);

    static QJsonObject removeMember(const QString &membershipId);
    static QJsonObject leaveMembership(const QString &membershipId);

    static QJsonObject updateProfile(const QJsonObject &changes, qint64 baseVersion);
    static QJsonObject markNotificationRead(const QString &id);

    // name: "admin.flag_campaign", "admin.unflag_campaign", "admin.flag_user", "admin.unflag_user"
    static QJsonObject admin(const QString &name, const QString &id, const QString &reason = QStringLiteral("test reason"));
};

} // namespace ClipDesk::Testing
