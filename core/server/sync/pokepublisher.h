#pragma once

#include "changeaudience.h"
#include "domain/role.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class WebSocketHub;

// Tells connected users that their view changed: {"type":"poke","cursor":N} over /ws.
// On PostgreSQL, the same audience goes to the other server processes through
// NOTIFY clipdesk_poke (see PgNotifyListener), tagged with this process's origin id so that
// a process does not poke its own users twice.
class PokePublisher final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Channel = "clipdesk_poke";
    static constexpr int MaxPayloadBytes = 7900; // PostgreSQL's limit is 8000

    PokePublisher(Storage::Database &db, WebSocketHub &hub, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PokePublisher)

    QString originId() const { return m_originId; }

    // After commits: this process's sockets and, on PostgreSQL, every other process.
    void publish(const ChangeAudience &audience, qint64 cursor);
    // This process's sockets only: closes those of `closedUsers`, pokes the rest.
    void deliverLocal(const ChangeAudience &audience, qint64 cursor);

private:
    std::optional<Domain::Role> roleOf(const QString &userId);

    Storage::Database &m_db;
    WebSocketHub &m_hub;
    QString m_originId;
    QHash<QString, Domain::Role> m_roles; // roles never change
};

} // namespace ClipDesk::Server
