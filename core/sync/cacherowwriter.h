#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Sync {

struct CacheTable;

// Writes whole rows into the cache tables: the sort/filter columns extracted from the JSON row
// plus row_json. Statements are prepared once per table and reused for every row, so bulk
// writes (an initial pull of 100,000 rows) cost one bind and step per row. It does not open
// transactions: callers wrap their writes in one. Destroy it before its Database.
class CacheRowWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CacheRowWriter)

public:
    explicit CacheRowWriter(Storage::Database &db);
    ~CacheRowWriter();
    Q_DISABLE_COPY_MOVE(CacheRowWriter)

    // Inserts the row, or replaces every column of the existing row with that key. `rowText`,
    // when given, is `row` as JSON text (e.g. the server's own bytes) and is stored as is.
    Status upsert(const QString &entity, const QString &id, const QJsonObject &row, QByteArrayView rowText = {});
    // Removing a row that is not there succeeds.
    Status remove(const QString &entity, const QString &id);

private:
    struct Statements
    {
        const CacheTable *table = nullptr;
        QSqlQuery upsert;
        QSqlQuery remove;
    };
    Result<Statements *> statementsFor(const QString &entity);

    Storage::Database &m_db;
    QHash<QString, std::shared_ptr<Statements>> m_statements;
};

} // namespace ClipDesk::Sync
