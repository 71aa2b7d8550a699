#pragma once

#include "domain/error.h"
#include "sync/mutation.h"
#include "sync/outbox.h"

#include <QList>

namespace ClipDesk::Sync {


// Shapes pushes so that several offline edits of one row arrive as the user meant them.
//
// Every queued mutation carries the version its row had when it was made; a second edit of the
// same row made offline still names the version from before the first edit, which the server
// would call a conflict with the user's own change. So a batch ends before a mutation whose
// row is already in it, and once the server accepted a mutation and named the row's new
// version, the later pending mutations of that row (made on top of it) are based on it.
class PushBatcher final
{
public:
    // The longest prefix of `pending` that touches every row at most once (at least one entry).
    static QList<OutboxEntry> nextBatch(const QList<OutboxEntry> &pending);
    // Moves the base version of later pending mutations of a row to the version the server
    // gave the row when it accepted one of `results`.
    static Status carryVersions(Outbox &outbox, const QList<MutationResult> &results);
    // The row a mutation targets (args.id), empty when none.
    static QString targetId(const Mutation &mutation);
};

} // namespace ClipDesk::Sync
