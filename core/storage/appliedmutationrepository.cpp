#include "appliedmutationrepository.h"

#include "database.h"
#include "columnvalues.h"

namespace ClipDesk::Storage {

AppliedMutationRepository::AppliedMutationRepository(Database &db)
    : m_db(db)
{
}

Result<std::optional<AppliedMutation>> AppliedMutationRepository::find(const QString &clientId, const QString &mutationId)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT user_id, name, result, applied_at FROM applied_mutations"
                                            " WHERE client_id = ? AND mutation_id = ?"),
                             {clientId, mutationId});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<AppliedMutation>();
    const QSqlRecord &r = **row;
    return std::optional<AppliedMutation>(AppliedMutation{clientId, mutationId, r.value(0).toString(), r.value(1).toString(),
                                                          ColumnValues::toObject(r.value(2)), r.value(3).toLongLong()});
}

Status AppliedMutationRepository::insert(const AppliedMutation &a)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO applied_mutations (client_id, mutation_id, user_id, name, result,"
                                             " applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              {a.clientId, a.mutationId, a.userId, ColumnValues::text(a.name), ColumnValues::fromObject(a.result), a.appliedAtMs});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status AppliedMutationRepository::forgetAcknowledged(const QString &clientId, const QString &userId)
{
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM applied_mutations WHERE client_id = ? AND user_id = ?"), {clientId, userId});
    if (!deleted)
        return std::unexpected(deleted.error());
    return {};
}

} // namespace ClipDesk::Storage
