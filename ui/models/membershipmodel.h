#pragma once

#include "models/cacherowtablemodel.h"

namespace ClipDesk::Ui {

// One clipper's campaign memberships (active ones only, unless told otherwise) with the
// campaign's and the brand's names and the agreed terms, newest first. Each row is the
// membership row JSON plus "campaign_name", "brand_name" and "time_zone".
class MembershipModel final : public CacheRowTableModel
{
    Q_OBJECT

public:
    enum Column { CampaignColumn, BrandColumn, PerClipColumn, CpmColumn, RequirementsColumn, JoinedColumn, StatusColumn,
                  ColumnCount };
    enum MembershipRoles { StatusRole = SortRole + 1, CampaignIdRole };

    MembershipModel(Sync::ClientCache &cache, QString clipperId, QObject *parent = nullptr);

    void setActiveOnly(bool activeOnly);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString statusText(const QString &status);

protected:
    QList<QJsonObject> loadRows(QString &error) override;
    QVariant cell(const QJsonObject &row, int column, int role) const override;

private:
    QString m_clipperId;
    bool m_activeOnly = true;
};

} // namespace ClipDesk::Ui
