#include "models/auditlogmodel.h"

#include "models/displaytext.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"

namespace ClipDesk::Ui {

AuditLogModel::AuditLogModel(Sync::ClientCache &cache, QObject *parent)
    : CacheRowTableModel(cache, {Sync::Entity::AuditEntry, Sync::Entity::Account, Sync::Entity::Campaign}, parent)
{
    reload();
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AdminColumn:
        return tr("Admin");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QList<QJsonObject> AuditLogModel::loadRows(QString &error)
{
    m_names.clear();
    if (auto accounts = cache().rows(Sync::Entity::Account)) {
        for (const QJsonObject &account : *accounts)
            m_names.insert(account.value(QStringLiteral("id")).toString(), account.value(QStringLiteral("username")).toString());
    }
    if (auto campaigns = cache().rows(Sync::Entity::Campaign)) {
        for (const QJsonObject &campaign : *campaigns)
            m_names.insert(campaign.value(QStringLiteral("id")).toString(), campaign.value(QStringLiteral("name")).toString());
    }
    auto rows = cache().rows(Sync::Entity::AuditEntry, {}, {}, QStringLiteral("created_at DESC, id"));
    if (!rows) {
        error = rows.error().message;
        return {};
    }
    return *rows;
}

QVariant AuditLogModel::cell(const QJsonObject &row, int column, int role) const
{
    const qint64 created = DisplayText::epochMs(row.value(QStringLiteral("created_at")));
    if (role == SortRole && column == TimeColumn)
        return created;
    const QString reason = row.value(QStringLiteral("reason")).toString();
    if (role == Qt::ToolTipRole && column == ReasonColumn)
        return reason;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case TimeColumn:
        return DisplayText::time(created);
    case AdminColumn: {
        const QString id = row.value(QStringLiteral("admin_id")).toString();
        return m_names.value(id, id);
    }
    case ActionColumn:
        return row.value(QStringLiteral("action")).toString();
    case TargetColumn: {
        const QString id = row.value(QStringLiteral("target_id")).toString();
        return tr("%1: %2").arg(row.value(QStringLiteral("target_entity")).toString(), m_names.value(id, id));
    }
    case ReasonColumn:
        return reason;
    default:
        return {};
    }
}

} // namespace ClipDesk::Ui
