#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ClipDesk::Sync {

// Entity kinds carried by pull.
namespace Entity {
inline const QString Campaign = QStringLiteral("campaign");
inline const QString Offer = QStringLiteral("offer");
inline const QString Membership = QStringLiteral("membership");
inline const QString Profile = QStringLiteral("profile");
inline const QString Account = QStringLiteral("account");           // admin view of users
inline const QString Notification = QStringLiteral("notification");
inline const QString AuditEntry = QStringLiteral("audit_entry");
inline const QString Clip = QStringLiteral("clip");
QStringList all();
} // namespace Entity

// One row as of `seq`, or its tombstone (`deleted`: removed, or no longer visible to the caller).
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    bool deleted = false;
    QJsonObject row;

    friend bool operator==(const Change &, const Change &) = default;
};

struct PullPage
{
    QList<Change> changes;
    qint64 cursor = 0; // pass back to get what follows
    bool hasMore = false;
};

class ChangeCodec final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCodec)

public:
    static QJsonObject toJson(const PullPage &page);
    static Result<PullPage> pageFromJson(const QJsonObject &json);
};

} // namespace ClipDesk::Sync
