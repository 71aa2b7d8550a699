#pragma once

#include "models/cacherowtablemodel.h"

#include <QVariantList>

namespace ClipDesk::Ui {

// Clips of the local cache as a table (the My clips screen, and brands' review queues), newest
// change first. Each row is the clip row JSON plus "campaign_name", "clipper_name" and
// "offline_state" (whether its video is kept on this device). The scope is an SQL condition
// on the cache's `clips` table (alias k): "k.owner_id = ?" for My clips, "k.brand_id = ? AND
// k.status = 'submitted'" for a review queue; empty means every cached clip. Reloads whenever the
// cache announces clip or campaign changes.
class ClipListModel final : public CacheRowTableModel
{
    Q_OBJECT

public:
    // My clips shows the first five; the review queue adds who made it, when it was sent in and
    // whether its video is on this device.
    enum Column {
        TitleColumn,
        CampaignColumn,
        StatusColumn,
        PlatformColumn,
        UpdatedColumn,
        ClipperColumn,
        SubmittedColumn,
        OfflineColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ClipRoles {
        StatusRole = SortRole + 1, // "draft", "uploading", "submitted", "approved", "rejected", "published"
        CampaignIdRole,
        CampaignNameRole,
        PlatformRole,              // a Domain::Platform id
        ThumbnailSha256Role,       // the server-made thumbnail, empty while unknown
        MediaSha256Role,
        ReviewFeedbackRole,
        PostedUrlRole,
        VersionNumberRole,         // 1, 2, ... (re-edits)
        PreviousClipIdRole,
        VersionRole,               // the row version, the base_version of the next mutation
        UpdatedAtRole,             // epoch ms
        ClipperNameRole,           // the owner's display name (or username) from the cached profile
        SubmittedAtRole,           // epoch ms, 0 before submission
        OfflineStateRole,          // OfflineMediaStore state of its video: "", "downloading", "paused", "ready", "failed"
    };
    Q_ENUM(ClipRoles)

    explicit ClipListModel(Sync::ClientCache &cache, QObject *parent = nullptr);

    // Which clips; reloads at once.
    void setScope(const QString &condition, const QVariantList &args = {});
    // Hides versions that have a newer version in the cache (default: shown).
    void setLatestVersionsOnly(bool latestOnly);

    static QString statusText(const QString &status);
    static QString platformText(const QString &platform);
    static QString offlineText(const QString &offlineState);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<QJsonObject> loadRows(QString &error) override;
    QVariant cell(const QJsonObject &row, int column, int role) const override;

private:
    QString m_condition;
    QVariantList m_args;
    bool m_latestOnly = false;
};

} // namespace ClipDesk::Ui
