#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ClipDesk::Testing {

// The pull visibility rules of PROTOCOL.md, written independently of the server: given the
// admin's complete state ("entity/id" → row), what one user must end up with.
//
//   brand:   its campaigns and templates, their offers and memberships;
//   clipper: discoverable campaigns (public, active, not flagged, not a template), campaigns it
//            has an offer for (any round, any status) or a membership of, its own offers and
//            memberships; never a campaign's flagged_reason;
//   admin:   every campaign, offer and membership, plus account and audit_entry rows;
//   everyone: all profiles and their own notifications (admins too: "everyone: ... their own
//            notifications" is read as covering admins, whose "everything" is about campaigns,
//            offers and memberships).
class VisibilityModel final
{
public:
    static QMap<QString, QJsonObject> visibleTo(const QMap<QString, QJsonObject> &all, const QString &userId, const QString &role);
    // The row as compared between users: clippers never see flagged_reason, so it is dropped.
    static QJsonObject comparable(const QString &key, QJsonObject row, const QString &role);
    static QMap<QString, QJsonObject> comparable(const QMap<QString, QJsonObject> &rows, const QString &role);
    // Nobody sees every notification: the complete state is the admin's plus each user's own.
    static void addNotifications(QMap<QString, QJsonObject> &all, const QMap<QString, QJsonObject> &userRows);
    static bool isDiscoverable(const QJsonObject &campaign);
    static QString entityOf(const QString &key) { return key.section(u'/', 0, 0); }
    static QStringList knownEntities();
};

} // namespace ClipDesk::Testing
