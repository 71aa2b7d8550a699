#pragma once

#include "changeaudience.h"
#include "domain/error.h"
#include "pushrequest.h"
#include "server/auth/authenticateduser.h"
#include "sync/mutation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class MutationRegistry;

// Applies a push, one mutation at a time, each in its own write transaction:
//   lock the change sequence → look up (client_id, id) in applied_mutations (a stored result is
//   returned as it is; another user's → mutation_id_reused) → run the handler inside a
//   savepoint (a rejection or conflict undoes whatever it wrote) → store the result → commit.
// Stored results do not pile up: a client pushes its outbox oldest first and drops an entry only
// once it has stored the result, so when a push starts with a mutation the server has not seen,
// the client has every earlier result, and those rows are deleted in that mutation's transaction.
// Only after the commit does the next mutation start. A storage failure stops the push: the
// results of the mutations committed so far are returned along with the failure.
class PushProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(PushProcessor)

public:
    PushProcessor(Storage::Database &db, const MutationRegistry &registry);
    Q_DISABLE_COPY_MOVE(PushProcessor)

    struct Outcome
    {
        QList<Sync::MutationResult> results; // committed, in order
        ChangeAudience audience;             // who to poke
        std::optional<Error> failure;        // set when the push stopped early
    };

    Outcome process(const AuthenticatedUser &user, const PushRequest &request);
    Storage::Database &database() const { return m_db; }

private:
    Result<Sync::MutationResult> applyOne(const AuthenticatedUser &user, const QString &clientId,
                                          const PushedMutation &pushed, bool firstOfPush, ChangeAudience &audience);
    Result<Sync::MutationResult> runHandler(const AuthenticatedUser &user, const QString &clientId,
                                            const PushedMutation &pushed, qint64 nowMs,
                                            ChangeAudience &audience);

    Storage::Database &m_db;
    const MutationRegistry &m_registry;
};

} // namespace ClipDesk::Server
