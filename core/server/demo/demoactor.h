#pragma once

#include "domain/error.h"
#include "server/auth/authenticateduser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class MutationRegistry;

// Runs mutations through their real server handlers (authorization, domain rules, change
// sequence, notifications, audit entries) inside the caller's open write transaction, as if
// `user` had pushed them at `nowMs`. Anything but an `ok` reply is an error: the demo world
// never writes what the rules would refuse.
class DemoActor final
{
    Q_DECLARE_TR_FUNCTIONS(DemoActor)

public:
    DemoActor(Storage::Database &db, const MutationRegistry &registry);
    Q_DISABLE_COPY_MOVE(DemoActor)

    // The handler's ok result (e.g. {"id", "version"}).
    Result<QJsonObject> run(const AuthenticatedUser &user, const QString &name, const QJsonObject &args,
                            qint64 nowMs, qint64 baseVersion = 0);
    int mutationCount() const { return m_count; }

private:
    Storage::Database &m_db;
    const MutationRegistry &m_registry;
    int m_count = 0;
};

} // namespace ClipDesk::Server
