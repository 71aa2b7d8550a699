#pragma once

#include "domain/error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Sync {

struct CacheTable;

// Writes whole rows into the cache tables: the sort/filter columns extracted from the JSON row
// plus row_json. Statements are prepared once per table and reused for every row, so bulk
// writes (an initial pull of 100,000 rows) cost one bind and step per row. It does not open
// transactions: callers wrap their writes in one. Destroy it before its Database.
//
// Rows are bound through the SQLite C API on the QtSql connection's own handle when the
// driver runs the very SQLite library this program links (checked by source id at start):
// QtSql's positional binding formats a placeholder name for every value, which made binding
// cost as much as SQLite's own work on bulk pulls. Otherwise it binds through QtSql.
class CacheRowWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CacheRowWriter)

public:
    enum class Binding {
        Automatic, // the C API when the driver's library is the linked one, else QtSql
        QtSql,     // always QtSql (tests compare both paths)
    };

    explicit CacheRowWriter(Storage::Database &db, Binding binding = Binding::Automatic);
    ~CacheRowWriter();
    Q_DISABLE_COPY_MOVE(CacheRowWriter)

    // Inserts the row, or replaces every column of the existing row with that key. `rowText`,
    // when given, is `row` as JSON text (e.g. the server's own bytes) and is stored as is.
    Status upsert(const QString &entity, const QString &id, const QJsonObject &row, QByteArrayView rowText = {});
    // Removing a row that is not there succeeds.
    Status remove(const QString &entity, const QString &id);

    bool usesNativeStatements() const { return m_native != nullptr; }

private:
    struct Statements;
    Result<Statements *> statementsFor(const QString &entity);
    Status nativeUpsert(Statements &statements, const QString &id, const QJsonObject &row, QByteArrayView rowText);
    Status nativeRemove(Statements &statements, const QString &id);

    Storage::Database &m_db;
    sqlite3 *m_native = nullptr;
    QHash<QString, std::shared_ptr<Statements>> m_statements;
};

} // namespace ClipDesk::Sync
