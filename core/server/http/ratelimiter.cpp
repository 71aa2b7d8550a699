#include "ratelimiter.h"

#include <algorithm>

namespace ClipDesk::Server {

namespace {
constexpr qint64 MinuteMs = 60'000;
} // namespace

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(std::max(1, perMinute))
{
    m_clock.start();
}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const qint64 elapsed = std::clamp<qint64>(nowMs - bucket.updatedMs, 0, MinuteMs); // the clock may step back
    bucket.credit = std::min(capacity(), bucket.credit + elapsed * m_perMinute);
    bucket.updatedMs = std::max(bucket.updatedMs, nowMs);
}

std::optional<int> RateLimiter::admit(const QString &key, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= MinuteMs)
        dropIdle(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity(), nowMs});
    refill(*it, nowMs);
    if (it->credit >= MinuteMs) {
        it->credit -= MinuteMs;
        return std::nullopt;
    }
    const qint64 missingMs = (MinuteMs - it->credit + m_perMinute - 1) / m_perMinute;
    return std::max(1, int((missingMs + 999) / 1000));
}

void RateLimiter::dropIdle(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    // A full bucket is the same as no bucket.
    m_buckets.removeIf([this, nowMs](QHash<QString, Bucket>::iterator it) {
        refill(it.value(), nowMs);
        return it->credit >= capacity();
    });
}

} // namespace ClipDesk::Server
