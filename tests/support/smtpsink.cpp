#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>

namespace ClipDesk::Testing {

namespace {

QString addressIn(const QByteArray &argument)
{
    const qsizetype open = argument.indexOf('<');
    const qsizetype close = argument.indexOf('>', open);
    if (open >= 0 && close > open)
        return QString::fromUtf8(argument.mid(open + 1, close - open - 1));
    return QString::fromUtf8(argument.trimmed());
}

} // namespace

SmtpSink::SmtpSink(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SmtpSink::onConnection);
}

SmtpSink::~SmtpSink() = default;

bool SmtpSink::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool SmtpSink::waitForMessages(qsizetype count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_messages.size() < count && !deadline.hasExpired())
        QTest::qWait(20);
    return m_messages.size() >= count;
}

void SmtpSink::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_sessions.insert(socket, Session{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sessions.remove(socket);
            socket->deleteLater();
        });
        socket->write("220 sink.test ESMTP ready\r\n");
    }
}

void SmtpSink::onReadyRead(QTcpSocket *socket)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    it->buffer += socket->readAll();
    qsizetype end;
    while ((end = it->buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = it->buffer.left(end);
        it->buffer.remove(0, end + 2);
        if (it->inData)
            onDataLine(socket, *it, line);
        else
            onCommand(socket, *it, line);
        it = m_sessions.find(socket);
        if (it == m_sessions.end())
            return;
    }
}

void SmtpSink::onCommand(QTcpSocket *socket, Session &session, const QByteArray &line)
{
    if (session.authStep == 1) {
        session.current.authenticatedAs = QString::fromUtf8(QByteArray::fromBase64(line));
        session.authStep = 2;
        socket->write("334 UGFzc3dvcmQ6\r\n");
        return;
    }
    if (session.authStep == 2) {
        session.authStep = 0;
        socket->write("235 2.7.0 Authentication successful\r\n");
        return;
    }

    const QByteArray verb = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' ')).toUpper();
    const QByteArray argument = line.mid(verb.size()).trimmed();
    if (verb == "EHLO") {
        socket->write("250-sink.test\r\n250-8BITMIME\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10485760\r\n");
    } else if (verb == "HELO") {
        socket->write("250 sink.test\r\n");
    } else if (verb == "AUTH") {
        const QList<QByteArray> words = argument.split(' ');
        if (words.value(0).toUpper() == "PLAIN" && words.size() > 1) {
            const QList<QByteArray> parts = QByteArray::fromBase64(words.at(1)).split('\0');
            session.current.authenticatedAs = QString::fromUtf8(parts.value(1));
            socket->write("235 2.7.0 Authentication successful\r\n");
        } else if (words.value(0).toUpper() == "LOGIN") {
            session.authStep = 1;
            socket->write("334 VXNlcm5hbWU6\r\n");
        } else {
            socket->write("504 5.5.4 Unsupported mechanism\r\n");
        }
    } else if (verb == "MAIL") {
        session.current.from = addressIn(argument);
        session.current.recipients.clear();
        session.current.data.clear();
        socket->write("250 2.1.0 OK\r\n");
    } else if (verb == "RCPT") {
        session.current.recipients.append(addressIn(argument));
        socket->write("250 2.1.5 OK\r\n");
    } else if (verb == "DATA") {
        if (session.current.recipients.isEmpty()) {
            socket->write("503 5.5.1 No recipients\r\n");
            return;
        }
        session.inData = true;
        socket->write("354 End data with <CR><LF>.<CR><LF>\r\n");
    } else if (verb == "RSET") {
        session.current = ReceivedMail{};
        socket->write("250 2.0.0 OK\r\n");
    } else if (verb == "NOOP") {
        socket->write("250 2.0.0 OK\r\n");
    } else if (verb == "QUIT") {
        socket->write("221 2.0.0 Bye\r\n");
        socket->disconnectFromHost();
    } else {
        socket->write("502 5.5.2 Command not implemented\r\n");
    }
}

void SmtpSink::onDataLine(QTcpSocket *socket, Session &session, const QByteArray &line)
{
    if (line == ".") {
        session.inData = false;
        ReceivedMail mail = session.current;
        session.current.recipients.clear();
        session.current.data.clear();
        m_messages.append(mail);
        socket->write("250 2.0.0 Queued\r\n");
        Q_EMIT messageReceived(mail);
        return;
    }
    session.current.data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
}

} // namespace ClipDesk::Testing
