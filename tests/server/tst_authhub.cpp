// WebSocketHub in-process over real loopback WebSockets: ownership, per-session and per-user
// bookkeeping, ping/pong, fan-out to a user, and closing revoked sessions.
#include "server/ws/websockethub.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace ClipDesk::Server;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestAuthHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<WebSocketHub>();
        m_server = std::make_unique<QWebSocketServer>(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        // The test passes the owner in the URL; the real server learns it from the session.
        connect(m_server.get(), &QWebSocketServer::newConnection, m_hub.get(), [this] {
            while (QWebSocket *socket = m_server->nextPendingConnection()) {
                const QUrlQuery query(socket->requestUrl());
                const QString session = query.queryItemValue(QStringLiteral("session"));
                const QString user = query.queryItemValue(QStringLiteral("user"));
                if (user.isEmpty())
                    m_hub->adopt(socket, session); // through the lookup
                else
                    m_hub->adopt(socket, session, user);
            }
        });
    }

    void cleanup()
    {
        m_clients.clear();
        m_hub.reset();
        m_server.reset();
    }

    void tracksSocketsBySessionAndUser()
    {
        QSignalSpy connectedUsers(m_hub.get(), &WebSocketHub::userConnected);
        QSignalSpy disconnectedUsers(m_hub.get(), &WebSocketHub::userDisconnected);
        QWebSocket *a1 = connectClient(QStringLiteral("s1"), QStringLiteral("alice"));
        QWebSocket *a2 = connectClient(QStringLiteral("s2"), QStringLiteral("alice"));
        QWebSocket *b1 = connectClient(QStringLiteral("s3"), QStringLiteral("bob"));
        QVERIFY(a1 && a2 && b1);
        QTRY_COMPARE(m_hub->connectionCount(), 3);
        QCOMPARE(m_hub->userConnectionCount(QStringLiteral("alice")), 2);
        QCOMPARE(m_hub->sessionConnectionCount(QStringLiteral("s3")), 1);
        QCOMPARE(connectedUsers.size(), 2);
        QVERIFY(m_hub->isUserConnected(QStringLiteral("bob")));

        // A socket that goes away is forgotten, and the hub deletes its end.
        b1->close();
        QTRY_COMPARE(m_hub->connectionCount(), 2);
        QVERIFY(!m_hub->isUserConnected(QStringLiteral("bob")));
        QCOMPARE(disconnectedUsers.size(), 1);
        QCOMPARE(disconnectedUsers.constFirst().constFirst().toString(), QStringLiteral("bob"));
    }

    void answersPings()
    {
        QWebSocket *client = connectClient(QStringLiteral("s1"), QStringLiteral("alice"));
        QVERIFY(client);
        QSignalSpy messages(client, &QWebSocket::textMessageReceived);
        QSignalSpy forwarded(m_hub.get(), &WebSocketHub::messageReceived);
        client->sendTextMessage(QStringLiteral("ping"));
        client->sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
        client->sendTextMessage(QStringLiteral(R"({"type":"typing","chat":"c1"})"));
        client->sendTextMessage(QStringLiteral("not json"));
        QTRY_COMPARE(messages.size(), 3);
        QCOMPARE(parse(messages.at(0).constFirst().toString()).value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
        QCOMPARE(parse(messages.at(1).constFirst().toString()).value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
        QCOMPARE(parse(messages.at(2).constFirst().toString()).value(QStringLiteral("code")).toString(), QStringLiteral("invalid_message"));
        QCOMPARE(forwarded.size(), 1);
        QCOMPARE(forwarded.constFirst().at(0).toString(), QStringLiteral("alice"));
        QCOMPARE(forwarded.constFirst().at(1).toString(), QStringLiteral("s1"));
        QCOMPARE(forwarded.constFirst().at(2).toJsonObject().value(QStringLiteral("chat")).toString(), QStringLiteral("c1"));
    }

    void sendsToEverySocketOfAUser()
    {
        QWebSocket *a1 = connectClient(QStringLiteral("s1"), QStringLiteral("alice"));
        QWebSocket *a2 = connectClient(QStringLiteral("s2"), QStringLiteral("alice"));
        QWebSocket *b1 = connectClient(QStringLiteral("s3"), QStringLiteral("bob"));
        QVERIFY(a1 && a2 && b1);
        QTRY_COMPARE(m_hub->connectionCount(), 3);
        QSignalSpy gotA1(a1, &QWebSocket::textMessageReceived);
        QSignalSpy gotA2(a2, &QWebSocket::textMessageReceived);
        QSignalSpy gotB1(b1, &QWebSocket::textMessageReceived);
        QCOMPARE(m_hub->sendToUser(QStringLiteral("alice"), {{QStringLiteral("type"), QStringLiteral("poke")}}), 2);
        QCOMPARE(m_hub->sendToUser(QStringLiteral("nobody"), {{QStringLiteral("type"), QStringLiteral("poke")}}), 0);
        QTRY_VERIFY(!gotA1.isEmpty() && !gotA2.isEmpty());
        QCOMPARE(parse(gotA1.constFirst().constFirst().toString()).value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
        QTest::qWait(50);
        QVERIFY(gotB1.isEmpty());
    }

    void closesRevokedSessionsOnly()
    {
        QWebSocket *a1 = connectClient(QStringLiteral("s1"), QStringLiteral("alice"));
        QWebSocket *a2 = connectClient(QStringLiteral("s2"), QStringLiteral("alice"));
        QWebSocket *b1 = connectClient(QStringLiteral("s3"), QStringLiteral("bob"));
        QVERIFY(a1 && a2 && b1);
        QTRY_COMPARE(m_hub->connectionCount(), 3);
        QSignalSpy closedA1(a1, &QWebSocket::disconnected);
        QSignalSpy closedA2(a2, &QWebSocket::disconnected);

        m_hub->closeSession(QStringLiteral("s1"));
        QCOMPARE(m_hub->connectionCount(), 2); // forgotten at once: nothing more is sent to it
        QTRY_VERIFY(!closedA1.isEmpty());
        QCOMPARE(int(a1->closeCode()), int(WebSocketHub::SessionRevokedCloseCode));
        QCOMPARE(a1->closeReason(), QStringLiteral("session revoked"));
        QVERIFY(closedA2.isEmpty());

        m_hub->closeUser(QStringLiteral("alice"));
        QTRY_VERIFY(!closedA2.isEmpty());
        QCOMPARE(m_hub->connectionCount(), 1);
        QCOMPARE(b1->state(), QAbstractSocket::ConnectedState);
    }

    void lookupDecidesOwnersAndEndedSessions()
    {
        QSet<QString> validSessions{QStringLiteral("good"), QStringLiteral("later-revoked")};
        m_hub->setSessionOwnerLookup([&validSessions](const QString &session) -> std::optional<QString> {
            if (!validSessions.contains(session))
                return std::nullopt;
            return QStringLiteral("owner-of-") + session;
        });
        QWebSocket *good = connectClient(QStringLiteral("good"));
        QWebSocket *revoked = connectClient(QStringLiteral("later-revoked"));
        QVERIFY(good && revoked);
        QTRY_COMPARE(m_hub->connectionCount(), 2);
        QCOMPARE(m_hub->userConnectionCount(QStringLiteral("owner-of-good")), 1);

        // A socket whose session is not valid (any more) is closed at once.
        QWebSocket *invalid = connectClient(QStringLiteral("unknown"));
        QVERIFY(invalid);
        QTRY_COMPARE(invalid->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(invalid->closeCode()), int(WebSocketHub::SessionRevokedCloseCode));
        QCOMPARE(m_hub->connectionCount(), 2);

        // Sessions revoked elsewhere (another process) are swept.
        validSessions.remove(QStringLiteral("later-revoked"));
        m_hub->closeEndedSessions();
        QTRY_COMPARE(revoked->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(good->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_hub->connectionCount(), 1);
        m_hub->setSessionOwnerLookup({});
    }

private:
    QWebSocket *connectClient(const QString &session, const QString &user = {})
    {
        auto client = std::make_unique<QWebSocket>();
        QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->serverPort()));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("session"), session);
        if (!user.isEmpty())
            query.addQueryItem(QStringLiteral("user"), user);
        url.setQuery(query);
        QSignalSpy connected(client.get(), &QWebSocket::connected);
        client->open(url);
        if (!QTest::qWaitFor([&] { return !connected.isEmpty(); }, 10000))
            return nullptr;
        m_clients.push_back(std::move(client));
        return m_clients.back().get();
    }

    std::unique_ptr<WebSocketHub> m_hub;
    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<std::unique_ptr<QWebSocket>> m_clients;
};

QTEST_GUILESS_MAIN(TestAuthHub)
#include "tst_authhub.moc"
