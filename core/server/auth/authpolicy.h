#pragma once

#include "domain/error.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ClipDesk::Server {

// Tunable account-security limits. Read from the "auth" object of the server config:
// {"max_attempts_per_account_per_hour": 100, "max_attempts_per_ip_per_hour": 1000,
//  "session_idle_days": 14, "session_absolute_days": 30, "reset_token_minutes": 30,
//  "max_reset_requests_per_email_per_hour": 5, "argon2_ops_limit": 2, "argon2_memory_kib": 19456}
struct AuthPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AuthPolicy)

public:
    static constexpr qint64 HourMs = 3600 * 1000;
    static constexpr qint64 DayMs = 24 * HourMs;

    int maxAttemptsPerAccountPerHour = 100; // password checks, successful or not
    int maxAttemptsPerIpPerHour = 1000;
    qint64 sessionIdleMs = 14 * DayMs;
    qint64 sessionAbsoluteMs = 30 * DayMs;
    qint64 sessionTouchIntervalMs = 60 * 1000; // last_used_at is written at most this often
    qint64 resetTokenLifetimeMs = 30 * 60 * 1000;
    int maxResetRequestsPerEmailPerHour = 5;
    PasswordHasher::Parameters hashing;

    static Result<AuthPolicy> fromJson(const QJsonObject &json);
};

} // namespace ClipDesk::Server
