#pragma once

#include "domain/error.h"

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// A read-only transaction, so that several SELECTs see one consistent state of the database:
// SQLite BEGIN (deferred: a WAL read snapshot from the first SELECT on), PostgreSQL
// BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY. Ends with ROLLBACK when destroyed.
// Destroy every query made inside it first.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Storage::Database &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    const Status &begun() const { return m_begun; }

private:
    Storage::Database &m_db;
    Status m_begun;
};

} // namespace ClipDesk::Server
