#include "mediablobrepository.h"

#include "database.h"

namespace ClipDesk::Storage {

MediaBlobRepository::MediaBlobRepository(Database &db)
    : m_db(db)
{
}

Status MediaBlobRepository::insertIfAbsent(const MediaBlobRecord &blob)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO media_blobs (sha256, size_bytes, mime_type, owner_id, created_at)"
                                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                              {blob.sha256, blob.sizeBytes, blob.mimeType,
                               blob.ownerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(blob.ownerId),
                               blob.createdAtMs});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::optional<MediaBlobRecord>> MediaBlobRepository::find(const QString &sha256)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT sha256, size_bytes, mime_type, owner_id, created_at FROM media_blobs"
                                            " WHERE sha256 = ?"),
                             {sha256});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<MediaBlobRecord>();
    const QSqlRecord &r = **row;
    return std::optional<MediaBlobRecord>(MediaBlobRecord{r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toString(),
                                                          r.value(3).toString(), r.value(4).toLongLong()});
}

} // namespace ClipDesk::Storage
