#pragma once

#include "domain/error.h"

#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The `auth_attempts` table: one row per password check, so that limits hold across
// server processes and restarts.
class AuthAttemptRepository final
{
public:
    enum class Scope { Account, Ip };

    explicit AuthAttemptRepository(Database &db);

    Status record(Scope scope, const QString &subject, qint64 atMs);
    Result<int> countSince(Scope scope, const QString &subject, qint64 sinceMs);
    // The time of the oldest attempt at or after `sinceMs`, if any.
    Result<std::optional<qint64>> oldestSince(Scope scope, const QString &subject, qint64 sinceMs);
    Status deleteBefore(qint64 cutoffMs);

    static QString scopeName(Scope scope);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
