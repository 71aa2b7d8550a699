#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Storage {

class Database;

struct SessionRecord
{
    QString id;
    QString userId;
    QString tokenHash; // SHA-256 hex of the bearer token; the token itself is never stored
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0;
    qint64 expiresAtMs = 0; // absolute expiry
    std::optional<qint64> revokedAtMs;
    QString ip;
    QString userAgent;
};

// The `sessions` table.
class SessionRepository final
{
public:
    explicit SessionRepository(Database &db);

    Status insert(const SessionRecord &session);
    Result<std::optional<SessionRecord>> findByTokenHash(const QString &tokenHash);
    Result<std::optional<SessionRecord>> findById(const QString &id);

    Status touch(const QString &id, qint64 nowMs);
    // True when the session was active and is now revoked.
    Result<bool> revoke(const QString &id, qint64 nowMs);
    // Revokes every active session of the user; returns their ids.
    Result<QStringList> revokeAllForUser(const QString &userId, qint64 nowMs);
    // Deletes sessions revoked or expired before `endedBeforeMs`, or last used before `idleBeforeMs`.
    Status deleteEnded(qint64 endedBeforeMs, qint64 idleBeforeMs);

private:
    Result<std::optional<SessionRecord>> findWhere(const QString &condition, const QString &value);

    Database &m_db;
};

} // namespace ClipDesk::Storage
