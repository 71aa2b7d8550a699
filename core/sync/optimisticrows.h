#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ClipDesk::Sync {

class ClientCache;

// Cache rows as optimistic mutations see and change them. Before a row is first changed,
// the server's version of it (or the fact that the server has none) is kept in `server_rows`,
// so that a rebase can put the server's rows back and re-apply the still-pending mutations.
// Use it inside an open write transaction of the cache.
class OptimisticRows final
{
    Q_DECLARE_TR_FUNCTIONS(OptimisticRows)

public:
    explicit OptimisticRows(ClientCache &cache);
    Q_DISABLE_COPY_MOVE(OptimisticRows)

    Result<std::optional<QJsonObject>> find(const QString &entity, const QString &id);
    // Rows whose columns match an SQL condition, e.g. "campaign_id = ? AND status = 'pending'".
    Result<QList<QJsonObject>> findWhere(const QString &entity, const QString &condition, const QVariantList &args);
    Status put(const QString &entity, const QString &id, const QJsonObject &row);
    Status remove(const QString &entity, const QString &id);

    // Entities written through this object so far.
    const QSet<QString> &changedEntities() const { return m_changed; }

private:
    Status keepServerRow(const QString &entity, const QString &id);

    ClientCache &m_cache;
    QSet<QPair<QString, QString>> m_kept;
    QSet<QString> m_changed;
};

} // namespace ClipDesk::Sync
