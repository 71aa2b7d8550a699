#include "usermoderationrepository.h"

#include "database.h"

namespace ClipDesk::Storage {

UserModerationRepository::UserModerationRepository(Database &db)
    : m_db(db)
{
}

Result<bool> UserModerationRepository::setFlag(const QString &userId, const std::optional<QString> &reason, qint64 changeSeq,
                                               qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET flagged_reason = ?, version = version + 1, change_seq = ?,"
                                            " updated_at = ? WHERE id = ?"),
                             {reason ? QVariant(*reason) : QVariant(QMetaType::fromType<QString>()), changeSeq, nowMs, userId});
    if (!updated)
        return std::unexpected(updated.error());
    return updated->numRowsAffected() > 0;
}

Status UserModerationRepository::touch(const QString &userId, qint64 changeSeq)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET change_seq = ? WHERE id = ?"), {changeSeq, userId});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace ClipDesk::Storage
