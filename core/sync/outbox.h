#pragma once

#include "domain/error.h"
#include "sync/localmutationapplier.h"
#include "sync/mutation.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ClipDesk::Sync {

class ClientCache;

enum class OutboxState { Pending, Rejected, Conflict };

QString outboxStateName(OutboxState state);

struct OutboxEntry
{
    qint64 seq = 0; // the order the mutations were made in
    Mutation mutation;
    qint64 createdAtMs = 0;
    OutboxState state = OutboxState::Pending;
    std::optional<MutationResult> result; // what the server said about a rejected or conflicting one
};

// The client's queue of mutations the server has not confirmed yet, kept in the cache file.
//
// enqueue() predicts the mutation's effect with the domain rules and writes it to the cache
// together with the outbox row, in one transaction: either both are there or neither. The
// sync engine pushes pending() in order and reports the server's answers with markResults().
// An accepted mutation leaves the queue; a rejected or conflicting one stays, with the
// server's answer, until the user dismisses it in the Sync issues panel, and its local effect is
// undone. After a pull, rebase() puts back the server's rows and re-applies what is still
// pending on top (PullApplier does that inside its own transaction when given the outbox).
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    Outbox(ClientCache &cache, Viewer viewer);
    Q_DISABLE_COPY_MOVE(Outbox)

    const Viewer &viewer() const { return m_applier.viewer(); }

    // Returns the entry's seq. A mutation the domain rules refuse, or one whose id is already
    // queued, changes nothing and returns the reason.
    Result<qint64> enqueue(const Mutation &mutation);

    // Pending mutations in the order they were made, at most `limit` (one push's worth).
    Result<QList<OutboxEntry>> pending(int limit = MutationCodec::MaxMutationsPerPush);
    Result<qint64> pendingCount();
    // Rejected and conflicting mutations, oldest first, for the Sync issues panel.
    Result<QList<OutboxEntry>> issues();

    // ok: the entry leaves the outbox. rejected/conflict: it stays with the result, and the
    // pending mutations are rebased so that its local effect disappears. An unknown id is
    // not_found for markResult(); markResults() skips unknown ids (answers to a retried push
    // may arrive twice).
    Status markResult(const MutationResult &result);
    Status markResults(const QList<MutationResult> &results);

    // The server accepted a mutation of row `id` and gave the row `version`: pending mutations
    // of that row made on top of it are now based on that version (see PushBatcher).
    Status rebaseVersion(const QString &id, qint64 version);

    // Removes a rejected or conflicting entry once the user has seen it; pending ones stay.
    Status dismiss(const QString &mutationId);

    // Restores the server's version of every row pending mutations changed, then re-applies
    // the pending mutations in order with the domain rules. One that no longer applies keeps
    // its place in the queue (the server decides), it just has no local effect.
    Status rebase();
    // The same inside the caller's open write transaction; returns the entities it changed.
    Result<QSet<QString>> rebaseInTransaction();

private:
    Result<QList<OutboxEntry>> load(const QString &condition, int limit);
    Result<bool> record(const MutationResult &result);

    ClientCache &m_cache;
    LocalMutationApplier m_applier;
};

} // namespace ClipDesk::Sync
