#pragma once

#include "models/cacherowtablemodel.h"

#include <QHash>

namespace ClipDesk::Ui {

// The admin audit log (`audit_entry` rows), newest first, with admin and target names resolved
// from the cached accounts and campaigns.
class AuditLogModel final : public CacheRowTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AdminColumn, ActionColumn, TargetColumn, ReasonColumn, ColumnCount };

    explicit AuditLogModel(Sync::ClientCache &cache, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<QJsonObject> loadRows(QString &error) override;
    QVariant cell(const QJsonObject &row, int column, int role) const override;

private:
    QHash<QString, QString> m_names; // account and campaign ids → display names
};

} // namespace ClipDesk::Ui
