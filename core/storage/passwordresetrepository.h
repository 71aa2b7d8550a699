#pragma once

#include "domain/error.h"

#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

struct PasswordResetRecord
{
    QString tokenHash; // SHA-256 hex of the one-time token sent by email
    QString userId;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> usedAtMs;
};

// The `password_resets` table.
class PasswordResetRepository final
{
public:
    explicit PasswordResetRepository(Database &db);

    Status insert(const PasswordResetRecord &reset);
    Result<std::optional<PasswordResetRecord>> findByTokenHash(const QString &tokenHash);
    // Marks the token used; false when it was already used (or does not exist).
    Result<bool> markUsed(const QString &tokenHash, qint64 nowMs);
    // Marks every still-unused token of the user as used.
    Status markAllUsedForUser(const QString &userId, qint64 nowMs);
    Result<int> countCreatedSince(const QString &userId, qint64 sinceMs);
    Status deleteExpiredBefore(qint64 cutoffMs);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
