#pragma once

#include "models/cacherowtablemodel.h"

namespace ClipDesk::Ui {

// Every account an admin sees (the `account` entity), newest first.
class AccountListModel final : public CacheRowTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, UsernameColumn, RoleColumn, StateColumn, CreatedColumn, ColumnCount };
    enum AccountRoles { FlaggedReasonRole = SortRole + 1 };

    explicit AccountListModel(Sync::ClientCache &cache, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<QJsonObject> loadRows(QString &error) override;
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

} // namespace ClipDesk::Ui
