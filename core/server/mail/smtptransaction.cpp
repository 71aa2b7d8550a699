#include "smtptransaction.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcSmtp, "clipdesk.mail", QtInfoMsg)

namespace ClipDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTransaction)
};

constexpr qsizetype MaxReplyBytes = 64 * 1024;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool hasAuthMechanism(const QStringList &capabilities, QLatin1String mechanism)
{
    for (const QString &line : capabilities) {
        const QStringList words = line.toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty() && (words.first() == u"AUTH" || words.first() == u"AUTH=") && words.contains(mechanism))
            return true;
    }
    return false;
}

} // namespace

SmtpTransaction::SmtpTransaction(SmtpSettings settings, MailMessage message, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_message(std::move(message))
    , m_socket(new QSslSocket(this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_settings.timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_step == Step::Quit)
            return finishQuit();
        fail(Tr::tr("The mail server did not answer in time."));
    });
    connect(m_socket, &QSslSocket::connected, this, [this] { m_step = Step::Greeting; });
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpTransaction::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_timeout.start();
        m_step = Step::Ehlo;
        send("EHLO clipdesk");
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_step == Step::Quit || m_step == Step::Done)
            return;
        fail(Tr::tr("Connection to the mail server failed: %1").arg(m_socket->errorString()));
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        fail(Tr::tr("The mail server's TLS certificate was refused: %1").arg(errors.isEmpty() ? QString() : errors.first().errorString()));
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_step == Step::Quit)
            return finishQuit();
        if (m_step != Step::Done)
            fail(Tr::tr("The mail server closed the connection."));
    });
}

SmtpTransaction::~SmtpTransaction() = default;

void SmtpTransaction::start()
{
    m_timeout.start();
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void SmtpTransaction::send(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
}

void SmtpTransaction::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > MaxReplyBytes) {
        fail(Tr::tr("The mail server sent an oversized reply."));
        return;
    }
    qsizetype end;
    while (m_step != Step::Done && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (line.size() < 3) {
            fail(Tr::tr("The mail server sent a malformed reply."));
            return;
        }
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok) {
            fail(Tr::tr("The mail server sent a malformed reply."));
            return;
        }
        m_replyLines.append(QString::fromUtf8(line.mid(4)));
        if (line.size() > 3 && line.at(3) == '-')
            continue; // more lines of a multi-line reply follow
        const QStringList lines = std::exchange(m_replyLines, {});
        m_timeout.start();
        onReply(code, lines);
    }
}

void SmtpTransaction::onReply(int code, const QStringList &lines)
{
    const auto unexpected = [&] {
        fail(Tr::tr("The mail server refused the message: %1 %2").arg(code).arg(lines.join(QLatin1Char(' '))));
    };
    switch (m_step) {
    case Step::Connecting:
    case Step::Greeting:
        if (code != 220)
            return unexpected();
        m_step = Step::Ehlo;
        return send("EHLO clipdesk");
    case Step::Ehlo:
        if (code != 250)
            return unexpected();
        return afterEhlo(lines.mid(1));
    case Step::StartTls:
        if (code != 220)
            return unexpected();
        m_timeout.start();
        return m_socket->startClientEncryption();
    case Step::AuthPlain:
    case Step::AuthLoginDone:
        if (code != 235)
            return fail(Tr::tr("The mail server refused the SMTP credentials: %1 %2").arg(code).arg(lines.join(QLatin1Char(' '))));
        return sendMailFrom();
    case Step::AuthLoginUser:
        if (code != 334)
            return unexpected();
        m_step = Step::AuthLoginPassword;
        return send(m_settings.username.toUtf8().toBase64());
    case Step::AuthLoginPassword:
        if (code != 334)
            return unexpected();
        m_step = Step::AuthLoginDone;
        return send(m_settings.password.toUtf8().toBase64());
    case Step::MailFrom:
        if (code != 250)
            return unexpected();
        m_step = Step::RcptTo;
        return send("RCPT TO:<" + MailMessage::envelopeAddress(m_message.to).toUtf8() + '>');
    case Step::RcptTo:
        if (code != 250 && code != 251)
            return unexpected();
        m_step = Step::Data;
        return send("DATA");
    case Step::Data:
        if (code != 354)
            return unexpected();
        m_step = Step::Body;
        m_socket->write(MailMessage::dotStuffed(m_message.toRfc5322()));
        return;
    case Step::Body:
        if (code != 250)
            return unexpected();
        m_step = Step::Quit;
        send("QUIT");
        return succeed();
    case Step::Quit:
        m_socket->disconnectFromHost();
        return;
    case Step::Done:
        return;
    }
}

void SmtpTransaction::afterEhlo(const QStringList &capabilities)
{
    const bool encrypted = m_socket->isEncrypted();
    if (m_settings.startTls && !encrypted) {
        if (!capabilities.contains(QStringLiteral("STARTTLS"), Qt::CaseInsensitive))
            return fail(Tr::tr("The mail server does not offer STARTTLS."));
        m_step = Step::StartTls;
        return send("STARTTLS");
    }
    if (m_settings.username.isEmpty())
        return sendMailFrom();
    if (!encrypted && !isLoopbackHost(m_settings.host))
        return fail(Tr::tr("Refusing to send SMTP credentials over an unencrypted connection; enable \"starttls\"."));
    if (hasAuthMechanism(capabilities, QLatin1String("PLAIN"))) {
        m_step = Step::AuthPlain;
        const QByteArray credentials = '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password.toUtf8();
        return send("AUTH PLAIN " + credentials.toBase64());
    }
    if (hasAuthMechanism(capabilities, QLatin1String("LOGIN"))) {
        m_step = Step::AuthLoginUser;
        return send("AUTH LOGIN");
    }
    fail(Tr::tr("The mail server offers neither AUTH PLAIN nor AUTH LOGIN."));
}

void SmtpTransaction::sendMailFrom()
{
    m_step = Step::MailFrom;
    send("MAIL FROM:<" + MailMessage::envelopeAddress(m_settings.from).toUtf8() + '>');
}

void SmtpTransaction::fail(const QString &message)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_timeout.stop();
    m_socket->abort();
    Q_EMIT finished(failure(QStringLiteral("smtp_error"), message));
    deleteLater();
}

void SmtpTransaction::succeed()
{
    Q_EMIT finished({});
    // The QUIT reply is awaited only to close politely; the timeout still bounds it.
}

void SmtpTransaction::finishQuit()
{
    m_step = Step::Done;
    m_timeout.stop();
    m_socket->abort();
    deleteLater();
}

} // namespace ClipDesk::Server
