#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace ClipDesk::Ui {

// How cached values read in the tables: times in a given zone, money in its currency.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static qint64 epochMs(const QJsonValue &value)
    {
        if (value.isDouble())
            return qint64(value.toDouble());
        if (value.isString()) {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            return time.isValid() ? time.toMSecsSinceEpoch() : 0;
        }
        return 0;
    }

    // "2026-11-21 14:05" in `zone` (an IANA id; local time when empty or unknown).
    static QString time(qint64 ms, const QString &zone = {})
    {
        if (ms <= 0)
            return tr("—");
        QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QTimeZone tz(zone.toUtf8());
        time = tz.isValid() ? time.toTimeZone(tz) : time.toLocalTime();
        return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    static QString date(qint64 ms, const QString &zone = {})
    {
        return ms <= 0 ? tr("—") : time(ms, zone).left(10);
    }
};

} // namespace ClipDesk::Ui
