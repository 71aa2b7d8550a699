#include "tusuploadrepository.h"

#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

namespace {

const QString Columns = QStringLiteral("id, owner_id, length, upload_offset, metadata, partial_path, created_at, expires_at,"
                                       " completed_at, sha256");

TusUploadRecord fromRecord(const QSqlRecord &r)
{
    TusUploadRecord upload;
    upload.id = r.value(0).toString();
    upload.ownerId = r.value(1).toString();
    upload.length = r.value(2).toLongLong();
    upload.offset = r.value(3).toLongLong();
    upload.metadata = ColumnValues::toObject(r.value(4));
    upload.partialPath = r.value(5).toString();
    upload.createdAtMs = r.value(6).toLongLong();
    upload.expiresAtMs = r.value(7).toLongLong();
    upload.completedAtMs = r.value(8).isNull() ? 0 : r.value(8).toLongLong();
    upload.sha256 = r.value(9).toString();
    return upload;
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace

TusUploadRepository::TusUploadRepository(Database &db)
    : m_db(db)
{
}

Status TusUploadRepository::insert(const TusUploadRecord &upload)
{
    return done(m_db.exec(QStringLiteral("INSERT INTO tus_uploads (id, owner_id, length, upload_offset, metadata, partial_path,"
                                         " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {upload.id, upload.ownerId, upload.length, upload.offset, ColumnValues::fromObject(upload.metadata),
                           upload.partialPath, upload.createdAtMs, upload.expiresAtMs}));
}

Result<std::optional<TusUploadRecord>> TusUploadRepository::find(const QString &id)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM tus_uploads WHERE id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<TusUploadRecord>();
    return std::optional<TusUploadRecord>(fromRecord(**row));
}

Status TusUploadRepository::setOffset(const QString &id, qint64 offset, qint64 expiresAtMs)
{
    return done(m_db.exec(QStringLiteral("UPDATE tus_uploads SET upload_offset = ?, expires_at = ?"
                                         " WHERE id = ? AND completed_at IS NULL"),
                          {offset, expiresAtMs, id}));
}

Status TusUploadRepository::markComplete(const QString &id, const QString &sha256, qint64 completedAtMs)
{
    return done(m_db.exec(QStringLiteral("UPDATE tus_uploads SET completed_at = ?, sha256 = ? WHERE id = ?"),
                          {completedAtMs, sha256, id}));
}

Status TusUploadRepository::remove(const QString &id)
{
    return done(m_db.exec(QStringLiteral("DELETE FROM tus_uploads WHERE id = ?"), {id}));
}

Result<qint64> TusUploadRepository::reservedBytes(const QString &ownerId)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT COALESCE(SUM(length), 0) FROM tus_uploads WHERE owner_id = ?"), {ownerId});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value() ? (**row).value(0).toLongLong() : 0;
}

Result<QList<TusUploadRecord>> TusUploadRepository::list(const QString &where, const QVariantList &args)
{
    auto query = m_db.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM tus_uploads WHERE ") + where
                               + QStringLiteral(" ORDER BY created_at, id"),
                           args);
    if (!query)
        return std::unexpected(query.error());
    QList<TusUploadRecord> uploads;
    while (query->next())
        uploads.append(fromRecord(query->record()));
    return uploads;
}

Result<QList<TusUploadRecord>> TusUploadRepository::listExpired(qint64 nowMs)
{
    return list(QStringLiteral("completed_at IS NULL AND expires_at <= ?"), {nowMs});
}

Result<QList<TusUploadRecord>> TusUploadRepository::listAwaitingCompletion()
{
    return list(QStringLiteral("completed_at IS NULL AND upload_offset = length"), {});
}

Result<QList<std::pair<QString, QString>>> TusUploadRepository::listCompletedWithoutVerdict()
{
    auto query = m_db.exec(QStringLiteral("SELECT u.sha256, MIN(u.owner_id) FROM tus_uploads u"
                                          " LEFT JOIN clip_media m ON m.sha256 = u.sha256"
                                          " WHERE u.completed_at IS NOT NULL AND m.sha256 IS NULL GROUP BY u.sha256"));
    if (!query)
        return std::unexpected(query.error());
    QList<std::pair<QString, QString>> found;
    while (query->next())
        found.append({query->value(0).toString(), query->value(1).toString()});
    return found;
}

Result<bool> TusUploadRepository::ownerHasContent(const QString &userId, const QString &sha256)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT 1 FROM tus_uploads WHERE owner_id = ? AND sha256 = ? LIMIT 1"),
                             {userId, sha256});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

} // namespace ClipDesk::Storage
