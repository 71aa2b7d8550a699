#include "smtpsettings.h"

#include <QStringList>

namespace ClipDesk::Server {

namespace {

std::unexpected<Error> invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

} // namespace

Result<SmtpSettings> SmtpSettings::fromJson(const QJsonObject &json)
{
    static const QStringList known = {QStringLiteral("host"),     QStringLiteral("port"),     QStringLiteral("from"),
                                      QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("starttls"),
                                      QStringLiteral("timeout_ms")};
    SmtpSettings settings;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (!known.contains(key))
            return invalid(tr("Unknown smtp setting \"%1\".").arg(key));
        if (key == u"port" || key == u"timeout_ms") {
            const double number = value.toDouble(-1);
            const double max = key == u"port" ? 65535 : 600'000;
            if (!value.isDouble() || number < 1 || number > max || number != qint64(number))
                return invalid(tr("The smtp setting \"%1\" must be a whole number from 1 to %2.").arg(key).arg(qint64(max)));
            if (key == u"port")
                settings.port = quint16(number);
            else
                settings.timeoutMs = int(number);
        } else if (key == u"starttls") {
            if (!value.isBool())
                return invalid(tr("The smtp setting \"starttls\" must be true or false."));
            settings.startTls = value.toBool();
        } else {
            if (!value.isString())
                return invalid(tr("The smtp setting \"%1\" must be a string.").arg(key));
            const QString text = value.toString();
            if (key == u"host")
                settings.host = text.trimmed();
            else if (key == u"from")
                settings.from = text.trimmed();
            else if (key == u"username")
                settings.username = text;
            else
                settings.password = text;
        }
    }
    return settings;
}

} // namespace ClipDesk::Server
