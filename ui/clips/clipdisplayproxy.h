#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// What My clips and Submissions add on top of ClipListModel: the thumbnail (from the cache's
// image blobs, a placeholder until the sync engine has downloaded it) as the title's decoration, the reviewer's feedback as the status
// tooltip, and ChipRole, the StatusChipDelegate colour key of each clip status.
class ClipDisplayProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    static constexpr int ChipRole = Qt::UserRole + 100;

    ClipDisplayProxy(Sync::ClientCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClipDisplayProxy)

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // draft blue, uploading amber, submitted teal, approved green, rejected red, published purple.
    static QString chipKey(const QString &status);

private:
    QPixmap thumbnail(const QString &sha256) const;

    Sync::ClientCache &m_cache;
    mutable QHash<QString, QPixmap> m_thumbnails;
};

} // namespace ClipDesk::Ui
