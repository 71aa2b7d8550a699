#pragma once

#include "domain/error.h"
#include "domain/role.h"

#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

struct UserRecord
{
    QString id;
    QString email;    // normalized (trimmed, lowercase)
    QString username; // as the user typed it
    QString passwordHash;
    Domain::Role role = Domain::Role::Clipper;
    std::optional<QString> flaggedReason; // set by moderation; a flagged user cannot sign in
    qint64 passwordChangedAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 version = 1;

    bool isFlagged() const { return flaggedReason.has_value(); }
};

// The `users` table. Callers run writes inside a WriteTransaction.
class UserRepository final
{
public:
    static constexpr auto EmailTaken = "email_taken";
    static constexpr auto UsernameTaken = "username_taken";

    explicit UserRepository(Database &db);

    // Fails with code EmailTaken or UsernameTaken when either is already in use.
    Status insert(const UserRecord &user);

    Result<std::optional<UserRecord>> findById(const QString &id);
    Result<std::optional<UserRecord>> findByEmail(const QString &email);
    Result<std::optional<UserRecord>> findByUsername(const QString &username);
    // `login` is an email address (it holds '@') or a username; both are matched case-insensitively.
    Result<std::optional<UserRecord>> findByLogin(const QString &login);

    // Sets a new hash, bumps the version and password_changed_at.
    Status updatePasswordHash(const QString &userId, const QString &passwordHash, qint64 nowMs);
    // Replaces the hash only if it is still `expectedHash` (a transparent rehash after login).
    Status replacePasswordHash(const QString &userId, const QString &expectedHash, const QString &newHash, qint64 nowMs);

private:
    Result<std::optional<UserRecord>> findWhere(const QString &condition, const QString &value);

    Database &m_db;
};

} // namespace ClipDesk::Storage
