#include "mailmessage.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace ClipDesk::Server {

namespace {

// Header values must not carry line breaks (header injection).
QString singleLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.trimmed();
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// RFC 2047 encoded word for non-ASCII header text.
QByteArray headerText(const QString &text)
{
    const QString clean = singleLine(text);
    if (isAscii(clean))
        return clean.toLatin1();
    return "=?UTF-8?B?" + clean.toUtf8().toBase64() + "?=";
}

} // namespace

QString MailMessage::envelopeAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return singleLine(mailbox.mid(open + 1, close - open - 1));
    return singleLine(mailbox);
}

QByteArray MailMessage::toRfc5322() const
{
    const bool eightBit = !isAscii(body);
    QString domain = envelopeAddress(from).section(QLatin1Char('@'), 1);
    if (domain.isEmpty())
        domain = QStringLiteral("clipdesk.invalid");

    QByteArray out;
    out += "From: " + singleLine(from).toUtf8() + "\r\n";
    out += "To: " + singleLine(to).toUtf8() + "\r\n";
    out += "Subject: " + headerText(subject) + "\r\n";
    out += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += QByteArray("Content-Transfer-Encoding: ") + (eightBit ? "8bit" : "7bit") + "\r\n";
    out += "\r\n";
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out += text.toUtf8().replace("\n", "\r\n");
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QByteArray MailMessage::dotStuffed(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + 16);
    bool lineStart = true;
    for (char c : message) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace ClipDesk::Server
