#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Server {

// Outgoing mail. Read from the "smtp" object of the server config:
// {"host": "smtp.example.com", "port": 587, "from": "ClipDesk <noreply@example.com>",
//  "username": "...", "password": "...", "starttls": true, "timeout_ms": 30000}
// Without a host no mail is sent; messages are logged at warning level instead (development).
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    QString host;
    quint16 port = 25;
    QString from = QStringLiteral("ClipDesk <noreply@localhost>");
    QString username; // AUTH PLAIN/LOGIN when set
    QString password;
    bool startTls = false;
    int timeoutMs = 30'000;

    bool isConfigured() const { return !host.isEmpty(); }

    static Result<SmtpSettings> fromJson(const QJsonObject &json);
};

} // namespace ClipDesk::Server
