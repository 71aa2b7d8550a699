#include "sync/cacherowwriter.h"

#include "storage/database.h"
#include "sync/cachelog.h"
#include "sync/cacheschema.h"

#include <QJsonDocument>
#include <QSqlError>

namespace ClipDesk::Sync {

namespace {

std::unexpected<Error> sqlFailure(const QSqlQuery &query)
{
    return failure(QString::fromLatin1(ErrorCode::Storage), query.lastError().text().trimmed());
}

} // namespace

CacheRowWriter::CacheRowWriter(Storage::Database &db)
    : m_db(db)
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

    auto statements = std::make_shared<Statements>();
    statements->table = table;
    statements->upsert = QSqlQuery(m_db.connection());
    statements->remove = QSqlQuery(m_db.connection());
    const QString upsertSql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                  .arg(table->name, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')));
    if (!statements->upsert.prepare(upsertSql))
        return sqlFailure(statements->upsert);
    if (!statements->remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table->name, table->keyColumn)))
        return sqlFailure(statements->remove);
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
    QSqlQuery &query = (*statements)->upsert;
    const QList<CacheColumn> &columns = (*statements)->table->columns;
    int position = 0;
    query.bindValue(position++, id);
    for (const CacheColumn &column : columns)
        query.bindValue(position++, column.valueIn(row));
    query.bindValue(position, rowText.isEmpty() ? QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))
                                                : QString::fromUtf8(rowText));
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot write" << entity << id << query.lastError().text();
        return sqlFailure(query);
    }
    return {};
}

Status CacheRowWriter::remove(const QString &entity, const QString &id)
{
    const auto statements = statementsFor(entity);
    if (!statements)
        return std::unexpected(statements.error());
    QSqlQuery &query = (*statements)->remove;
    query.bindValue(0, id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

} // namespace ClipDesk::Sync
