#include "reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ClipDesk::Sync {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap)
    : m_initial(initial)
    , m_cap(cap)
{
}

std::chrono::milliseconds ReconnectBackoff::ceiling() const
{
    const int shift = std::min(m_attempt, 20);
    const qint64 grown = m_initial.count() << shift;
    return std::chrono::milliseconds(std::min<qint64>(grown, m_cap.count()));
}

std::chrono::milliseconds ReconnectBackoff::next()
{
    const qint64 bound = ceiling().count();
    ++m_attempt;
    // Full jitter; never zero, so a retry never spins.
    return std::chrono::milliseconds(1 + QRandomGenerator::global()->bounded(std::max<qint64>(bound, 1)));
}

} // namespace ClipDesk::Sync
