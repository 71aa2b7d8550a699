#include "sync/imagestore.h"

#include "storage/database.h"
#include "sync/clientcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace ClipDesk::Sync {

namespace {

std::optional<ImageSlot> slotFromName(const QString &name)
{
    if (name == u"avatar")
        return ImageSlot::Avatar;
    if (name == u"logo")
        return ImageSlot::Logo;
    return std::nullopt;
}

} // namespace

ImageStore::ImageStore(ClientCache &cache)
    : m_cache(cache)
{
}

QString ImageStore::slotName(ImageSlot slot)
{
    return slot == ImageSlot::Avatar ? QStringLiteral("avatar") : QStringLiteral("logo");
}

QString ImageStore::uploadPath(ImageSlot slot)
{
    return QStringLiteral("/api/v1/profile/") + slotName(slot);
}

Status ImageStore::queueUpload(ImageSlot slot, const QByteArray &png)
{
    if (png.isEmpty())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("The picture is empty."));
    auto written = m_cache.database().exec(
        QStringLiteral("INSERT INTO pending_images (slot, png, queued_at, error) VALUES (?, ?, ?, NULL)"
                       " ON CONFLICT (slot) DO UPDATE SET png = excluded.png, queued_at = excluded.queued_at, error = NULL"),
        {slotName(slot), png, QDateTime::currentMSecsSinceEpoch()});
    if (!written)
        return std::unexpected(written.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Result<std::optional<PendingImage>> ImageStore::pending(ImageSlot slot)
{
    auto record = m_cache.database().queryOne(
        QStringLiteral("SELECT png, queued_at, error FROM pending_images WHERE slot = ?"), {slotName(slot)});
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::optional<PendingImage>();
    const QSqlRecord &row = **record;
    return std::optional<PendingImage>(PendingImage{slot, row.value(0).toByteArray(), row.value(1).toLongLong(), row.value(2).toString()});
}

Result<QList<PendingImage>> ImageStore::uploadable()
{
    auto query = m_cache.database().exec(
        QStringLiteral("SELECT slot, png, queued_at FROM pending_images WHERE error IS NULL ORDER BY queued_at"));
    if (!query)
        return std::unexpected(query.error());
    QList<PendingImage> images;
    while (query->next()) {
        if (const auto slot = slotFromName(query->value(0).toString()))
            images.append({*slot, query->value(1).toByteArray(), query->value(2).toLongLong(), {}});
    }
    return images;
}

Result<qint64> ImageStore::uploadableCount()
{
    auto record = m_cache.database().queryOne(QStringLiteral("SELECT COUNT(*) FROM pending_images WHERE error IS NULL"));
    if (!record)
        return std::unexpected(record.error());
    return *record ? (**record).value(0).toLongLong() : 0;
}

Status ImageStore::finishUpload(ImageSlot slot, const QByteArray &png)
{
    auto removed = m_cache.database().exec(QStringLiteral("DELETE FROM pending_images WHERE slot = ? AND png = ?"),
                                           {slotName(slot), png});
    if (!removed)
        return std::unexpected(removed.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Status ImageStore::failUpload(ImageSlot slot, const QByteArray &png, const QString &reason)
{
    auto marked = m_cache.database().exec(QStringLiteral("UPDATE pending_images SET error = ? WHERE slot = ? AND png = ?"),
                                          {reason, slotName(slot), png});
    if (!marked)
        return std::unexpected(marked.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Status ImageStore::discardPending(ImageSlot slot)
{
    auto removed = m_cache.database().exec(QStringLiteral("DELETE FROM pending_images WHERE slot = ?"), {slotName(slot)});
    if (!removed)
        return std::unexpected(removed.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Result<std::optional<QByteArray>> ImageStore::image(const QString &sha256)
{
    auto record = m_cache.database().queryOne(QStringLiteral("SELECT bytes FROM image_blobs WHERE sha256 = ?"), {sha256});
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*record)->value(0).toByteArray());
}

Status ImageStore::storeImage(const QString &sha256, const QByteArray &bytes)
{
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("The picture downloaded for %1 has different contents (%2).").arg(sha256, actual));
    auto written = m_cache.database().exec(
        QStringLiteral("INSERT OR IGNORE INTO image_blobs (sha256, bytes, fetched_at) VALUES (?, ?, ?)"),
        {sha256, bytes, QDateTime::currentMSecsSinceEpoch()});
    if (!written)
        return std::unexpected(written.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Result<QList<ImageDownload>> ImageStore::missingImages(int limit)
{
    // Random order: pictures the server keeps refusing do not starve the others.
    auto query = m_cache.database().exec(
        QStringLiteral("SELECT sha, MIN(media) FROM ("
                       " SELECT json_extract(row_json, '$.avatar') AS sha, NULL AS media FROM profiles"
                       " UNION ALL SELECT json_extract(row_json, '$.logo'), NULL FROM profiles"
                       " UNION ALL SELECT thumbnail_sha256, media_sha256 FROM clips WHERE length(media_sha256) = 64)"
                       " WHERE sha IS NOT NULL AND length(sha) = 64"
                       " AND sha NOT IN (SELECT sha256 FROM image_blobs) GROUP BY sha ORDER BY RANDOM() LIMIT ?"),
        {limit});
    if (!query)
        return std::unexpected(query.error());
    QList<ImageDownload> missing;
    while (query->next()) {
        const QString sha = query->value(0).toString();
        const QString media = query->value(1).toString();
        const QString path = media.isEmpty() ? QString(QStringLiteral("/api/v1/media/") + sha)
                                             : QString(QStringLiteral("/api/v1/media/") + media + QStringLiteral("/thumbnail"));
        missing.append({sha, path});
    }
    return missing;
}

} // namespace ClipDesk::Sync
