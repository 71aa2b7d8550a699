#include "passwordresetrepository.h"

#include "database.h"

namespace ClipDesk::Storage {

PasswordResetRepository::PasswordResetRepository(Database &db)
    : m_db(db)
{
}

Status PasswordResetRepository::insert(const PasswordResetRecord &reset)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at)"
                                             " VALUES (?, ?, ?, ?, NULL)"),
                              {reset.tokenHash, reset.userId, reset.createdAtMs, reset.expiresAtMs});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::optional<PasswordResetRecord>> PasswordResetRepository::findByTokenHash(const QString &tokenHash)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT token_hash, user_id, created_at, expires_at, used_at FROM password_resets"
                                            " WHERE token_hash = ?"),
                             {tokenHash});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<PasswordResetRecord>();
    const QSqlRecord &record = **row;
    PasswordResetRecord reset;
    reset.tokenHash = record.value(0).toString();
    reset.userId = record.value(1).toString();
    reset.createdAtMs = record.value(2).toLongLong();
    reset.expiresAtMs = record.value(3).toLongLong();
    if (!record.value(4).isNull())
        reset.usedAtMs = record.value(4).toLongLong();
    return std::optional<PasswordResetRecord>(reset);
}

Result<bool> PasswordResetRepository::markUsed(const QString &tokenHash, qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"),
                             {nowMs, tokenHash});
    if (!updated)
        return std::unexpected(updated.error());
    return updated->numRowsAffected() > 0;
}

Status PasswordResetRepository::markAllUsedForUser(const QString &userId, qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"),
                             {nowMs, userId});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Result<int> PasswordResetRepository::countCreatedSince(const QString &userId, qint64 sinceMs)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE user_id = ? AND created_at >= ?"),
                             {userId, sinceMs});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value() ? (*row)->value(0).toInt() : 0;
}

Status PasswordResetRepository::deleteExpiredBefore(qint64 cutoffMs)
{
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM password_resets WHERE expires_at < ?"), {cutoffMs});
    if (!deleted)
        return std::unexpected(deleted.error());
    return {};
}

} // namespace ClipDesk::Storage
