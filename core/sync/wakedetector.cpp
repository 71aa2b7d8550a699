#include "wakedetector.h"

#include <cstdlib>

namespace ClipDesk::Sync {

WakeDetector::WakeDetector(std::chrono::milliseconds checkInterval, std::chrono::milliseconds tolerance)
    : m_intervalMs(checkInterval.count())
    , m_toleranceMs(tolerance.count())
{
}

void WakeDetector::reset(qint64 wallMs, qint64 monotonicMs)
{
    m_lastWallMs = wallMs;
    m_lastMonotonicMs = monotonicMs;
}

bool WakeDetector::check(qint64 wallMs, qint64 monotonicMs)
{
    const qint64 wallElapsed = wallMs - m_lastWallMs;
    const qint64 monotonicElapsed = monotonicMs - m_lastMonotonicMs;
    reset(wallMs, monotonicMs);
    const bool clocksDisagree = std::llabs(wallElapsed - monotonicElapsed) > m_toleranceMs;
    const bool checkCameLate = monotonicElapsed > 4 * m_intervalMs + m_toleranceMs;
    return clocksDisagree || checkCameLate;
}

} // namespace ClipDesk::Sync
