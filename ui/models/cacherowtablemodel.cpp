#include "models/cacherowtablemodel.h"

#include "sync/clientcache.h"

namespace ClipDesk::Ui {

CacheRowTableModel::CacheRowTableModel(Sync::ClientCache &cache, QStringList entities, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_entities(std::move(entities))
{
    connect(&m_cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &changed) {
        for (const QString &entity : changed) {
            if (m_entities.contains(entity)) {
                reload();
                return;
            }
        }
    });
}

int CacheRowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CacheRowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    if (role == RowRole)
        return row;
    if (role == IdRole)
        return idOf(row);
    return cell(row, index.column(), role);
}

QJsonObject CacheRowTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int CacheRowTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (idOf(m_rows.at(i)) == id)
            return int(i);
    }
    return -1;
}

void CacheRowTableModel::reload()
{
    QString error;
    QList<QJsonObject> rows = loadRows(error);
    m_lastError = error;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString CacheRowTableModel::idOf(const QJsonObject &row) const
{
    return row.value(QStringLiteral("id")).toString();
}

} // namespace ClipDesk::Ui
