#pragma once

#include "changeaudience.h"
#include "domain/error.h"
#include "server/auth/authenticateduser.h"
#include "sync/mutation.h"

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// Everything a mutation handler works with. It runs inside the mutation's write transaction,
// after the change sequence was locked; every synced row it writes takes nextSeq().
class MutationContext final
{
public:
    MutationContext(Storage::Database &db, const AuthenticatedUser &user, const Sync::Mutation &mutation, qint64 nowMs);
    Q_DISABLE_COPY_MOVE(MutationContext)

    Storage::Database &db;
    const AuthenticatedUser &user;
    const Sync::Mutation &mutation;
    const qint64 nowMs;
    // The author for per-field versions: the user and the pushing client ("user/client").
    // Empty for server-side work, such as demo seeding.
    QString writer;
    // Who gets a poke once the mutation is committed.
    ChangeAudience audience;

    Result<qint64> nextSeq();
    // The highest sequence value this mutation handed out (0: none).
    qint64 lastSeq() const { return m_lastSeq; }

private:
    qint64 m_lastSeq = 0;
};

} // namespace ClipDesk::Server
