#pragma once

#include "domain/error.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

class QThread;

namespace ClipDesk::Storage {

// One QtSql connection, owned by the thread that opened it: use and destroy it on that
// thread only, and destroy every QSqlQuery it returned before the Database itself.
// SQLite runs in WAL mode with synchronous=FULL and foreign keys on; write
// transactions begin with BEGIN IMMEDIATE so they never fail half-way on a lock upgrade.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SqliteBusyTimeoutMs = 5000;

    // `connectionName` is a readable prefix; a per-thread, per-process unique suffix is
    // added, so several Database objects may share one prefix.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, const QString &connectionName);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Backend backend() const { return m_backend; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    bool inWriteTransaction() const { return m_inWrite; }

    // Prepares, binds positional `?` arguments and executes. On PostgreSQL the arguments are
    // inlined as literals by the driver's own formatting (what QPSQL's EXECUTE does too), in one
    // round trip and without server-side prepared statements; bools become 1/0 as on SQLite.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &args = {});
    // Runs a statement expected to return at most one row; std::nullopt when none.
    Result<std::optional<QSqlRecord>> queryOne(const QString &sql, const QVariantList &args = {});
    // The first column of every row, as text (e.g. a list of ids).
    Result<QStringList> firstColumn(const QString &sql, const QVariantList &args = {});

    Status beginWrite(); // BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL
    Status commit();     // on failure the transaction is rolled back
    void rollback();

private:
    Database(Backend backend, const QString &driver, QString connectionName);
    Status openSqlite(const DatabaseLocation &location);
    Status openPostgres(const DatabaseLocation &location);

    Backend m_backend;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    bool m_inWrite = false;
};

// Rolls back on destruction unless committed.
class WriteTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    const Status &begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace ClipDesk::Storage
