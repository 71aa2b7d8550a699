#include "sessionrepository.h"

#include "database.h"

namespace ClipDesk::Storage {

namespace {

const QString columns = QStringLiteral("id, user_id, token_hash, created_at, last_used_at, expires_at, revoked_at, ip, user_agent");

SessionRecord fromRecord(const QSqlRecord &record)
{
    SessionRecord session;
    session.id = record.value(0).toString();
    session.userId = record.value(1).toString();
    session.tokenHash = record.value(2).toString();
    session.createdAtMs = record.value(3).toLongLong();
    session.lastUsedAtMs = record.value(4).toLongLong();
    session.expiresAtMs = record.value(5).toLongLong();
    if (!record.value(6).isNull())
        session.revokedAtMs = record.value(6).toLongLong();
    session.ip = record.value(7).toString();
    session.userAgent = record.value(8).toString();
    return session;
}

} // namespace

SessionRepository::SessionRepository(Database &db)
    : m_db(db)
{
}

Status SessionRepository::insert(const SessionRecord &session)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, created_at, last_used_at, expires_at,"
                                             " revoked_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"),
                              {session.id, session.userId, session.tokenHash, session.createdAtMs, session.lastUsedAtMs,
                               session.expiresAtMs, session.ip, session.userAgent});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::optional<SessionRecord>> SessionRepository::findWhere(const QString &condition, const QString &value)
{
    auto row = m_db.queryOne(u"SELECT " % columns % u" FROM sessions WHERE " % condition, {value});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(fromRecord(**row));
}

Result<std::optional<SessionRecord>> SessionRepository::findByTokenHash(const QString &tokenHash)
{
    return findWhere(QStringLiteral("token_hash = ?"), tokenHash);
}

Result<std::optional<SessionRecord>> SessionRepository::findById(const QString &id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Status SessionRepository::touch(const QString &id, qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE id = ? AND last_used_at < ?"),
                             {nowMs, id, nowMs});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Result<bool> SessionRepository::revoke(const QString &id, qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {nowMs, id});
    if (!updated)
        return std::unexpected(updated.error());
    return updated->numRowsAffected() > 0;
}

Result<QStringList> SessionRepository::revokeAllForUser(const QString &userId, qint64 nowMs)
{
    auto ids = m_db.firstColumn(QStringLiteral("SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL"), {userId});
    if (!ids)
        return std::unexpected(ids.error());
    auto updated = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
                             {nowMs, userId});
    if (!updated)
        return std::unexpected(updated.error());
    return ids;
}

Status SessionRepository::deleteEnded(qint64 endedBeforeMs, qint64 idleBeforeMs)
{
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ? OR last_used_at < ?"),
                             {endedBeforeMs, endedBeforeMs, idleBeforeMs});
    if (!deleted)
        return std::unexpected(deleted.error());
    return {};
}

} // namespace ClipDesk::Storage
