// The shipped nginx site config (packaging/nginx/clipdesk.conf) in front of the real
// clipdesk-server (running the shipped example config): REST, WebSocket upgrades, body limits
// and nginx's own JSON errors.
#include "nginxprocess.h"

#include "freeport.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "testapiclient.h"
#include "testwebsocket.h"

#include <QtTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace ClipDesk::Testing;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

constexpr auto ProxyTooLargeMessage = "The request body is too large.";

QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("CLIPDESK_SOURCE_DIR") + u'/' + relative;
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

Headers upgradeHeaders()
{
    return {{"Upgrade", "websocket"},
            {"Connection", "Upgrade"},
            {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
            {"Sec-WebSocket-Version", "13"}};
}

} // namespace

class TestNginxProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthThroughTheProxy();
    void unknownPathsGetJson404();
    void webSocketUpgradeReachesTheServer();
    void signedInWebSocketThroughTheProxy();
    void oversizedBodyIsRefused();
    void uploadsMayBeLarge();
    void serverDownGivesJson503();
    void cleanupTestCase();

private:
    std::optional<RawHttpResponse> viaProxy(QByteArrayView method, QByteArrayView target, const Headers &headers = {},
                                            QByteArrayView body = {});

    std::unique_ptr<ServerProcess> m_server;
    NginxProcess m_nginx;
    quint16 m_proxyPort = 0;
};

void TestNginxProxy::initTestCase()
{
    QVERIFY2(QFileInfo(NginxProcess::binary()).isExecutable(), "nginx is installed by packaging/install-deps.sh");
    m_server = std::make_unique<ServerProcess>(
        QStringList{QStringLiteral("--config"), sourcePath(QStringLiteral("packaging/clipdesk-server.example.json"))});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    m_proxyPort = freeLoopbackPort();
    const QByteArray site = m_nginx.siteConfig(sourcePath(QStringLiteral("packaging/nginx/clipdesk.conf")),
                                               m_server->port(), m_proxyPort);
    QVERIFY2(!site.isEmpty(), qPrintable(m_nginx.errorString()));
    QVERIFY2(m_nginx.start(site, m_proxyPort), qPrintable(m_nginx.errorString()));
}

std::optional<RawHttpResponse> TestNginxProxy::viaProxy(QByteArrayView method, QByteArrayView target,
                                                       const Headers &headers, QByteArrayView body)
{
    RawHttpClient client;
    if (!client.connectTo(m_proxyPort))
        return std::nullopt;
    return client.request(method, target, headers, body, 10'000); // it sends "Host: 127.0.0.1" itself
}

void TestNginxProxy::healthThroughTheProxy()
{
    const auto response = viaProxy("GET", "/api/v1/health");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("server"), QByteArrayLiteral("nginx")); // server_tokens off: no version
    QVERIFY(response->header("content-type").startsWith("application/json"));
    QCOMPARE(response->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(response->json().value(QStringLiteral("version")).toString(), QStringLiteral(CLIPDESK_VERSION));
    QCOMPARE(response->header("x-content-type-options"), QByteArrayLiteral("nosniff"));
}

void TestNginxProxy::unknownPathsGetJson404()
{
    const auto response = viaProxy("GET", "/index.html");
    QVERIFY(response);
    QCOMPARE(response->status, 404);
    QCOMPARE(response->errorCode(), QStringLiteral("not_found"));
}

void TestNginxProxy::webSocketUpgradeReachesTheServer()
{
    // What the server itself answers to an upgrade without a token...
    RawHttpClient direct;
    QVERIFY(direct.connectTo(m_server->port()));
    const auto fromServer = direct.request("GET", "/ws", upgradeHeaders());
    QVERIFY(fromServer);
    QCOMPARE(fromServer->status, 401);
    QVERIFY(!fromServer->errorCode().isEmpty());

    // ...comes back unchanged through nginx: the upgrade was proxied, not answered by nginx.
    const auto throughProxy = viaProxy("GET", "/ws", upgradeHeaders());
    QVERIFY(throughProxy);
    QCOMPARE(throughProxy->status, 401);
    QCOMPARE(throughProxy->header("server"), QByteArrayLiteral("nginx"));
    QCOMPARE(throughProxy->errorCode(), fromServer->errorCode());
    QCOMPARE(throughProxy->json(), fromServer->json());
}

void TestNginxProxy::signedInWebSocketThroughTheProxy()
{
    const QUrl proxyUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort));
    TestApiClient api(proxyUrl);
    const TestUser user = api.registerUser(QStringLiteral("clipper"), QStringLiteral("viaproxy"));
    QVERIFY2(user.isValid(), "register and sign in through nginx");

    TestWebSocket socket;
    QVERIFY2(socket.open(proxyUrl, user.token), qPrintable(socket.errorString()));
    QVERIFY(socket.isConnected());
    // It stays open: nginx keeps the upgraded connection instead of treating it as a request.
    QTest::qWait(300);
    QVERIFY(socket.isConnected());
    socket.close();
}

void TestNginxProxy::oversizedBodyIsRefused()
{
    // A 3 MiB JSON body is announced; nginx (client_max_body_size 2m) refuses it from the head.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_proxyPort));
    client.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 3145728\r\n\r\n{\"login\":\"");
    const auto response = client.readResponse(10'000);
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(response->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QLatin1String(ProxyTooLargeMessage));
}

void TestNginxProxy::uploadsMayBeLarge()
{
    // The same size is let through to the server on the tus upload path (it answers itself).
    RawHttpClient client;
    QVERIFY(client.connectTo(m_proxyPort));
    client.write("PATCH /api/v1/uploads/00000000-0000-0000-0000-000000000000 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                 "Content-Length: 3145728\r\n\r\n");
    client.write(QByteArray(64 * 1024, 'x'));
    const auto response = client.readResponse(10'000);
    QVERIFY(response);
    qInfo("upload answered %d: %s", response->status, response->body.constData());
    const QString message =
        response->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message != QLatin1String(ProxyTooLargeMessage), "nginx must not apply the 2m limit to uploads");
    QVERIFY2(response->status != 502 && response->status != 503, "the server answered the upload request");
    QVERIFY2(!response->errorCode().isEmpty() || response->status < 400, response->body.constData());
}

void TestNginxProxy::serverDownGivesJson503()
{
    QVERIFY(m_server->stop());
    const auto response = viaProxy("GET", "/api/v1/health");
    QVERIFY(response);
    QCOMPARE(response->status, 503);
    QCOMPARE(response->errorCode(), QStringLiteral("unavailable"));
}

void TestNginxProxy::cleanupTestCase()
{
    const qint64 pid = m_nginx.pid();
    if (pid > 0) {
        QVERIFY2(m_nginx.stop(), "nginx exits on SIGQUIT");
        QVERIFY(!processExists(pid));
    }
    m_server.reset();
}

QTEST_GUILESS_MAIN(TestNginxProxy)
#include "tst_nginxproxy.moc"
