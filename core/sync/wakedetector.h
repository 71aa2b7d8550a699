#pragma once

#include <QtGlobal>

#include <chrono>

namespace ClipDesk::Sync {

// Tells from periodic checks that the machine slept or the wall clock was set: between two
// checks, the wall clock moved differently from the monotonic clock (which stands still while
// the machine is suspended), or the checks came much later than scheduled (the process was
// stopped). Either way the live channel may have missed pokes, so the caller catches up from
// the cursor. Pure logic: the caller passes both clocks, so tests can replay any history.
class WakeDetector final
{
public:
    explicit WakeDetector(std::chrono::milliseconds checkInterval,
                          std::chrono::milliseconds tolerance = std::chrono::seconds(20));

    void reset(qint64 wallMs, qint64 monotonicMs);
    // True when the time since the last check or reset shows a sleep or a clock jump.
    bool check(qint64 wallMs, qint64 monotonicMs);

private:
    qint64 m_intervalMs;
    qint64 m_toleranceMs;
    qint64 m_lastWallMs = 0;
    qint64 m_lastMonotonicMs = 0;
};

} // namespace ClipDesk::Sync
