#include "models/membershipmodel.h"

#include "domain/money.h"
#include "models/displaytext.h"
#include "storage/database.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ClipDesk::Ui {

MembershipModel::MembershipModel(Sync::ClientCache &cache, QString clipperId, QObject *parent)
    : CacheRowTableModel(cache, {Sync::Entity::Membership, Sync::Entity::Campaign, Sync::Entity::Profile}, parent)
    , m_clipperId(std::move(clipperId))
{
    reload();
}

void MembershipModel::setActiveOnly(bool activeOnly)
{
    m_activeOnly = activeOnly;
    reload();
}

int MembershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembershipModel::statusText(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"left")
        return tr("Left");
    if (status == u"removed")
        return tr("Removed");
    return status;
}

QVariant MembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CampaignColumn:
        return tr("Campaign");
    case BrandColumn:
        return tr("Brand");
    case PerClipColumn:
        return tr("Per clip");
    case CpmColumn:
        return tr("CPM rate");
    case RequirementsColumn:
        return tr("Requirements");
    case JoinedColumn:
        return tr("Joined");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QList<QJsonObject> MembershipModel::loadRows(QString &error)
{
    QString sql = QStringLiteral(
        "SELECT m.row_json, c.name, COALESCE(NULLIF(json_extract(b.row_json, '$.company_name'), ''),"
        " NULLIF(b.display_name, ''), b.username), c.row_json"
        " FROM memberships m LEFT JOIN campaigns c ON c.id = m.campaign_id"
        " LEFT JOIN profiles b ON b.user_id = m.brand_id WHERE m.clipper_id = ?");
    if (m_activeOnly)
        sql += QStringLiteral(" AND m.status = 'active'");
    sql += QStringLiteral(" ORDER BY m.joined_at DESC, m.id");
    auto query = cache().database().exec(sql, {m_clipperId});
    if (!query) {
        error = query.error().message;
        return {};
    }
    QList<QJsonObject> rows;
    while (query->next()) {
        QJsonObject row = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        row.insert(QStringLiteral("campaign_name"), query->value(1).toString());
        row.insert(QStringLiteral("brand_name"), query->value(2).toString());
        const QJsonObject campaign = QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object();
        row.insert(QStringLiteral("time_zone"), campaign.value(QStringLiteral("time_zone")).toString());
        rows.append(row);
    }
    return rows;
}

QVariant MembershipModel::cell(const QJsonObject &row, int column, int role) const
{
    const QJsonObject terms = row.value(QStringLiteral("terms")).toObject();
    const QString currency = terms.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
    const qint64 perClip = qint64(terms.value(QStringLiteral("per_clip_minor")).toDouble());
    const qint64 cpm = qint64(terms.value(QStringLiteral("cpm_rate_minor")).toDouble());
    const qint64 joined = DisplayText::epochMs(row.value(QStringLiteral("joined_at")));
    const QString status = row.value(QStringLiteral("status")).toString();
    switch (role) {
    case StatusRole:
        return status;
    case CampaignIdRole:
        return row.value(QStringLiteral("campaign_id")).toString();
    case Qt::TextAlignmentRole:
        if (column == PerClipColumn || column == CpmColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == RequirementsColumn)
            return terms.value(QStringLiteral("requirements")).toString();
        return {};
    case SortRole:
        if (column == PerClipColumn)
            return perClip;
        if (column == CpmColumn)
            return cpm;
        if (column == JoinedColumn)
            return joined;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case CampaignColumn: {
        const QString name = row.value(QStringLiteral("campaign_name")).toString();
        return name.isEmpty() ? tr("(campaign not cached)") : name;
    }
    case BrandColumn:
        return row.value(QStringLiteral("brand_name")).toString();
    case PerClipColumn:
        return perClip > 0 ? Domain::Money{perClip, currency}.toDisplayString() : tr("—");
    case CpmColumn:
        return cpm > 0 ? Domain::Money{cpm, currency}.toDisplayString() : tr("—");
    case RequirementsColumn:
        return terms.value(QStringLiteral("requirements")).toString().simplified();
    case JoinedColumn:
        return DisplayText::date(joined, row.value(QStringLiteral("time_zone")).toString());
    case StatusColumn:
        return statusText(status);
    default:
        return {};
    }
}

} // namespace ClipDesk::Ui
