#include "sync/optimisticrows.h"

#include "storage/database.h"
#include "sync/cacherowwriter.h"
#include "sync/cacheschema.h"
#include "sync/clientcache.h"

namespace ClipDesk::Sync {

OptimisticRows::OptimisticRows(ClientCache &cache)
    : m_cache(cache)
{
}

Result<std::optional<QJsonObject>> OptimisticRows::find(const QString &entity, const QString &id)
{
    return m_cache.row(entity, id);
}

Result<QList<QJsonObject>> OptimisticRows::findWhere(const QString &entity, const QString &condition,
                                                     const QVariantList &args)
{
    return m_cache.rows(entity, condition, args);
}

Status OptimisticRows::keepServerRow(const QString &entity, const QString &id)
{
    const QPair<QString, QString> key{entity, id};
    if (m_kept.contains(key))
        return {};
    const CacheTable *table = CacheSchema::table(entity);
    if (!table)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown entity \"%1\".").arg(entity));
    // Only the first change after the last rebase keeps a copy: later ones would copy our own.
    const auto kept = m_cache.database().exec(
        QStringLiteral("INSERT OR IGNORE INTO server_rows (entity, id, row_json) VALUES (?, ?, (SELECT row_json FROM %1 WHERE %2 = ?))")
            .arg(table->name, table->keyColumn),
        {entity, id, id});
    if (!kept)
        return std::unexpected(kept.error());
    m_kept.insert(key);
    return {};
}

Status OptimisticRows::put(const QString &entity, const QString &id, const QJsonObject &row)
{
    if (auto kept = keepServerRow(entity, id); !kept)
        return kept;
    if (auto written = m_cache.rowWriter().upsert(entity, id, row); !written)
        return written;
    m_changed.insert(entity);
    return {};
}

Status OptimisticRows::remove(const QString &entity, const QString &id)
{
    if (auto kept = keepServerRow(entity, id); !kept)
        return kept;
    if (auto removed = m_cache.rowWriter().remove(entity, id); !removed)
        return removed;
    m_changed.insert(entity);
    return {};
}

} // namespace ClipDesk::Sync
