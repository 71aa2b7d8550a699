#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariantList>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// Negotiation threads in the local cache, one row per thread (its newest round), with the
// campaign's name and both sides' display names; newest activity first. The scope is an SQL
// condition on the newest round, aliased `o` ("o.brand_id = ?", "o.clipper_id = ?").
// Reloads on "offer", "campaign" and "profile" changes.
class OfferThreadListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Campaign, Brand, Clipper, Round, Status, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ThreadIdRole = Qt::UserRole + 1,
        LatestOfferIdRole,
        StatusRole,     // of the newest round: "pending", ...
        AuthorRoleRole, // who wrote the newest round: "brand" / "clipper"
        CampaignIdRole,
        ClipperIdRole,
        SortRole,
    };
    Q_ENUM(Role)

    struct Thread
    {
        QString threadId;
        QString latestOfferId;
        QString campaignId;
        QString campaignName;
        QString brandName;
        QString clipperId;
        QString clipperName;
        QString status;
        QString authorRole;
        int round = 1;
        qint64 createdAtMs = 0;
    };

    explicit OfferThreadListModel(Sync::ClientCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfferThreadListModel)

    void setScope(const QString &condition, const QVariantList &args = {});
    void reload();
    int rowOfThread(const QString &threadId) const;
    const Thread &threadAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Sync::ClientCache &m_cache;
    QString m_condition;
    QVariantList m_args;
    QList<Thread> m_rows;
};

} // namespace ClipDesk::Ui
