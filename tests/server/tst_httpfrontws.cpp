// The HTTP front's WebSocket upgrade and TLS, in-process on 127.0.0.1:0.
#include "httptestroutes.h"
#include "rawhttpclient.h"
#include "selfsignedtls.h"
#include "server/http/httpserver.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace ClipDesk::Server;
using namespace ClipDesk::Testing;

namespace {

const QByteArray GoodToken = QByteArrayLiteral("good-token");

QByteArray upgradeRequest(QByteArrayView path, QByteArrayView authorization)
{
    QByteArray request = "GET " + path.toByteArray() + " HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                         "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization.toByteArray() + "\r\n";
    return request + "\r\n";
}

} // namespace

class HttpFrontWebSocketTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpTestRoutes> m_routes;
    std::unique_ptr<HttpServer> m_server;
    QObject m_webSocketOwner; // takes the server-side sockets, like the WebSocket hub would
    QTemporaryDir m_tlsDir;
    QSslConfiguration m_tls;

    quint16 startServer(bool tls = false)
    {
        m_server.reset();
        m_routes = std::make_unique<HttpTestRoutes>();
        m_server = std::make_unique<HttpServer>(&m_routes->router);
        if (tls)
            m_server->setTlsConfiguration(m_tls);
        // Only "Bearer good-token" may open a WebSocket; its subject is "alice".
        m_server->setWebSocketAuthenticator([](const HttpRequest &request) -> std::expected<QString, HttpResponse> {
            if (request.bearerToken() != GoodToken)
                return std::unexpected(HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("no valid session")));
            return QStringLiteral("alice");
        });
        // Server side: echo every text message back, prefixed with the socket's subject.
        connect(m_server.get(), &HttpServer::webSocketConnected, &m_webSocketOwner, [this](QWebSocket *socket, const QString &subject) {
            socket->setParent(&m_webSocketOwner);
            connect(socket, &QWebSocket::textMessageReceived, socket, [socket, subject](const QString &message) {
                socket->sendTextMessage(subject + QLatin1Char(':') + message);
            });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    static void openClient(QWebSocket &client, const QString &url, const QByteArray &token)
    {
        QNetworkRequest request{QUrl(url)};
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        client.setSslConfiguration(tls);
        client.open(request);
    }

    static QString echo(QWebSocket &client, const QString &message)
    {
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        client.sendTextMessage(message);
        if (!received.wait(5000))
            return {};
        return received.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tlsDir.isValid());
        m_tls = selfSignedServerTls(m_tlsDir.path());
        QVERIFY(!m_tls.localCertificate().isNull());
        QVERIFY(!m_tls.privateKey().isNull());
    }

    void cleanup()
    {
        qDeleteAll(m_webSocketOwner.children());
        m_server.reset();
        m_routes.reset();
    }

    void refusedUpgradeGetsTheAuthenticatorsResponse()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write(upgradeRequest("/ws", "Bearer wrong"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        QCOMPARE(response->header("content-type"), QByteArray("application/json"));
        QCOMPARE(response->errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(client.waitForClosed());

        QWebSocket anonymous;
        QSignalSpy disconnected(&anonymous, &QWebSocket::disconnected);
        openClient(anonymous, QStringLiteral("ws://127.0.0.1:%1/ws").arg(port), {});
        QVERIFY(disconnected.wait(5000));
        QVERIFY(m_webSocketOwner.children().isEmpty());
    }

    void upgradesElsewhereAreRefused()
    {
        const quint16 port = startServer();
        RawHttpClient elsewhere;
        QVERIFY(elsewhere.connectTo(port));
        elsewhere.write(upgradeRequest("/hello", QByteArray("Bearer " + GoodToken)));
        const auto notFound = elsewhere.readResponse();
        QVERIFY(notFound);
        QCOMPARE(notFound->status, 404);

        RawHttpClient otherProtocol;
        QVERIFY(otherProtocol.connectTo(port));
        otherProtocol.write("GET /ws HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: h2c\r\nAuthorization: Bearer good-token\r\n\r\n");
        const auto badRequest = otherProtocol.readResponse();
        QVERIFY(badRequest);
        QCOMPARE(badRequest->status, 400);
    }

    void acceptedUpgradeEchoesAndCapsMessages()
    {
        const quint16 port = startServer();
        QWebSocket client;
        openClient(client, QStringLiteral("ws://127.0.0.1:%1/ws").arg(port), GoodToken);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
        QCOMPARE(echo(client, QStringLiteral("hi")), QStringLiteral("alice:hi"));
        QCOMPARE(m_webSocketOwner.children().size(), 1);
        QCOMPARE(m_server->connectionCount(), 1);

        // Just under the cap passes; above it the server closes with 1009 (message too big).
        QCOMPARE(echo(client, QString(1000 * 1000, QLatin1Char('x'))).size(), 1000 * 1000 + 6);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        client.sendBinaryMessage(QByteArray(1024 * 1024 + 1, 'y'));
        QVERIFY(disconnected.wait(10'000));
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void upgradeAfterPipelinedRequestWaitsForTheirAnswers()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write(QByteArray("GET /slow/200 HTTP/1.1\r\nHost: t\r\n\r\n" + upgradeRequest("/ws", QByteArray("Bearer " + GoodToken))));
        const auto slow = client.readResponse();
        QVERIFY(slow);
        QCOMPARE(slow->status, 200);
        const auto switching = client.readResponse();
        QVERIFY(switching);
        QCOMPARE(switching->status, 101);
        QCOMPARE(switching->header("sec-websocket-accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        QTRY_COMPARE(m_webSocketOwner.children().size(), 1);
    }

    void tlsServesHttpsAndWss()
    {
        const quint16 port = startServer(true);
        RawHttpClient https(RawHttpClient::Transport::Tls);
        QVERIFY(https.connectTo(port));
        QVERIFY(https.socket().isEncrypted());
        const auto response = https.request("GET", "/hello");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(QStringLiteral("hello")).toString(), QStringLiteral("world"));

        QWebSocket client;
        QObject::connect(&client, &QWebSocket::sslErrors, &client, [&client] { client.ignoreSslErrors(); });
        openClient(client, QStringLiteral("wss://127.0.0.1:%1/ws").arg(port), GoodToken);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
        QCOMPARE(echo(client, QStringLiteral("secure")), QStringLiteral("alice:secure"));

        // Plain HTTP on the TLS port gets nowhere.
        RawHttpClient plain;
        QVERIFY(plain.connectTo(port));
        plain.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
        const auto nothing = plain.readResponse(2000);
        QVERIFY(!nothing);
    }
};

QTEST_GUILESS_MAIN(HttpFrontWebSocketTest)
#include "tst_httpfrontws.moc"
