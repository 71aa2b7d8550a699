#include "userrepository.h"

#include "changesequence.h"
#include "database.h"
#include "domain/accountrules.h"

#include <QCoreApplication>

namespace ClipDesk::Storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

const QString columns = QStringLiteral(
    "id, email, username, password_hash, role, flagged_reason, password_changed_at, created_at, updated_at, version");

UserRecord fromRecord(const QSqlRecord &record)
{
    UserRecord user;
    user.id = record.value(0).toString();
    user.email = record.value(1).toString();
    user.username = record.value(2).toString();
    user.passwordHash = record.value(3).toString();
    user.role = Domain::roleFromName(record.value(4).toString()).value_or(Domain::Role::Clipper);
    if (!record.value(5).isNull())
        user.flaggedReason = record.value(5).toString();
    user.passwordChangedAtMs = record.value(6).toLongLong();
    user.createdAtMs = record.value(7).toLongLong();
    user.updatedAtMs = record.value(8).toLongLong();
    user.version = record.value(9).toLongLong();
    return user;
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
}

Status UserRepository::insert(const UserRecord &user)
{
    const QString email = Domain::AccountRules::normalizedEmail(user.email);
    const QString usernameKey = Domain::AccountRules::normalizedUsername(user.username);

    auto byEmail = findByEmail(email);
    if (!byEmail)
        return std::unexpected(byEmail.error());
    if (byEmail->has_value())
        return failure(QString::fromLatin1(EmailTaken), Tr::tr("An account with this email address already exists."));
    auto byUsername = findByUsername(usernameKey);
    if (!byUsername)
        return std::unexpected(byUsername.error());
    if (byUsername->has_value())
        return failure(QString::fromLatin1(UsernameTaken), Tr::tr("The username \"%1\" is already taken.").arg(user.username.trimmed()));

    // The account row is synced to admins: it takes a change sequence value (sync helper).
    std::optional<WriteTransaction> ownTransaction;
    if (!m_db.inWriteTransaction()) {
        ownTransaction.emplace(m_db);
        if (!ownTransaction->begun())
            return ownTransaction->begun();
    }
    auto changeSeq = ChangeSequence::next(m_db);
    if (!changeSeq)
        return std::unexpected(changeSeq.error());
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO users (id, email, username, username_key, password_hash, role, flagged_reason,"
                       " password_changed_at, created_at, updated_at, version, change_seq)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.id, email, user.username.trimmed(), usernameKey, user.passwordHash, Domain::roleName(user.role),
         user.flaggedReason ? QVariant(*user.flaggedReason) : QVariant(QMetaType::fromType<QString>()),
         user.passwordChangedAtMs, user.createdAtMs, user.updatedAtMs, user.version, *changeSeq});
    if (inserted && ownTransaction) {
        if (auto committed = ownTransaction->commit(); !committed)
            return committed;
    }
    if (!inserted) {
        // A concurrent registration won the race for the unique index.
        return failure(QString::fromLatin1(EmailTaken), Tr::tr("An account with this email address or username already exists."));
    }
    return {};
}

Result<std::optional<UserRecord>> UserRepository::findWhere(const QString &condition, const QString &value)
{
    auto row = m_db.queryOne(u"SELECT " % columns % u" FROM users WHERE " % condition, {value});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(fromRecord(**row));
}

Result<std::optional<UserRecord>> UserRepository::findById(const QString &id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<UserRecord>> UserRepository::findByEmail(const QString &email)
{
    return findWhere(QStringLiteral("email = ?"), Domain::AccountRules::normalizedEmail(email));
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username)
{
    return findWhere(QStringLiteral("username_key = ?"), Domain::AccountRules::normalizedUsername(username));
}

Result<std::optional<UserRecord>> UserRepository::findByLogin(const QString &login)
{
    // Usernames never contain '@', so the two namespaces cannot collide.
    if (login.contains(QLatin1Char('@')))
        return findByEmail(login);
    return findByUsername(login);
}

Status UserRepository::updatePasswordHash(const QString &userId, const QString &passwordHash, qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ?,"
                                            " version = version + 1 WHERE id = ?"),
                             {passwordHash, nowMs, nowMs, userId});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status UserRepository::replacePasswordHash(const QString &userId, const QString &expectedHash, const QString &newHash,
                                           qint64 nowMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ? AND password_hash = ?"),
                             {newHash, nowMs, userId, expectedHash});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace ClipDesk::Storage
