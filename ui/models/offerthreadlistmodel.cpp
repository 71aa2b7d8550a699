#include "offerthreadlistmodel.h"

#include "domain/offer.h"
#include "offerthreadmodel.h"
#include "storage/database.h"
#include "sync/clientcache.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace ClipDesk::Ui {

OfferThreadListModel::OfferThreadListModel(Sync::ClientCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(&m_cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (entities.contains(QStringLiteral("offer")) || entities.contains(QStringLiteral("campaign"))
            || entities.contains(QStringLiteral("profile")))
            reload();
    });
}

void OfferThreadListModel::setScope(const QString &condition, const QVariantList &args)
{
    m_condition = condition;
    m_args = args;
    reload();
}

void OfferThreadListModel::reload()
{
    QString sql = QStringLiteral(
        "SELECT o.thread_id, o.id, o.campaign_id, c.name, COALESCE(NULLIF(b.display_name, ''), b.username),"
        " o.clipper_id, COALESCE(NULLIF(p.display_name, ''), p.username), o.status, o.author_role, o.round, o.created_at"
        " FROM offers o LEFT JOIN campaigns c ON c.id = o.campaign_id"
        " LEFT JOIN profiles b ON b.user_id = o.brand_id LEFT JOIN profiles p ON p.user_id = o.clipper_id"
        " WHERE o.round = (SELECT MAX(round) FROM offers r WHERE r.thread_id = o.thread_id)");
    if (!m_condition.isEmpty())
        sql += QStringLiteral(" AND (") + m_condition + u')';
    sql += QStringLiteral(" ORDER BY o.created_at DESC, o.id");
    QList<Thread> rows;
    if (auto query = m_cache.database().exec(sql, m_args)) {
        while (query->next()) {
            Thread thread;
            thread.threadId = query->value(0).toString();
            thread.latestOfferId = query->value(1).toString();
            thread.campaignId = query->value(2).toString();
            thread.campaignName = query->value(3).toString();
            thread.brandName = query->value(4).toString();
            thread.clipperId = query->value(5).toString();
            thread.clipperName = query->value(6).toString();
            thread.status = query->value(7).toString();
            thread.authorRole = query->value(8).toString();
            thread.round = query->value(9).toInt();
            thread.createdAtMs = query->value(10).toLongLong();
            rows.append(thread);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OfferThreadListModel::rowOfThread(const QString &threadId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).threadId == threadId)
            return row;
    }
    return -1;
}

int OfferThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfferThreadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferThreadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Thread &thread = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Campaign: return thread.campaignName.isEmpty() ? tr("(campaign not cached)") : thread.campaignName;
        case Brand: return thread.brandName;
        case Clipper: return thread.clipperName.isEmpty() ? thread.clipperId : thread.clipperName;
        case Round: return thread.round;
        case Status: {
            const auto status = Domain::offerStatusFromName(thread.status);
            return status ? OfferThreadModel::statusText(*status) : thread.status;
        }
        case Updated:
            return thread.createdAtMs > 0
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(thread.createdAtMs), QLocale::ShortFormat)
                       : QString();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Round ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    case ThreadIdRole: return thread.threadId;
    case LatestOfferIdRole: return thread.latestOfferId;
    case StatusRole: return thread.status;
    case AuthorRoleRole: return thread.authorRole;
    case CampaignIdRole: return thread.campaignId;
    case ClipperIdRole: return thread.clipperId;
    case SortRole:
        if (index.column() == Updated)
            return thread.createdAtMs;
        if (index.column() == Round)
            return thread.round;
        return data(index, Qt::DisplayRole).toString().toLower();
    default: return {};
    }
}

QVariant OfferThreadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Campaign: return tr("Campaign");
    case Brand: return tr("Brand");
    case Clipper: return tr("Clipper");
    case Round: return tr("Round");
    case Status: return tr("Status");
    case Updated: return tr("Last activity");
    default: return {};
    }
}

} // namespace ClipDesk::Ui
