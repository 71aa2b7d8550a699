#include "sync/cacherowwriter.h"

#include "storage/database.h"
#include "sync/cachelog.h"
#include "sync/cacheschema.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace ClipDesk::Sync {

namespace {

std::unexpected<Error> sqlFailure(const QSqlQuery &query)
{
    return failure(QString::fromLatin1(ErrorCode::Storage), query.lastError().text().trimmed());
}

std::unexpected<Error> nativeFailure(sqlite3 *db)
{
    return failure(QString::fromLatin1(ErrorCode::Storage), QString::fromUtf8(sqlite3_errmsg(db)));
}

// The connection's sqlite3 handle, if the QtSql driver uses the SQLite library linked here.
sqlite3 *nativeHandle(Storage::Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    const auto source = db.queryOne(QStringLiteral("SELECT sqlite_source_id()"));
    if (!source || !*source || (*source)->value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        qCInfo(lcCache) << "the Qt SQLite driver uses another SQLite library; binding through QtSql";
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int bindVariant(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    if (value.metaType() == QMetaType::fromType<qint64>())
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    const QByteArray text = value.toString().toUtf8();
    return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

struct CacheRowWriter::Statements
{
    const CacheTable *table = nullptr;
    QSqlQuery upsert;
    QSqlQuery remove;
    sqlite3_stmt *nativeUpsert = nullptr;
    sqlite3_stmt *nativeRemove = nullptr;

    ~Statements()
    {
        sqlite3_finalize(nativeUpsert);
        sqlite3_finalize(nativeRemove);
    }
};

CacheRowWriter::CacheRowWriter(Storage::Database &db, Binding binding)
    : m_db(db)
    , m_native(binding == Binding::Automatic ? nativeHandle(db) : nullptr)
{
}

CacheRowWriter::~CacheRowWriter() = default;

Result<CacheRowWriter::Statements *> CacheRowWriter::statementsFor(const QString &entity)
{
    if (auto found = m_statements.constFind(entity); found != m_statements.constEnd())
        return found->get();
    const CacheTable *table = CacheSchema::table(entity);
    if (!table)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("The local cache has no place for \"%1\" rows.").arg(entity));

    QStringList columns{table->keyColumn};
    for (const CacheColumn &column : table->columns)
        columns.append(column.name);
    columns.append(QStringLiteral("row_json"));
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), columns.size());
    const QString upsertSql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                  .arg(table->name, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')));
    const QString removeSql = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table->name, table->keyColumn);

    auto statements = std::make_shared<Statements>();
    statements->table = table;
    if (m_native) {
        const QByteArray upsertUtf8 = upsertSql.toUtf8();
        const QByteArray removeUtf8 = removeSql.toUtf8();
        if (sqlite3_prepare_v2(m_native, upsertUtf8.constData(), -1, &statements->nativeUpsert, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_native, removeUtf8.constData(), -1, &statements->nativeRemove, nullptr) != SQLITE_OK)
            return nativeFailure(m_native);
    } else {
        statements->upsert = QSqlQuery(m_db.connection());
        statements->remove = QSqlQuery(m_db.connection());
        if (!statements->upsert.prepare(upsertSql))
            return sqlFailure(statements->upsert);
        if (!statements->remove.prepare(removeSql))
            return sqlFailure(statements->remove);
    }
    Statements *raw = statements.get();
    m_statements.insert(entity, std::move(statements));
    return raw;
}

Status CacheRowWriter::upsert(const QString &entity, const QString &id, const QJsonObject &row, QByteArrayView rowText)
{
    if (id.isEmpty())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("A cached row needs an id."));
    const auto statements = statementsFor(entity);
    if (!statements)
        return std::unexpected(statements.error());
    if (m_native)
        return nativeUpsert(**statements, id, row, rowText);
    QSqlQuery &query = (*statements)->upsert;
    int position = 0;
    query.bindValue(position++, id);
    for (const CacheColumn &column : (*statements)->table->columns)
        query.bindValue(position++, column.valueIn(row));
    query.bindValue(position, rowText.isEmpty() ? QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))
                                                : QString::fromUtf8(rowText));
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot write" << entity << id << query.lastError().text();
        return sqlFailure(query);
    }
    return {};
}

Status CacheRowWriter::nativeUpsert(Statements &statements, const QString &id, const QJsonObject &row, QByteArrayView rowText)
{
    sqlite3_stmt *statement = statements.nativeUpsert;
    const QByteArray key = id.toUtf8();
    const QByteArray serialized = rowText.isEmpty() ? QJsonDocument(row).toJson(QJsonDocument::Compact) : QByteArray();
    const QByteArrayView json = rowText.isEmpty() ? QByteArrayView(serialized) : rowText;
    int position = 1;
    int bound = sqlite3_bind_text(statement, position++, key.constData(), int(key.size()), SQLITE_STATIC);
    for (const CacheColumn &column : statements.table->columns) {
        if (bound == SQLITE_OK)
            bound = bindVariant(statement, position++, column.valueIn(row));
    }
    if (bound == SQLITE_OK)
        bound = sqlite3_bind_text(statement, position, json.data(), int(json.size()), SQLITE_STATIC);
    const int stepped = bound == SQLITE_OK ? sqlite3_step(statement) : bound;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement); // the STATIC texts die with this call
    if (stepped != SQLITE_DONE) {
        qCWarning(lcCache) << "cannot write" << statements.table->entity << id << sqlite3_errmsg(m_native);
        return nativeFailure(m_native);
    }
    return {};
}

Status CacheRowWriter::remove(const QString &entity, const QString &id)
{
    const auto statements = statementsFor(entity);
    if (!statements)
        return std::unexpected(statements.error());
    if (m_native)
        return nativeRemove(**statements, id);
    QSqlQuery &query = (*statements)->remove;
    query.bindValue(0, id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status CacheRowWriter::nativeRemove(Statements &statements, const QString &id)
{
    const QByteArray key = id.toUtf8();
    sqlite3_stmt *statement = statements.nativeRemove;
    int result = sqlite3_bind_text(statement, 1, key.constData(), int(key.size()), SQLITE_STATIC);
    if (result == SQLITE_OK)
        result = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (result != SQLITE_DONE)
        return nativeFailure(m_native);
    return {};
}

} // namespace ClipDesk::Sync
