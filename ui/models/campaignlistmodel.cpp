#include "campaignlistmodel.h"

#include "campaignrowloader.h"
#include "domain/money.h"
#include "storage/database.h"
#include "sync/clientcache.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace ClipDesk::Ui {

namespace {

Q_LOGGING_CATEGORY(lcUiModels, "clipdesk.ui.models")

const QString CampaignEntity = QStringLiteral("campaign");

QString formatDate(qint64 ms, const QString &zoneId)
{
    if (ms <= 0)
        return {};
    static thread_local QHash<QString, QTimeZone> zones;
    auto zone = zones.constFind(zoneId);
    if (zone == zones.cend())
        zone = zones.insert(zoneId, QTimeZone(zoneId.isEmpty() ? QByteArrayLiteral("UTC") : zoneId.toUtf8()));
    QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (zone->isValid())
        time = time.toTimeZone(*zone);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

CampaignListModel::CampaignListModel(Sync::ClientCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    for (int column = 0; column < ColumnCount; ++column)
        m_columns.append(Column(column));
    connect(&m_cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (entities.contains(CampaignEntity))
            reload();
    });
}

void CampaignListModel::setScope(const QString &condition, const QVariantList &args)
{
    m_condition = condition;
    m_args = args;
    reload();
}

void CampaignListModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void CampaignListModel::reload()
{
    applyDiff(load());
    Q_EMIT reloaded();
}

std::vector<CampaignListRow> CampaignListModel::load()
{
    m_timeZones.clear();
    auto rows = CampaignRowLoader(m_cache).load(m_condition, m_args);
    if (!rows) {
        m_lastError = rows.error().message;
        qCWarning(lcUiModels) << "campaign list query failed:" << m_lastError;
        return {};
    }
    m_lastError.clear();
    return std::move(*rows); // ordered by id (QString order) by the loader
}

QString CampaignListModel::timeZoneOf(const CampaignListRow &row) const
{
    auto it = m_timeZones.constFind(row.id);
    if (it == m_timeZones.cend())
        it = m_timeZones.insert(row.id, CampaignRowLoader(m_cache).timeZone(row.id));
    return it->isEmpty() ? QStringLiteral("UTC") : *it;
}

// Both lists are ordered by id: one merge walk finds removed, inserted and changed rows.
void CampaignListModel::applyDiff(std::vector<CampaignListRow> next)
{
    constexpr size_t MaxFineGrainedChanges = 2000;
    if (m_rows.empty() || next.empty()) {
        if (m_rows.empty() && next.empty())
            return;
        beginResetModel();
        m_rows = std::move(next);
        sortKeysReset();
        endResetModel();
        return;
    }
    // Count structural changes first; a bulk change is cheaper as one reset.
    size_t structural = 0;
    {
        size_t i = 0, j = 0;
        while (i < m_rows.size() || j < next.size()) {
            if (j == next.size() || (i < m_rows.size() && m_rows[i].id < next[j].id)) {
                ++structural;
                ++i;
            } else if (i == m_rows.size() || next[j].id < m_rows[i].id) {
                ++structural;
                ++j;
            } else {
                ++i;
                ++j;
            }
        }
    }
    if (structural > MaxFineGrainedChanges) {
        beginResetModel();
        m_rows = std::move(next);
        sortKeysReset();
        endResetModel();
        return;
    }
    size_t i = 0, j = 0;
    while (i < m_rows.size() || j < next.size()) {
        if (j == next.size() || (i < m_rows.size() && m_rows[i].id < next[j].id)) {
            size_t end = i + 1; // a run of removed rows
            while (end < m_rows.size() && (j == next.size() || m_rows[end].id < next[j].id))
                ++end;
            beginRemoveRows({}, int(i), int(end - 1));
            m_rows.erase(m_rows.begin() + qsizetype(i), m_rows.begin() + qsizetype(end));
            sortKeysErased(i, end);
            endRemoveRows();
        } else if (i == m_rows.size() || next[j].id < m_rows[i].id) {
            size_t end = j + 1; // a run of inserted rows
            while (end < next.size() && (i == m_rows.size() || next[end].id < m_rows[i].id))
                ++end;
            beginInsertRows({}, int(i), int(i + (end - j) - 1));
            m_rows.insert(m_rows.begin() + qsizetype(i), std::make_move_iterator(next.begin() + qsizetype(j)),
                          std::make_move_iterator(next.begin() + qsizetype(end)));
            sortKeysInserted(i, end - j);
            endInsertRows();
            i += end - j;
            j = end;
        } else {
            if (!(m_rows[i] == next[j])) {
                m_rows[i] = std::move(next[j]);
                sortKeysChanged(i);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
            ++i;
            ++j;
        }
    }
}

bool CampaignListModel::isNumeric(Column column)
{
    switch (column) {
    case Budget:
    case CpmRate:
    case PerClip:
    case StartsAt:
    case EndsAt:
    case UpdatedAt:
        return true;
    default:
        return false;
    }
}

qint64 CampaignListModel::numericValue(const CampaignListRow &row, Column column)
{
    switch (column) {
    case Budget: return row.budgetMinor;
    case CpmRate: return row.cpmRateMinor;
    case PerClip: return row.perClipMinor;
    case StartsAt: return row.startsAtMs;
    case EndsAt: return row.endsAtMs;
    case UpdatedAt: return row.updatedAtMs;
    default: return 0;
    }
}

const std::vector<qint64> &CampaignListModel::numericSortKeys(Column column) const
{
    static const std::vector<qint64> none;
    if (!isNumeric(column))
        return none;
    std::vector<qint64> &keys = m_sortKeys[size_t(column)];
    if (keys.size() != m_rows.size()) {
        keys.resize(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            keys[i] = numericValue(m_rows[i], column);
    }
    return keys;
}

void CampaignListModel::sortKeysReset()
{
    for (std::vector<qint64> &keys : m_sortKeys)
        keys = {};
}

void CampaignListModel::sortKeysErased(size_t first, size_t end)
{
    for (std::vector<qint64> &keys : m_sortKeys) {
        if (!keys.empty())
            keys.erase(keys.begin() + qsizetype(first), keys.begin() + qsizetype(end));
    }
}

void CampaignListModel::sortKeysInserted(size_t first, size_t count)
{
    for (size_t column = 0; column < m_sortKeys.size(); ++column) {
        std::vector<qint64> &keys = m_sortKeys[column];
        if (keys.empty())
            continue;
        keys.insert(keys.begin() + qsizetype(first), count, 0);
        for (size_t i = first; i < first + count; ++i)
            keys[i] = numericValue(m_rows[i], Column(column));
    }
}

void CampaignListModel::sortKeysChanged(size_t row)
{
    for (size_t column = 0; column < m_sortKeys.size(); ++column) {
        if (!m_sortKeys[column].empty())
            m_sortKeys[column][row] = numericValue(m_rows[row], Column(column));
    }
}

int CampaignListModel::rowOfId(const QString &id) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const CampaignListRow &row, const QString &key) { return row.id < key; });
    if (it == m_rows.end() || it->id != id)
        return -1;
    return int(it - m_rows.begin());
}

