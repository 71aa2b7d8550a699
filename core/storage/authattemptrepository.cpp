#include "authattemptrepository.h"

#include "database.h"

namespace ClipDesk::Storage {

AuthAttemptRepository::AuthAttemptRepository(Database &db)
    : m_db(db)
{
}

QString AuthAttemptRepository::scopeName(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("ip");
}

Status AuthAttemptRepository::record(Scope scope, const QString &subject, qint64 atMs)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO auth_attempts (scope, subject, at) VALUES (?, ?, ?)"),
                              {scopeName(scope), subject, atMs});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<int> AuthAttemptRepository::countSince(Scope scope, const QString &subject, qint64 sinceMs)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT COUNT(*) FROM auth_attempts WHERE scope = ? AND subject = ? AND at >= ?"),
                             {scopeName(scope), subject, sinceMs});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value() ? (*row)->value(0).toInt() : 0;
}

Result<std::optional<qint64>> AuthAttemptRepository::oldestSince(Scope scope, const QString &subject, qint64 sinceMs)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT MIN(at) FROM auth_attempts WHERE scope = ? AND subject = ? AND at >= ?"),
                             {scopeName(scope), subject, sinceMs});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value() || (*row)->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>((*row)->value(0).toLongLong());
}

Status AuthAttemptRepository::deleteBefore(qint64 cutoffMs)
{
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM auth_attempts WHERE at < ?"), {cutoffMs});
    if (!deleted)
        return std::unexpected(deleted.error());
    return {};
}

} // namespace ClipDesk::Storage
