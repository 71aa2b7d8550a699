#pragma once

#include <chrono>

namespace ClipDesk::Net {

// Exponential backoff with full jitter: the n-th retry waits a random time in
// [base·2ⁿ / 2, base·2ⁿ], capped at `maximum`; success() starts over.
class RetryBackoff final
{
public:
    RetryBackoff(std::chrono::milliseconds base, std::chrono::milliseconds maximum, int maxAttempts);

    // The wait before the next attempt, or a negative duration when the attempts are used up.
    std::chrono::milliseconds next();
    void success() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_maximum;
    int m_maxAttempts;
    int m_attempt = 0;
};

} // namespace ClipDesk::Net
