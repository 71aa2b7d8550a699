#pragma once

#include "domain/error.h"

#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// Admin flags on accounts (users.flagged_reason). A flagged user cannot sign in; the caller
// revokes their sessions in the same transaction.
class UserModerationRepository final
{
public:
    explicit UserModerationRepository(Database &db);

    // Sets (or, with std::nullopt, clears) the flag; bumps the version and the change sequence.
    // False when there is no such user.
    Result<bool> setFlag(const QString &userId, const std::optional<QString> &reason, qint64 changeSeq, qint64 nowMs);
    // Gives the row a new change sequence value (e.g. after a profile-visible change).
    Status touch(const QString &userId, qint64 changeSeq);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
