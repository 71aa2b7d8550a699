#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace ClipDesk::Testing {

// A WebSocket to the server's /ws, signed in with "Authorization: Bearer <token>", that keeps
// every JSON text message with the time it arrived. Waiting runs the event loop with a timeout.
//
//   TestWebSocket socket;
//   QVERIFY(socket.open(server.baseUrl(), user.token));
//   const qsizetype seen = socket.messageCount();
//   ... something that should poke the user ...
//   const auto poke = socket.waitFor(TestWebSocket::typeIs(QStringLiteral("poke")), 5000, seen);
class TestWebSocket final
{
public:
    struct Message
    {
        QJsonObject json;
        QString text;
        qint64 receivedAtMs = 0; // UTC epoch milliseconds
    };
    using Predicate = std::function<bool(const QJsonObject &)>;

    TestWebSocket();
    ~TestWebSocket();
    Q_DISABLE_COPY_MOVE(TestWebSocket)

    // Connects to ws://<host:port of baseUrl>/ws. True once the handshake succeeded.
    bool open(const QUrl &baseUrl, const QString &token, int timeoutMs = 10'000);
    bool isConnected() const;
    void close();
    // Runs the event loop until the socket is closed by the server. True if it was.
    bool waitForDisconnected(int timeoutMs);

    // The first message at index >= `fromIndex` that matches, waiting up to `timeoutMs` for it.
    std::optional<Message> waitFor(const Predicate &matches, int timeoutMs, qsizetype fromIndex = 0);
    static Predicate typeIs(const QString &type);

    const QList<Message> &messages() const { return m_messages; }
    qsizetype messageCount() const { return m_messages.size(); }
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QWebSocket> m_socket;
    QList<Message> m_messages;
    QString m_error;
};

} // namespace ClipDesk::Testing