QString CampaignListModel::statusText(const QString &status)
{
    if (status == u"draft")
        return tr("Draft");
    if (status == u"active")
        return tr("Active");
    if (status == u"paused")
        return tr("Paused");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"archived")
        return tr("Archived");
    return status;
}

QString CampaignListModel::payoutModelText(const QString &model)
{
    if (model == u"cpm")
        return tr("CPM");
    if (model == u"per_clip")
        return tr("Per clip");
    if (model == u"hybrid")
        return tr("CPM + per clip");
    return tr("Not set");
}

QString CampaignListModel::platformText(const QString &platform)
{
    if (platform == u"youtube_shorts")
        return tr("YouTube Shorts");
    if (platform == u"tiktok")
        return tr("TikTok");
    if (platform == u"instagram_reels")
        return tr("Instagram Reels");
    return platform;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CampaignListModel::displayValue(const CampaignListRow &row, Column column) const
{
    const auto money = [&row](qint64 minor) { return Domain::Money{minor, row.currency}.toDisplayString(); };
    switch (column) {
    case Name:
        return row.isTemplate ? tr("%1 (template)").arg(row.name) : row.name;
    case Status:
        return row.isTemplate ? tr("Template") : statusText(row.status);
    case Category:
        return row.category;
    case Budget:
        return money(row.budgetMinor);
    case CpmRate:
        return row.cpmRateMinor > 0 ? money(row.cpmRateMinor) : QString();
    case PerClip:
        return row.perClipMinor > 0 ? money(row.perClipMinor) : QString();
    case PayoutModel:
        return payoutModelText(row.payoutModel);
    case Platforms: {
        QStringList names;
        for (const QString &platform : row.platforms.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(platformText(platform));
        return names.join(QStringLiteral(", "));
    }
    case StartsAt:
        return formatDate(row.startsAtMs, timeZoneOf(row));
    case EndsAt:
        return formatDate(row.endsAtMs, timeZoneOf(row));
    case UpdatedAt:
        return row.updatedAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(row.updatedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : QString();
    case Visibility:
        return row.visibility == u"private" ? tr("Private") : tr("Public");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignListModel::sortValue(const CampaignListRow &row, Column column) const
{
    switch (column) {
    case Name: return row.name;
    case Status: return row.status;
    case Category: return row.category;
    case Budget: return row.budgetMinor;
    case CpmRate: return row.cpmRateMinor;
    case PerClip: return row.perClipMinor;
    case PayoutModel: return row.payoutModel;
    case Platforms: return row.platforms;
    case StartsAt: return row.startsAtMs;
    case EndsAt: return row.endsAtMs;
    case UpdatedAt: return row.updatedAtMs;
    case Visibility: return row.visibility;
    case ColumnCount: break;
    }
    return {};
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignListRow &row = m_rows[size_t(index.row())];
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        if (!row.flaggedReason.isEmpty())
            return tr("Flagged by an admin: %1").arg(row.flaggedReason);
        if (column == StartsAt || column == EndsAt)
            return tr("Time zone: %1").arg(timeZoneOf(row));
        return column == Budget ? tr("The campaign's whole budget (spending is not tracked yet).") : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Budget || column == CpmRate || column == PerClip)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole: return row.id;
    case SortRole: return sortValue(row, column);
    case StatusRole: return row.isTemplate ? QStringLiteral("template") : row.status;
    case CategoryRole: return row.category;
    case CurrencyRole: return row.currency;
    case BudgetMinorRole: return row.budgetMinor;
    case CpmRateMinorRole: return row.cpmRateMinor;
    case PerClipMinorRole: return row.perClipMinor;
    case PayoutModelRole: return row.payoutModel;
    case PlatformsRole: return row.platforms.split(QLatin1Char(','), Qt::SkipEmptyParts);
    case StartsAtRole: return row.startsAtMs;
    case EndsAtRole: return row.endsAtMs;
    case VersionRole: return row.version;
    case IsTemplateRole: return row.isTemplate;
    case BrandIdRole: return row.brandId;
    case FlaggedReasonRole: return row.flaggedReason;
    case VisibilityRole: return row.visibility;
    case TimeZoneRole: return timeZoneOf(row);
    default: break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.at(section);
    if (role == Qt::ToolTipRole && column == Budget)
        return tr("The campaign's whole budget. Spending is not tracked yet, so the budget left is the budget.");
    if (role == Qt::TextAlignmentRole && (column == Budget || column == CpmRate || column == PerClip))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Category: return tr("Category");
    case Budget: return tr("Budget");
    case CpmRate: return tr("CPM rate");
    case PerClip: return tr("Per clip");
    case PayoutModel: return tr("Payout");
    case Platforms: return tr("Platforms");
    case StartsAt: return tr("Starts");
    case EndsAt: return tr("Ends");
    case UpdatedAt: return tr("Updated");
    case Visibility: return tr("Visibility");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> CampaignListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("campaignId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    return names;
}

} // namespace ClipDesk::Ui
