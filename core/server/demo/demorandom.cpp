#include "demorandom.h"

#include <cmath>
#include <numbers>

namespace ClipDesk::Server {

DemoRandom::DemoRandom(quint64 seed)
    : m_state(seed)
{
}

quint64 DemoRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + qint64(next() % span);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0); // 53 random bits
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

double DemoRandom::logNormal(double median, double sigma)
{
    // Box–Muller: one standard normal draw.
    const double u1 = qMax(unit(), 1e-12);
    const double u2 = unit();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return median * std::exp(sigma * normal);
}

QStringList DemoRandom::sample(const QStringList &list, qsizetype count)
{
    QStringList result;
    for (int index : sampleIndexes(int(list.size()), int(count)))
        result.append(list.at(index));
    return result;
}

QList<int> DemoRandom::sampleIndexes(int size, int count)
{
    QList<int> indexes(size);
    for (int i = 0; i < size; ++i)
        indexes[i] = i;
    // Partial Fisher–Yates.
    const int wanted = qMin(size, qMax(0, count));
    for (int i = 0; i < wanted; ++i)
        std::swap(indexes[i], indexes[int(between(i, size - 1))]);
    indexes.resize(wanted);
    return indexes;
}

} // namespace ClipDesk::Server
