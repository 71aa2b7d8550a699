#pragma once

#include <QByteArray>
#include <QString>

namespace ClipDesk::Server {

// A plain-text email.
struct MailMessage
{
    QString from; // "Name <address>" or a bare address
    QString to;
    QString subject;
    QString body;

    // The RFC 5322 message with CRLF line endings, ready for DATA (before dot-stuffing).
    QByteArray toRfc5322() const;

    // The bare address of "Name <address>".
    static QString envelopeAddress(const QString &mailbox);
    // Doubles a leading '.' on every line and appends the "<CRLF>.<CRLF>" terminator (RFC 5321 4.5.2).
    static QByteArray dotStuffed(const QByteArray &message);
};

} // namespace ClipDesk::Server
