#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <optional>

namespace ClipDesk::Server {

// A token bucket per key (e.g. a user id) for requests that cost the server real work: each
// key may burst up to `perMinute` requests, then gets `perMinute` per minute. Lives in memory
// (a restart forgets it); idle keys are dropped, so the table stays small.
//
//   RateLimiter limiter(30);
//   if (auto wait = limiter.admit(user.userId)) return tooManyRequests(*wait);
class RateLimiter final
{
public:
    explicit RateLimiter(int perMinute);

    // Takes one token for `key`. Returns std::nullopt when admitted, else the whole seconds
    // (at least 1) until the next token. Times come from a monotonic clock, so setting the
    // wall clock back locks no one out.
    std::optional<int> admit(const QString &key) { return admit(key, m_clock.elapsed()); }
    // The same at `nowMs` of any monotonic clock (for tests).
    std::optional<int> admit(const QString &key, qint64 nowMs);
    int perMinute() const { return m_perMinute; }

private:
    // Credit in exact integer units: a request costs one minute's worth (60,000), and every
    // millisecond adds perMinute; a full bucket holds perMinute requests.
    struct Bucket
    {
        qint64 credit = 0;
        qint64 updatedMs = 0;
    };
    qint64 capacity() const { return qint64(m_perMinute) * 60'000; }
    void refill(Bucket &bucket, qint64 nowMs) const;
    void dropIdle(qint64 nowMs);

    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
    qint64 m_lastSweepMs = 0;
};

} // namespace ClipDesk::Server
