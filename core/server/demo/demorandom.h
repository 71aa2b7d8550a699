#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <QtGlobal>

namespace ClipDesk::Server {

// The demo world's dice: a fixed-seed SplitMix64 generator, so that every run (and every
// platform) seeds exactly the same world. Not for anything secret.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // Uniform in [low, high] (both inclusive).
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double unit();
    // True with the given probability.
    bool chance(double probability);
    // Log-normally distributed around `median` (sigma in natural-log units).
    double logNormal(double median, double sigma);

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(between(0, list.size() - 1)));
    }
    // `count` distinct entries of `list` (all of them, shuffled, when it has fewer).
    QStringList sample(const QStringList &list, qsizetype count);
    QList<int> sampleIndexes(int size, int count);

private:
    quint64 m_state;
};

} // namespace ClipDesk::Server
