#include "creatorsearchmodel.h"

#include "storage/database.h"
#include "sync/clientcache.h"

#include <QLocale>
#include <QSqlQuery>

namespace ClipDesk::Ui {

CreatorSearchModel::CreatorSearchModel(Sync::ClientCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(&m_cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (entities.contains(QStringLiteral("profile")))
            reload();
    });
    reload();
}

void CreatorSearchModel::setSearch(const QString &category, const QString &nicheText, qint64 minimumReach)
{
    m_category = category;
    m_niche = nicheText.trimmed();
    m_minimumReach = minimumReach;
    reload();
}

void CreatorSearchModel::reload()
{
    QString sql = QStringLiteral("SELECT user_id, display_name, username, category, niche, reach FROM profiles"
                                 " WHERE role = 'clipper'");
    QVariantList args;
    if (!m_category.isEmpty()) {
        sql += QStringLiteral(" AND category = ?");
        args.append(m_category);
    }
    if (!m_niche.isEmpty()) {
        sql += QStringLiteral(" AND (niche LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\' OR username LIKE ? ESCAPE '\\')");
        QString pattern = m_niche;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        args << pattern << pattern << pattern;
    }
    if (m_minimumReach > 0) {
        sql += QStringLiteral(" AND reach >= ?");
        args.append(m_minimumReach);
    }
    sql += QStringLiteral(" ORDER BY reach DESC, display_name COLLATE NOCASE LIMIT 5000");
    QList<Creator> rows;
    if (auto query = m_cache.database().exec(sql, args)) {
        while (query->next()) {
            rows.append(Creator{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                                query->value(3).toString(), query->value(4).toString(), query->value(5).toLongLong()});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CreatorSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreatorSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreatorSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Creator &creator = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return creator.displayName.isEmpty() ? creator.username : creator.displayName;
        case Username: return creator.username.isEmpty() ? QString() : u'@' + creator.username;
        case Category: return creator.category;
        case Niche: return creator.niche;
        case Reach: return QLocale().toString(creator.reach);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Reach ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        if (index.column() == Reach)
            return creator.reach;
        return data(index, Qt::DisplayRole).toString().toLower();
    case UserIdRole: return creator.userId;
    case ReachRole: return creator.reach;
    case CategoryRole: return creator.category;
    default: return {};
    }
}

QVariant CreatorSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Reach)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Creator");
    case Username: return tr("Username");
    case Category: return tr("Category");
    case Niche: return tr("Niche");
    case Reach: return tr("Reach");
    default: return {};
    }
}

} // namespace ClipDesk::Ui
