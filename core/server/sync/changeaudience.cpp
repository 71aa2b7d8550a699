#include "changeaudience.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ClipDesk::Server {

namespace {

QJsonArray toArray(const QSet<QString> &set)
{
    QJsonArray array;
    for (const QString &item : set)
        array.append(item);
    return array;
}

QSet<QString> toSet(const QJsonValue &value)
{
    QSet<QString> set;
    for (const QJsonValue &item : value.toArray())
        set.insert(item.toString());
    return set;
}

} // namespace

void ChangeAudience::merge(const ChangeAudience &other)
{
    users.unite(other.users);
    admins = admins || other.admins;
    allClippers = allClippers || other.allClippers;
    everyone = everyone || other.everyone;
    closedUsers.unite(other.closedUsers);
}

QByteArray ChangeAudience::toPayload(const QString &originId, qint64 cursor, int maxBytes) const
{
    QJsonObject json{{QStringLiteral("origin"), originId},
                     {QStringLiteral("cursor"), cursor},
                     {QStringLiteral("users"), toArray(users)},
                     {QStringLiteral("admins"), admins},
                     {QStringLiteral("clippers"), allClippers},
                     {QStringLiteral("all"), everyone},
                     {QStringLiteral("closed"), toArray(closedUsers)}};
    QByteArray payload = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (payload.size() <= maxBytes)
        return payload;
    json.insert(QStringLiteral("users"), QJsonArray());
    json.insert(QStringLiteral("all"), true);
    payload = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (payload.size() <= maxBytes)
        return payload;
    json.insert(QStringLiteral("closed"), QJsonArray());
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ChangeAudience ChangeAudience::fromPayload(const QByteArray &payload, QString *originId, qint64 *cursor, bool *ok)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    const QJsonObject json = document.object();
    *ok = document.isObject() && json.value(QStringLiteral("cursor")).isDouble();
    *originId = json.value(QStringLiteral("origin")).toString();
    *cursor = qint64(json.value(QStringLiteral("cursor")).toDouble());
    ChangeAudience audience;
    audience.users = toSet(json.value(QStringLiteral("users")));
    audience.admins = json.value(QStringLiteral("admins")).toBool();
    audience.allClippers = json.value(QStringLiteral("clippers")).toBool();
    audience.everyone = json.value(QStringLiteral("all")).toBool();
    audience.closedUsers = toSet(json.value(QStringLiteral("closed")));
    return audience;
}

} // namespace ClipDesk::Server
