#include "clips/clipdisplayproxy.h"

#include "models/cliplistmodel.h"
#include "storage/database.h"
#include "sync/clientcache.h"
#include "sync/imagestore.h"

#include <QApplication>
#include <QPainter>
#include <QSqlQuery>
#include <QStyle>

namespace ClipDesk::Ui {

namespace {
constexpr QSize ThumbnailSize{64, 36};
}

ClipDisplayProxy::ClipDisplayProxy(Sync::ClientCache &cache, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_cache(cache)
{
    // A thumbnail that arrives in the cache replaces the placeholder.
    connect(&cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (!entities.contains(QLatin1String(Sync::ImageStore::Entity)) || rowCount() == 0)
            return;
        Q_EMIT dataChanged(index(0, ClipListModel::TitleColumn), index(rowCount() - 1, ClipListModel::TitleColumn),
                           {Qt::DecorationRole});
    });
}

QString ClipDisplayProxy::chipKey(const QString &status)
{
    if (status == u"uploading")
        return QStringLiteral("pending");
    if (status == u"submitted")
        return QStringLiteral("template");
    if (status == u"approved")
        return QStringLiteral("active");
    if (status == u"published")
        return QStringLiteral("completed");
    return status; // draft, rejected
}

QVariant ClipDisplayProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ChipRole)
        return chipKey(index.data(ClipListModel::StatusRole).toString());
    if (role == Qt::DecorationRole && index.column() == ClipListModel::TitleColumn)
        return thumbnail(index.data(ClipListModel::ThumbnailSha256Role).toString());
    if (role == Qt::ToolTipRole && index.column() == ClipListModel::StatusColumn) {
        const QString feedback = index.data(ClipListModel::ReviewFeedbackRole).toString();
        if (!feedback.isEmpty())
            return tr("Reviewer: %1").arg(feedback);
    }
    return QIdentityProxyModel::data(index, role);
}

QPixmap ClipDisplayProxy::thumbnail(const QString &sha256) const
{
    if (const auto cached = m_thumbnails.constFind(sha256); cached != m_thumbnails.cend())
        return *cached;
    QPixmap pixmap;
    if (!sha256.isEmpty()) {
        auto query = m_cache.database().exec(QStringLiteral("SELECT bytes FROM image_blobs WHERE sha256 = ?"), {sha256});
        if (query && query->next())
            pixmap.loadFromData(query->value(0).toByteArray());
    }
    if (pixmap.isNull()) {
        pixmap = QPixmap(ThumbnailSize);
        pixmap.fill(QColor(0x2b, 0x2e, 0x33));
        QPainter painter(&pixmap);
        const QRect icon(QPoint((ThumbnailSize.width() - 16) / 2, (ThumbnailSize.height() - 16) / 2), QSize(16, 16));
        QApplication::style()->standardIcon(QStyle::SP_MediaPlay).paint(&painter, icon);
        return pixmap; // not cached: the real thumbnail may arrive later
    }
    pixmap = pixmap.scaled(ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(sha256, pixmap);
    return pixmap;
}

} // namespace ClipDesk::Ui
