#pragma once

#include "domain/error.h"
#include "mailmessage.h"
#include "smtpsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QSslSocket;

namespace ClipDesk::Server {

// Delivers one message over one SMTP connection (RFC 5321): EHLO, optional STARTTLS,
// AUTH PLAIN or LOGIN when credentials are set, MAIL FROM, RCPT TO, DATA, QUIT.
// Every step has a timeout. Emits finished() exactly once, then deletes itself once closed.
class SmtpTransaction final : public QObject
{
    Q_OBJECT

public:
    SmtpTransaction(SmtpSettings settings, MailMessage message, QObject *parent = nullptr);
    ~SmtpTransaction() override;
    Q_DISABLE_COPY_MOVE(SmtpTransaction)

    void start();

Q_SIGNALS:
    void finished(const ClipDesk::Status &status);

private:
    enum class Step {
        Connecting, Greeting, Ehlo, StartTls, AuthPlain, AuthLoginUser, AuthLoginPassword, AuthLoginDone,
        MailFrom, RcptTo, Data, Body, Quit, Done
    };

    void onReadyRead();
    void onReply(int code, const QStringList &lines);
    void afterEhlo(const QStringList &capabilities);
    void sendMailFrom();
    void send(const QByteArray &line);
    void fail(const QString &message);
    void succeed();
    void finishQuit();

    SmtpSettings m_settings;
    MailMessage m_message;
    QSslSocket *m_socket;
    QTimer m_timeout;
    Step m_step = Step::Connecting;
    QByteArray m_buffer;
    QStringList m_replyLines;
};

} // namespace ClipDesk::Server
