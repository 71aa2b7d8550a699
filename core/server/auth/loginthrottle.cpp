#include "loginthrottle.h"

#include "storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcThrottle, "clipdesk.auth.throttle", QtInfoMsg)

namespace ClipDesk::Server {

using Scope = Storage::AuthAttemptRepository::Scope;

LoginThrottle::LoginThrottle(Storage::Database &db, const AuthPolicy &policy)
    : m_db(db)
    , m_policy(policy)
    , m_attempts(db)
{
}

ApiResult<void> LoginThrottle::checkLimit(Scope scope, const QString &subject, int limit, qint64 nowMs)
{
    const qint64 windowStart = nowMs - AuthPolicy::HourMs;
    auto count = m_attempts.countSince(scope, subject, windowStart);
    if (!count) {
        qCWarning(lcThrottle) << "cannot count attempts:" << count.error().message;
        return std::unexpected(ApiFailure::internal());
    }
    if (*count < limit)
        return {};

    auto oldest = m_attempts.oldestSince(scope, subject, windowStart);
    const qint64 freeAtMs = (oldest && *oldest ? **oldest : nowMs) + AuthPolicy::HourMs;
    const int retryAfter = int(std::max<qint64>(1, (freeAtMs - nowMs + 999) / 1000));
    qCInfo(lcThrottle) << "limit reached for" << Storage::AuthAttemptRepository::scopeName(scope) << "subject; retry after"
                       << retryAfter << "s";
    ApiFailure refused = ApiFailure::make(429, QString::fromLatin1(ErrorCode::RateLimited),
                                          tr("Too many sign-in attempts. Try again in %n minute(s).", nullptr,
                                             std::max(1, (retryAfter + 59) / 60)));
    refused.retryAfterSeconds = retryAfter;
    return std::unexpected(refused);
}

ApiResult<void> LoginThrottle::admit(const QString &account, const QString &ip)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto ok = checkLimit(Scope::Account, account, m_policy.maxAttemptsPerAccountPerHour, now); !ok)
        return ok;
    if (auto ok = checkLimit(Scope::Ip, ip, m_policy.maxAttemptsPerIpPerHour, now); !ok)
        return ok;

    Storage::WriteTransaction transaction(m_db);
    Status recorded = transaction.begun();
    if (recorded)
        recorded = m_attempts.record(Scope::Account, account, now);
    if (recorded)
        recorded = m_attempts.record(Scope::Ip, ip, now);
    if (recorded)
        recorded = transaction.commit();
    if (!recorded) {
        qCWarning(lcThrottle) << "cannot record an attempt:" << recorded.error().message;
        return std::unexpected(ApiFailure::internal());
    }
    return {};
}

Status LoginThrottle::prune()
{
    return m_attempts.deleteBefore(QDateTime::currentMSecsSinceEpoch() - AuthPolicy::HourMs);
}

} // namespace ClipDesk::Server
