#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace ClipDesk::Server {

// Whose view changed through committed mutations: they get a poke. Also carries the users
// whose sockets must close (flagged accounts).
struct ChangeAudience
{
    QSet<QString> users;
    bool admins = false;
    bool allClippers = false; // a discoverable campaign changed or stopped being discoverable
    bool everyone = false;    // e.g. a public profile changed
    QSet<QString> closedUsers;

    bool isEmpty() const { return users.isEmpty() && !admins && !allClippers && !everyone && closedUsers.isEmpty(); }
    void merge(const ChangeAudience &other);

    // For PostgreSQL NOTIFY payloads (which must stay below 8000 bytes): when the user lists
    // make it longer than `maxBytes`, they are dropped and `everyone` is set instead (closed
    // users are then left to the periodic sweep of ended sessions).
    QByteArray toPayload(const QString &originId, qint64 cursor, int maxBytes) const;
    // The audience, origin and cursor of a payload; `ok` false for malformed text.
    static ChangeAudience fromPayload(const QByteArray &payload, QString *originId, qint64 *cursor, bool *ok);
};

} // namespace ClipDesk::Server
