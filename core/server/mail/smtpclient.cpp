#include "smtpclient.h"

#include "smtptransaction.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSmtp)

namespace ClipDesk::Server {

SmtpClient::SmtpClient(SmtpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

void SmtpClient::send(MailMessage message, std::function<void(const Status &)> done)
{
    if (message.from.isEmpty())
        message.from = m_settings.from;
    if (!m_settings.isConfigured()) {
        qCWarning(lcSmtp).noquote() << "no SMTP host is configured; this mail was NOT sent:\nTo:" << message.to
                                    << "\nSubject:" << message.subject << "\n\n" << message.body;
        if (done)
            done({});
        return;
    }

    auto *transaction = new SmtpTransaction(m_settings, message, this);
    connect(transaction, &SmtpTransaction::finished, this,
            [done = std::move(done)](const Status &status) {
                if (status)
                    qCInfo(lcSmtp) << "mail delivered to the SMTP server";
                else
                    qCWarning(lcSmtp) << "sending mail failed:" << status.error().message;
                if (done)
                    done(status);
            });
    transaction->start();
}

} // namespace ClipDesk::Server
