#include "clipmedialookup.h"

#include "storage/database.h"

namespace ClipDesk::Server {

Result<std::optional<ClipMediaRecord>> ClipMediaLookup::find(Storage::Database &db, const QString &sha256,
                                                             const QString &userId)
{
    // The same bytes uploaded by a second user keep the first uploader in clip_media; the
    // second user's completed tus upload of them counts as theirs too.
    auto row = db.queryOne(QStringLiteral("SELECT m.sha256, m.owner_id, m.status, m.rejection_reason, m.thumbnail_sha256,"
                                          " m.fingerprint, CASE WHEN m.owner_id = ? OR EXISTS (SELECT 1 FROM tus_uploads t"
                                          " WHERE t.sha256 = m.sha256 AND t.owner_id = ? AND t.completed_at IS NOT NULL)"
                                          " THEN 1 ELSE 0 END FROM clip_media m WHERE m.sha256 = ?"),
                           {userId, userId, sha256});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<ClipMediaRecord>();
    const QSqlRecord &r = **row;
    ClipMediaRecord record;
    record.sha256 = r.value(0).toString();
    record.ownerId = r.value(1).toString();
    record.ready = r.value(2).toString() == u"ready";
    record.rejectionReason = r.value(3).toString();
    record.thumbnailSha256 = r.value(4).toString();
    record.fingerprint = QByteArray::fromBase64(r.value(5).toString().toLatin1());
    record.uploadedByUser = r.value(6).toInt() != 0;
    return std::optional<ClipMediaRecord>(record);
}

} // namespace ClipDesk::Server
