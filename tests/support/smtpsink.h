#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace ClipDesk::Testing {

struct ReceivedMail
{
    QString from;            // envelope sender (MAIL FROM)
    QStringList recipients;  // envelope recipients (RCPT TO)
    QByteArray data;         // the message as sent after DATA, dot-unstuffed, CRLF line endings
    QString authenticatedAs; // the AUTH PLAIN/LOGIN user, if any

    QString text() const { return QString::fromUtf8(data); }
};

// A minimal SMTP server on 127.0.0.1 for tests: accepts EHLO/HELO, AUTH PLAIN and LOGIN
// (any credentials), MAIL FROM, RCPT TO, DATA, RSET, NOOP and QUIT, and records every message.
class SmtpSink final : public QObject
{
    Q_OBJECT

public:
    explicit SmtpSink(QObject *parent = nullptr);
    ~SmtpSink() override;
    Q_DISABLE_COPY_MOVE(SmtpSink)

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    const QList<ReceivedMail> &messages() const { return m_messages; }
    // Runs the event loop until at least `count` messages have arrived.
    bool waitForMessages(qsizetype count, int timeoutMs = 15000);

Q_SIGNALS:
    void messageReceived(const ClipDesk::Testing::ReceivedMail &mail);

private:
    struct Session
    {
        QByteArray buffer;
        ReceivedMail current;
        bool inData = false;
        int authStep = 0; // AUTH LOGIN: 1 = awaiting user, 2 = awaiting password
    };

    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void onCommand(QTcpSocket *socket, Session &session, const QByteArray &line);
    void onDataLine(QTcpSocket *socket, Session &session, const QByteArray &line);

    QTcpServer m_server;
    QHash<QTcpSocket *, Session> m_sessions;
    QList<ReceivedMail> m_messages;
};

} // namespace ClipDesk::Testing
