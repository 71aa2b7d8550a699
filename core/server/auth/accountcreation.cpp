#include "accountcreation.h"

#include "domain/accountrules.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QDateTime>
#include <QUuid>

namespace ClipDesk::Server {

using Domain::AccountRules;

Status AccountCreation::validate(const NewAccount &account)
{
    if (auto email = AccountRules::validateEmail(account.email); !email)
        return email;
    if (auto username = AccountRules::validateUsername(account.username); !username)
        return username;
    return AccountRules::validatePassword(account.password);
}

Result<Storage::UserRecord> AccountCreation::insert(Storage::Database &db, const NewAccount &account, const QString &passwordHash)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Storage::UserRecord user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.email = AccountRules::normalizedEmail(account.email);
    user.username = account.username.trimmed();
    user.passwordHash = passwordHash;
    user.role = account.role;
    user.passwordChangedAtMs = now;
    user.createdAtMs = now;
    user.updatedAtMs = now;
    user.version = 1;

    Storage::WriteTransaction transaction(db);
    Storage::UserRepository users(db);
    Storage::ProfileRepository profiles(db);
    Status created = transaction.begun();
    if (created)
        created = users.insert(user);
    if (created)
        created = profiles.insertDefault(user.id, user.username, now);
    if (created)
        created = transaction.commit();
    if (!created)
        return std::unexpected(created.error());
    return user;
}

} // namespace ClipDesk::Server
