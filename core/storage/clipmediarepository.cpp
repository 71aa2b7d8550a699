#include "clipmediarepository.h"

#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

QString ClipMediaRecord::statusName(Status status)
{
    return status == Status::Ready ? QStringLiteral("ready") : QStringLiteral("rejected");
}

ClipMediaRepository::ClipMediaRepository(Database &db)
    : m_db(db)
{
}

Status ClipMediaRepository::insertIfAbsent(const ClipMediaRecord &media)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO clip_media (sha256, owner_id, size_bytes, probe_json, duration_ms, width,"
                                             " height, thumbnail_sha256, fingerprint, status, rejection_reason, created_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                              {media.sha256, ColumnValues::nullIfEmpty(media.ownerId), media.sizeBytes,
                               ColumnValues::fromObject(media.probe), media.durationMs, media.width, media.height,
                               ColumnValues::nullIfEmpty(media.thumbnailSha256), ColumnValues::nullIfEmpty(media.fingerprintBase64),
                               ClipMediaRecord::statusName(media.status), ColumnValues::nullIfEmpty(media.rejectionReason),
                               media.createdAtMs});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::optional<ClipMediaRecord>> ClipMediaRepository::find(const QString &sha256)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT sha256, owner_id, size_bytes, probe_json, duration_ms, width, height,"
                                            " thumbnail_sha256, fingerprint, status, rejection_reason, created_at"
                                            " FROM clip_media WHERE sha256 = ?"),
                             {sha256});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<ClipMediaRecord>();
    const QSqlRecord &r = **row;
    ClipMediaRecord media;
    media.sha256 = r.value(0).toString();
    media.ownerId = r.value(1).toString();
    media.sizeBytes = r.value(2).toLongLong();
    media.probe = ColumnValues::toObject(r.value(3));
    media.durationMs = r.value(4).toLongLong();
    media.width = r.value(5).toInt();
    media.height = r.value(6).toInt();
    media.thumbnailSha256 = r.value(7).toString();
    media.fingerprintBase64 = r.value(8).toString();
    media.status = r.value(9).toString() == u"ready" ? ClipMediaRecord::Status::Ready : ClipMediaRecord::Status::Rejected;
    media.rejectionReason = r.value(10).toString();
    media.createdAtMs = r.value(11).toLongLong();
    return std::optional<ClipMediaRecord>(std::move(media));
}

} // namespace ClipDesk::Storage
