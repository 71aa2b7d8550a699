#pragma once

#include "domain/error.h"
#include "domain/membership.h"

#include <QSqlRecord>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The `memberships` table. Writes run inside a WriteTransaction with a fresh change sequence value.
class MembershipRepository final
{
public:
    explicit MembershipRepository(Database &db);

    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 16; // the last one is change_seq
    static Domain::Membership fromRecord(const QSqlRecord &record, int offset = 0);

    Result<std::optional<Domain::Membership>> find(const QString &id);
    Result<std::optional<Domain::Membership>> findActive(const QString &campaignId, const QString &clipperId);
    Status insert(const Domain::Membership &membership, qint64 changeSeq);
    // Writes status, end_reason, ended_at and version.
    Status updateStatus(const Domain::Membership &membership, qint64 changeSeq);

private:
    Result<std::optional<Domain::Membership>> findOne(const QString &condition, const QVariantList &args);

    Database &m_db;
};

} // namespace ClipDesk::Storage
