#pragma once

#include "domain/error.h"
#include "domain/role.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

struct NewAccount
{
    QString email;
    QString username;
    QString password;
    Domain::Role role = Domain::Role::Clipper;
};

// Creating an account, shared by self-registration and the admin command line.
class AccountCreation final
{
    Q_DECLARE_TR_FUNCTIONS(AccountCreation)

public:
    // Email, username and password rules (AccountRules). Which roles are allowed is the caller's call.
    static Status validate(const NewAccount &account);
    // Inserts the user and a fresh profile (display name = username) in one transaction.
    // Fails with UserRepository::EmailTaken / UsernameTaken for duplicates.
    static Result<Storage::UserRecord> insert(Storage::Database &db, const NewAccount &account, const QString &passwordHash);
};

} // namespace ClipDesk::Server
