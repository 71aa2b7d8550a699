#pragma once

#include "apifailure.h"
#include "authpolicy.h"
#include "storage/authattemptrepository.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// Bounds password checks per account and per client address over a rolling hour
// (OWASP ASVS 2.2.1). Attempts live in the database, so the limits hold across
// server processes and restarts.
class LoginThrottle final
{
    Q_DECLARE_TR_FUNCTIONS(LoginThrottle)

public:
    LoginThrottle(Storage::Database &db, const AuthPolicy &policy);
    Q_DISABLE_COPY_MOVE(LoginThrottle)

    // Records one password check for `account` (a user id, or a key for an unknown login) from
    // `ip`, unless a limit is reached: then fails with 429 "rate_limited" and a Retry-After,
    // and the password must not be checked at all.
    ApiResult<void> admit(const QString &account, const QString &ip);

    // Forgets attempts older than the window.
    Status prune();

private:
    ApiResult<void> checkLimit(Storage::AuthAttemptRepository::Scope scope, const QString &subject, int limit, qint64 nowMs);

    Storage::Database &m_db;
    AuthPolicy m_policy;
    Storage::AuthAttemptRepository m_attempts;
};

} // namespace ClipDesk::Server
