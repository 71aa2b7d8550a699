#include "retrybackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ClipDesk::Net {

RetryBackoff::RetryBackoff(std::chrono::milliseconds base, std::chrono::milliseconds maximum, int maxAttempts)
    : m_base(base)
    , m_maximum(maximum)
    , m_maxAttempts(maxAttempts)
{
}

std::chrono::milliseconds RetryBackoff::next()
{
    if (m_attempt >= m_maxAttempts)
        return std::chrono::milliseconds(-1);
    const qint64 exponential = m_base.count() << std::min(m_attempt, 20);
    const qint64 ceiling = std::min<qint64>(exponential, m_maximum.count());
    ++m_attempt;
    const qint64 half = ceiling / 2;
    return std::chrono::milliseconds(half + qint64(QRandomGenerator::global()->bounded(quint64(half + 1))));
}

} // namespace ClipDesk::Net
