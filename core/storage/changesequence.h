#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace ClipDesk::Storage {

class Database;

// The one global change sequence behind sync pulls (table change_sequence, a single row).
//
// Every synced row written gets next() as its change_seq, inside the writing transaction.
// Values are handed out in commit order: on SQLite there is a single writer (BEGIN IMMEDIATE);
// on PostgreSQL the UPDATE takes the row lock on change_sequence and keeps it until the
// transaction commits or rolls back, so the next writer reads the committed value only after
// this transaction's rows are visible. A reader that sees value H in its snapshot therefore
// also sees every row stamped with a value up to H, and never seq n+1 without seq n.
// Writers must allocate before they lock other synced rows (lockForWrite() at the start of a
// transaction does that), so that they always take locks in the same order.
class ChangeSequence final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSequence)

public:
    // Serializes this write transaction with every other synced writer (PostgreSQL: the row
    // lock; SQLite: already serialized by BEGIN IMMEDIATE). Returns the current value.
    static Result<qint64> lockForWrite(Database &db);
    // The next value; only inside a write transaction.
    static Result<qint64> next(Database &db);
    // The latest value handed out and visible to this connection's snapshot.
    static Result<qint64> current(Database &db);
};

} // namespace ClipDesk::Storage
