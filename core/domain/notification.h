#pragma once

#include <QJsonObject>
#include <QString>

namespace ClipDesk::Domain {

// A message for one user ("Your campaign was flagged: ..."), pointing at the entity it is about.
struct Notification
{
    QString id;
    QString userId;
    QString kind;     // stable machine name, e.g. "campaign_flagged"
    QString title;    // for people, in the server's language
    QString body;
    QString entity;   // sync entity name ("campaign"), or empty
    QString entityId;
    qint64 createdAtMs = 0;
    qint64 readAtMs = 0; // 0 while unread
    qint64 version = 0;

    friend bool operator==(const Notification &, const Notification &) = default;

    bool isRead() const { return readAtMs > 0; }
};

namespace NotificationKind {
inline const QString CampaignFlagged = QStringLiteral("campaign_flagged");
inline const QString CampaignUnflagged = QStringLiteral("campaign_unflagged");
inline const QString MembershipRemoved = QStringLiteral("membership_removed");
} // namespace NotificationKind

QJsonObject notificationToJson(const Notification &notification);
Notification notificationFromJson(const QJsonObject &json);

} // namespace ClipDesk::Domain
