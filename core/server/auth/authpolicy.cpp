#include "authpolicy.h"

#include <QStringList>

#include <cmath>

namespace ClipDesk::Server {

namespace {

// Reads a positive number if present. `whole` refuses fractions.
Result<std::optional<double>> readPositive(const QJsonObject &json, const QString &key, bool whole)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::optional<double>();
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number <= 0 || !std::isfinite(number) || number > 1e12 || (whole && number != std::floor(number)))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       AuthPolicy::tr("The auth setting \"%1\" must be a positive %2.")
                           .arg(key, whole ? AuthPolicy::tr("whole number") : AuthPolicy::tr("number")));
    return std::optional<double>(number);
}

} // namespace

Result<AuthPolicy> AuthPolicy::fromJson(const QJsonObject &json)
{
    AuthPolicy policy;
    struct Setting
    {
        const char *key;
        bool whole;
        std::function<void(double)> apply;
    };
    const QList<Setting> settings = {
        {"max_attempts_per_account_per_hour", true, [&](double v) { policy.maxAttemptsPerAccountPerHour = int(v); }},
        {"max_attempts_per_ip_per_hour", true, [&](double v) { policy.maxAttemptsPerIpPerHour = int(v); }},
        {"session_idle_days", false, [&](double v) { policy.sessionIdleMs = qint64(v * double(DayMs)); }},
        {"session_absolute_days", false, [&](double v) { policy.sessionAbsoluteMs = qint64(v * double(DayMs)); }},
        {"reset_token_minutes", false, [&](double v) { policy.resetTokenLifetimeMs = qint64(v * 60'000.0); }},
        {"max_reset_requests_per_email_per_hour", true, [&](double v) { policy.maxResetRequestsPerEmailPerHour = int(v); }},
        {"argon2_ops_limit", true, [&](double v) { policy.hashing.opsLimit = quint64(v); }},
        {"argon2_memory_kib", true, [&](double v) { policy.hashing.memLimitBytes = quint64(v) * 1024; }},
    };

    QStringList known;
    for (const Setting &setting : settings) {
        const QString key = QLatin1String(setting.key);
        known.append(key);
        auto value = readPositive(json, key, setting.whole);
        if (!value)
            return std::unexpected(value.error());
        if (*value)
            setting.apply(**value);
    }
    for (const QString &key : json.keys()) {
        if (!known.contains(key))
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown auth setting \"%1\".").arg(key));
    }
    if (policy.hashing.opsLimit < PasswordHasher::Parameters::MinimumOpsLimit
        || policy.hashing.memLimitBytes < PasswordHasher::Parameters::MinimumMemLimitBytes)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("Argon2 needs at least 2 passes and 19456 KiB of memory."));
    if (policy.sessionAbsoluteMs < policy.sessionIdleMs)
        policy.sessionIdleMs = policy.sessionAbsoluteMs;
    return policy;
}

} // namespace ClipDesk::Server
