#pragma once

#include <chrono>

namespace ClipDesk::Sync {

// Exponential backoff with full jitter: the n-th delay is a random duration between zero and
// min(cap, initial · 2^n). reset() after a success starts over.
class ReconnectBackoff final
{
public:
    explicit ReconnectBackoff(std::chrono::milliseconds initial = std::chrono::seconds(1),
                              std::chrono::milliseconds cap = std::chrono::seconds(60));

    std::chrono::milliseconds next();
    // The upper bound the next call to next() draws from.
    std::chrono::milliseconds ceiling() const;
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_cap;
    int m_attempt = 0;
};

} // namespace ClipDesk::Sync
