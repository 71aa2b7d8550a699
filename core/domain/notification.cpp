#include "notification.h"

namespace ClipDesk::Domain {

QJsonObject notificationToJson(const Notification &n)
{
    return {
        {QStringLiteral("id"), n.id},
        {QStringLiteral("user_id"), n.userId},
        {QStringLiteral("kind"), n.kind},
        {QStringLiteral("title"), n.title},
        {QStringLiteral("body"), n.body},
        {QStringLiteral("entity"), n.entity},
        {QStringLiteral("entity_id"), n.entityId},
        {QStringLiteral("created_at"), n.createdAtMs},
        {QStringLiteral("read_at"), n.readAtMs},
        {QStringLiteral("version"), n.version},
    };
}

Notification notificationFromJson(const QJsonObject &json)
{
    Notification n;
    n.id = json.value(QStringLiteral("id")).toString();
    n.userId = json.value(QStringLiteral("user_id")).toString();
    n.kind = json.value(QStringLiteral("kind")).toString();
    n.title = json.value(QStringLiteral("title")).toString();
    n.body = json.value(QStringLiteral("body")).toString();
    n.entity = json.value(QStringLiteral("entity")).toString();
    n.entityId = json.value(QStringLiteral("entity_id")).toString();
    n.createdAtMs = qint64(json.value(QStringLiteral("created_at")).toDouble());
    n.readAtMs = qint64(json.value(QStringLiteral("read_at")).toDouble());
    n.version = qint64(json.value(QStringLiteral("version")).toDouble());
    return n;
}

} // namespace ClipDesk::Domain
