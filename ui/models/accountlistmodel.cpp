#include "models/accountlistmodel.h"

#include "models/displaytext.h"
#include "net/accountidentity.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"

namespace ClipDesk::Ui {

AccountListModel::AccountListModel(Sync::ClientCache &cache, QObject *parent)
    : CacheRowTableModel(cache, {Sync::Entity::Account}, parent)
{
    reload();
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case UsernameColumn:
        return tr("Username");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QList<QJsonObject> AccountListModel::loadRows(QString &error)
{
    auto rows = cache().rows(Sync::Entity::Account, {}, {}, QStringLiteral("created_at DESC, username"));
    if (!rows) {
        error = rows.error().message;
        return {};
    }
    return *rows;
}

QVariant AccountListModel::cell(const QJsonObject &row, int column, int role) const
{
    const QString reason = row.value(QStringLiteral("flagged_reason")).toString();
    const bool flagged = !reason.isEmpty();
    if (role == FlaggedReasonRole)
        return reason;
    if (role == Qt::ToolTipRole && flagged)
        return tr("Flagged: %1").arg(reason);
    const qint64 created = DisplayText::epochMs(row.value(QStringLiteral("created_at")));
    if (role == SortRole && column == CreatedColumn)
        return created;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case EmailColumn:
        return row.value(QStringLiteral("email")).toString();
    case UsernameColumn:
        return row.value(QStringLiteral("username")).toString();
    case RoleColumn:
    {
        Net::AccountIdentity account;
        account.role = row.value(QStringLiteral("role")).toString();
        return account.roleTitle();
    }
    case StateColumn:
        return flagged ? tr("Flagged") : tr("Active");
    case CreatedColumn:
        return DisplayText::time(created);
    default:
        return {};
    }
}

} // namespace ClipDesk::Ui
