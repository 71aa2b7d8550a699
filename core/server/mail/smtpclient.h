#pragma once

#include "domain/error.h"
#include "mailmessage.h"
#include "smtpsettings.h"

#include <QObject>

#include <functional>

namespace ClipDesk::Server {

// Sends mail asynchronously; each message gets its own SMTP connection (SmtpTransaction).
// Failures are logged and reported to the optional callback; they never block the caller.
// Without a configured host, messages are logged at warning level instead of being sent.
class SmtpClient final : public QObject
{
    Q_OBJECT

public:
    explicit SmtpClient(SmtpSettings settings, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SmtpClient)

    const SmtpSettings &settings() const { return m_settings; }

    // `message.from` defaults to the configured sender. `done` runs on this object's thread.
    void send(MailMessage message, std::function<void(const Status &)> done = {});

private:
    SmtpSettings m_settings;
};

} // namespace ClipDesk::Server
