#include "pokepublisher.h"

#include "synclog.h"
#include "server/ws/websockethub.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QUuid>

namespace ClipDesk::Server {

PokePublisher::PokePublisher(Storage::Database &db, WebSocketHub &hub, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_hub(hub)
    , m_originId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void PokePublisher::publish(const ChangeAudience &audience, qint64 cursor)
{
    if (audience.isEmpty())
        return;
    deliverLocal(audience, cursor);
    if (m_db.backend() != Storage::Backend::Postgres)
        return;
    const QByteArray payload = audience.toPayload(m_originId, cursor, MaxPayloadBytes);
    // Outside any transaction: delivered at once. Pokes are hints, so a failure only logs.
    auto notified = m_db.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                              {QString::fromLatin1(Channel), QString::fromUtf8(payload)});
    if (!notified)
        qCWarning(lcSync) << "cannot notify other server processes:" << notified.error().message;
}

void PokePublisher::deliverLocal(const ChangeAudience &audience, qint64 cursor)
{
    for (const QString &userId : audience.closedUsers)
        m_hub.closeUser(userId, QStringLiteral("account flagged"));

    const QJsonObject poke{{QStringLiteral("type"), QStringLiteral("poke")}, {QStringLiteral("cursor"), cursor}};
    int sent = 0;
    for (const QString &userId : m_hub.connectedUserIds()) {
        bool wanted = audience.everyone || audience.users.contains(userId);
        if (!wanted && (audience.admins || audience.allClippers)) {
            const std::optional<Domain::Role> role = roleOf(userId);
            wanted = role
                && ((audience.admins && *role == Domain::Role::Admin)
                    || (audience.allClippers && *role == Domain::Role::Clipper));
        }
        if (wanted)
            sent += m_hub.sendToUser(userId, poke);
    }
    qCDebug(lcSync) << "poked" << sent << "socket(s) at cursor" << cursor;
}

std::optional<Domain::Role> PokePublisher::roleOf(const QString &userId)
{
    if (const auto cached = m_roles.constFind(userId); cached != m_roles.cend())
        return *cached;
    auto user = Storage::UserRepository(m_db).findById(userId);
    if (!user || !user->has_value())
        return std::nullopt;
    m_roles.insert(userId, (*user)->role);
    return (*user)->role;
}

} // namespace ClipDesk::Server
