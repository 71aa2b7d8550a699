#include "clips/timecode.h"

namespace ClipDesk::Ui::Timecode {

QString format(qint64 us, bool withMilliseconds)
{
    const QString sign = us < 0 ? QStringLiteral("-") : QString();
    const qint64 totalMs = std::abs(us) / 1000;
    const qint64 hours = totalMs / 3'600'000;
    const qint64 minutes = (totalMs / 60'000) % 60;
    const qint64 seconds = (totalMs / 1000) % 60;
    QString text = hours > 0 ? QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(seconds, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    if (withMilliseconds)
        text += QStringLiteral(".%1").arg(totalMs % 1000, 3, 10, QLatin1Char('0'));
    return sign + text;
}

} // namespace ClipDesk::Ui::Timecode
