#include "models/cliplistmodel.h"

#include "domain/clip.h"
#include "domain/cliprules.h"
#include "models/displaytext.h"
#include "storage/database.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/offlinemediastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ClipDesk::Ui {

ClipListModel::ClipListModel(Sync::ClientCache &cache, QObject *parent)
    : CacheRowTableModel(cache, {Sync::Entity::Clip, Sync::Entity::Campaign, Sync::Entity::Profile,
                                 QString::fromLatin1(Sync::OfflineMediaStore::Entity)},
                         parent)
{
    reload();
}

void ClipListModel::setScope(const QString &condition, const QVariantList &args)
{
    m_condition = condition;
    m_args = args;
    reload();
}

void ClipListModel::setLatestVersionsOnly(bool latestOnly)
{
    m_latestOnly = latestOnly;
    reload();
}

QString ClipListModel::statusText(const QString &status)
{
    if (status == u"draft")
        return tr("Draft");
    if (status == u"uploading")
        return tr("Uploading");
    if (status == u"submitted")
        return tr("Submitted");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"rejected")
        return tr("Rejected");
    if (status == u"published")
        return tr("Published");
    return status;
}

QString ClipListModel::platformText(const QString &platform)
{
    return platform.isEmpty() ? tr("—") : Domain::ClipRules::platformDisplayName(platform);
}

QString ClipListModel::offlineText(const QString &offlineState)
{
    if (offlineState == u"ready")
        return tr("Offline");
    if (offlineState == u"downloading")
        return tr("Downloading…");
    if (offlineState == u"paused")
        return tr("Paused");
    if (offlineState == u"failed")
        return tr("Download failed");
    return {};
}

int ClipListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CampaignColumn:
        return tr("Campaign");
    case StatusColumn:
        return tr("Status");
    case PlatformColumn:
        return tr("Platform");
    case UpdatedColumn:
        return tr("Updated");
    case ClipperColumn:
        return tr("Clipper");
    case SubmittedColumn:
        return tr("Submitted");
    case OfflineColumn:
        return tr("Offline copy");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClipListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RowRole, QByteArrayLiteral("row"));
    names.insert(IdRole, QByteArrayLiteral("clipId"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(CampaignIdRole, QByteArrayLiteral("campaignId"));
    names.insert(CampaignNameRole, QByteArrayLiteral("campaignName"));
    names.insert(PlatformRole, QByteArrayLiteral("platform"));
    names.insert(ThumbnailSha256Role, QByteArrayLiteral("thumbnailSha256"));
    names.insert(MediaSha256Role, QByteArrayLiteral("mediaSha256"));
    names.insert(ReviewFeedbackRole, QByteArrayLiteral("reviewFeedback"));
    names.insert(PostedUrlRole, QByteArrayLiteral("postedUrl"));
    names.insert(VersionNumberRole, QByteArrayLiteral("versionNumber"));
    names.insert(PreviousClipIdRole, QByteArrayLiteral("previousClipId"));
    names.insert(VersionRole, QByteArrayLiteral("version"));
    names.insert(UpdatedAtRole, QByteArrayLiteral("updatedAt"));
    names.insert(ClipperNameRole, QByteArrayLiteral("clipperName"));
    names.insert(SubmittedAtRole, QByteArrayLiteral("submittedAt"));
    names.insert(OfflineStateRole, QByteArrayLiteral("offlineState"));
    return names;
}

QList<QJsonObject> ClipListModel::loadRows(QString &error)
{
    QStringList conditions;
    if (!m_condition.isEmpty())
        conditions.append(u'(' + m_condition + u')');
    if (m_latestOnly)
        conditions.append(QStringLiteral("NOT EXISTS (SELECT 1 FROM clips n WHERE n.previous_clip_id = k.id)"));
    QString sql = QStringLiteral("SELECT k.row_json, c.name, COALESCE(NULLIF(p.display_name, ''), p.username), o.state"
                                 " FROM clips k LEFT JOIN campaigns c ON c.id = k.campaign_id"
                                 " LEFT JOIN profiles p ON p.user_id = k.owner_id"
                                 " LEFT JOIN offline_media o ON o.media_sha256 = k.media_sha256");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY k.updated_at DESC, k.id");
    auto query = cache().database().exec(sql, m_args);
    if (!query) {
        error = query.error().message;
        return {};
    }
    QList<QJsonObject> rows;
    while (query->next()) {
        QJsonObject row = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        row.insert(QStringLiteral("campaign_name"), query->value(1).toString());
        row.insert(QStringLiteral("clipper_name"), query->value(2).toString());
        row.insert(QStringLiteral("offline_state"), query->value(3).toString());
        rows.append(row);
    }
    return rows;
}

QVariant ClipListModel::cell(const QJsonObject &row, int column, int role) const
{
    const QString status = row.value(QStringLiteral("status")).toString();
    const QString campaignId = row.value(QStringLiteral("campaign_id")).toString();
    const QString campaignName = row.value(QStringLiteral("campaign_name")).toString();
    const QString feedback = row.value(QStringLiteral("review_feedback")).toString();
    const qint64 updated = DisplayText::epochMs(row.value(QStringLiteral("updated_at")));
    const int versionNumber = row.value(QStringLiteral("version_number")).toInt(1);
    const qint64 submitted = DisplayText::epochMs(row.value(QStringLiteral("submitted_at")));
    const QString offline = row.value(QStringLiteral("offline_state")).toString();
    switch (role) {
    case StatusRole:
        return status;
    case CampaignIdRole:
        return campaignId;
    case CampaignNameRole:
        return campaignName;
    case PlatformRole:
        return row.value(QStringLiteral("platform")).toString();
    case ThumbnailSha256Role:
        return row.value(QStringLiteral("thumbnail_sha256")).toString();
    case MediaSha256Role:
        return row.value(QStringLiteral("media_sha256")).toString();
    case ReviewFeedbackRole:
        return feedback;
    case PostedUrlRole:
        return row.value(QStringLiteral("posted_url")).toString();
    case VersionNumberRole:
        return versionNumber;
    case PreviousClipIdRole:
        return row.value(QStringLiteral("previous_clip_id")).toString();
    case VersionRole:
        return qint64(row.value(QStringLiteral("version")).toDouble());
    case UpdatedAtRole:
        return updated;
    case ClipperNameRole:
        return row.value(QStringLiteral("clipper_name")).toString();
    case SubmittedAtRole:
        return submitted;
    case OfflineStateRole:
        return offline;
    case Qt::ToolTipRole:
        if (column == StatusColumn && !feedback.isEmpty())
            return tr("Reviewer feedback: %1").arg(feedback);
        return {};
    case SortRole:
        if (column == UpdatedColumn)
            return updated;
        if (column == SubmittedColumn)
            return submitted;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case TitleColumn: {
        const QString title = row.value(QStringLiteral("title")).toString();
        return versionNumber > 1 ? tr("%1 (version %2)").arg(title).arg(versionNumber) : title;
    }
    case CampaignColumn:
        if (campaignId.isEmpty())
            return tr("—");
        return campaignName.isEmpty() ? tr("(campaign not cached)") : campaignName;
    case StatusColumn:
        return statusText(status);
    case PlatformColumn:
        return platformText(row.value(QStringLiteral("platform")).toString());
    case UpdatedColumn:
        return DisplayText::time(updated);
    case ClipperColumn: {
        const QString name = row.value(QStringLiteral("clipper_name")).toString();
        return name.isEmpty() ? tr("(unknown clipper)") : name;
    }
    case SubmittedColumn:
        return submitted > 0 ? DisplayText::time(submitted) : tr("—");
    case OfflineColumn:
        return offlineText(offline);
    default:
        return {};
    }
}

} // namespace ClipDesk::Ui
