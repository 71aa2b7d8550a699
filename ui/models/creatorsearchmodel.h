#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// Clipper profiles in the local cache, searched by category, niche text and minimum reach
// (in SQL on the cache's profile columns), biggest reach first. Reloads on "profile" changes.
class CreatorSearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Username, Category, Niche, Reach, ColumnCount };
    Q_ENUM(Column)
    enum Role { UserIdRole = Qt::UserRole + 1, SortRole, ReachRole, CategoryRole };
    Q_ENUM(Role)

    struct Creator
    {
        QString userId;
        QString displayName;
        QString username;
        QString category;
        QString niche;
        qint64 reach = 0;
    };

    explicit CreatorSearchModel(Sync::ClientCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CreatorSearchModel)

    // Empty category = any; niche matches the niche or the name (case-insensitive).
    void setSearch(const QString &category, const QString &nicheText, qint64 minimumReach);
    void reload();

    const Creator &creatorAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Sync::ClientCache &m_cache;
    QString m_category;
    QString m_niche;
    qint64 m_minimumReach = 0;
    QList<Creator> m_rows;
};

} // namespace ClipDesk::Ui
