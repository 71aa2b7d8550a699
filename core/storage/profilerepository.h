#pragma once

#include "domain/error.h"
#include "domain/fieldversions.h"
#include "domain/profile.h"

#include <QSqlRecord>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The `profiles` table. The role comes from the owning user row.
// Profiles are synced to every user: each write takes a new change sequence value and records
// the version at which each field changed (field_versions), in the caller's write transaction
// or, outside one, in its own.
class ProfileRepository final
{
public:
    explicit ProfileRepository(Database &db);

    // "p.user_id, u.role, ..." over `profiles p JOIN users u`; fromRecord() reads them back.
    static QString selectColumns();
    static constexpr int ColumnCount = 16;
    static Domain::Profile fromRecord(const QSqlRecord &record, int offset = 0);

    // A fresh profile (version 1) for a new user.
    Status insertDefault(const QString &userId, const QString &displayName, qint64 nowMs);
    Result<std::optional<Domain::Profile>> find(const QString &userId);
    Result<Domain::FieldVersions> fieldVersions(const QString &userId);
    // Writes `profile` (with its new version and updated time) if the stored version is still
    // `expectedVersion`. False when someone else changed it first.
    Result<bool> update(const Domain::Profile &profile, qint64 expectedVersion, const QString &writer = {});

private:
    Result<bool> writeChanged(const Domain::Profile &profile, qint64 expectedVersion, const QString &writer);

    Database &m_db;
};

} // namespace ClipDesk::Storage
