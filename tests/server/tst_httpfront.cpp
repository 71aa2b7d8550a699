// The HTTP/1.1 front (HttpServer + llhttp) in-process, on 127.0.0.1:0, talked to with raw bytes.
#include "httptestroutes.h"
#include "rawhttpclient.h"
#include "server/http/httpserver.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace ClipDesk::Server;
using namespace ClipDesk::Testing;

namespace {

QByteArray get(QByteArrayView target, QByteArrayView extraHeaders = {})
{
    return "GET " + target.toByteArray() + " HTTP/1.1\r\nHost: t\r\n" + extraHeaders.toByteArray() + "\r\n";
}

} // namespace

class HttpFrontTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpTestRoutes> m_routes;
    std::unique_ptr<HttpServer> m_server;

    quint16 startServer(HttpLimits limits = {})
    {
        m_server.reset();
        m_routes = std::make_unique<HttpTestRoutes>();
        m_server = std::make_unique<HttpServer>(&m_routes->router, limits);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    // Sends `bytes` on a new connection and expects one error response with `status`, after
    // which the server closes the connection.
    void expectErrorAndClose(const QByteArray &bytes, int status, const QString &code)
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_server->serverPort()));
        client.write(bytes);
        const auto response = client.readResponse();
        QVERIFY2(response, bytes.left(200).constData());
        QCOMPARE(response->status, status);
        QCOMPARE(response->header("content-type"), QByteArray("application/json"));
        QCOMPARE(response->errorCode(), code);
        QVERIFY(!response->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_routes.reset();
    }

    void keepAliveServesTwoRequestsOnOneSocket()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        for (int i = 0; i < 2; ++i) {
            const auto response = client.request("GET", "/hello");
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->json().value(QStringLiteral("hello")).toString(), QStringLiteral("world"));
            QVERIFY(response->header("connection").isEmpty());
        }
        QVERIFY(client.isConnected());
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void pipelinedResponsesKeepRequestOrder()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        // The first answer is the slowest: the later ones must wait for it.
        QVERIFY(client.send(QByteArray(get("/slow/300") + get("/slow/20") + get("/hello") + get("/items/x"))));
        const QList<QString> expected = {QStringLiteral("ms=300"), QStringLiteral("ms=20"), QStringLiteral("hello"), QStringLiteral("id=x")};
        for (const QString &want : expected) {
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            const QJsonObject json = response->json();
            const QString got = json.contains(QStringLiteral("ms")) ? QStringLiteral("ms=%1").arg(json.value(QStringLiteral("ms")).toInt())
                              : json.contains(QStringLiteral("id")) ? QStringLiteral("id=") + json.value(QStringLiteral("id")).toString()
                                                                    : QStringLiteral("hello");
            QCOMPARE(got, want);
        }
        QVERIFY(client.isConnected());
    }

    void http10ClosesUnlessKeepAlive()
    {
        const quint16 port = startServer();
        {
            RawHttpClient client;
            QVERIFY(client.connectTo(port));
            client.write("GET /hello HTTP/1.0\r\n\r\n");
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->header("connection"), QByteArray("close"));
            QVERIFY(client.waitForClosed());
        }
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const auto first = client.readResponse();
        QVERIFY(first);
        QCOMPARE(first->header("connection"), QByteArray("keep-alive"));
        client.write("GET /items/2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const auto second = client.readResponse();
        QVERIFY(second);
        QCOMPARE(second->json().value(QStringLiteral("id")).toString(), QStringLiteral("2"));
    }

    void connectionCloseIsHonoured()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write(get("/hello", "Connection: close\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed());
    }

    void streamingSinkSeesChunksBeforeTheBodyEnds()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        const qint64 total = 2 * 1024 * 1024;
        QVERIFY(client.send(QByteArray("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(total) + "\r\n\r\n")));
        QVERIFY(client.send(QByteArray(256 * 1024, 'a')));
        // The client still holds the rest, and the sink already has data.
        QTRY_VERIFY(m_routes->upload->received.size() > 0);
        QVERIFY(!m_routes->upload->finished);
        QVERIFY(client.send(QByteArray(total - 256 * 1024, 'b')));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(QStringLiteral("bytes")).toInteger(), total);
        QVERIFY(response->json().value(QStringLiteral("chunks")).toInt() > 1);
        QCOMPARE(m_routes->upload->received.count('a'), 256 * 1024);
        QTRY_VERIFY(m_routes->upload->sinkDestroyed);
    }

    void streamingRouteCanRefuseBeforeTheBody()
    {
        startServer();
        expectErrorAndClose("POST /upload HTTP/1.1\r\nHost: t\r\nX-Refuse: yes\r\nContent-Length: 100000\r\n\r\n", 403,
                            QStringLiteral("forbidden"));
    }

    void declaredBodyOverTheCapGets413BeforeTheBodyIsRead()
    {
        startServer();
        expectErrorAndClose("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2147483648\r\n\r\n", 413,
                            QStringLiteral("payload_too_large"));
        expectErrorAndClose("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 2147483648\r\n\r\n", 413,
                            QStringLiteral("payload_too_large"));
    }

    void chunkedBodyOverTheCapGets413()
    {
        startServer();
        QByteArray request = "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 3; ++i)
            request += "200\r\n" + QByteArray(512, 'x') + "\r\n";
        expectErrorAndClose(request, 413, QStringLiteral("payload_too_large"));
    }

    void chunkedBodyWithinTheCapIsDecoded()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("hello world"));
    }

    void hugeHeadGets431()
    {
        startServer();
        expectErrorAndClose(get("/hello", QByteArray("X-Big: " + QByteArray(70 * 1024, 'h') + "\r\n")), 431, QStringLiteral("headers_too_large"));
    }

    void garbageGets400()
    {
        startServer();
        expectErrorAndClose(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n"), 400, QStringLiteral("bad_request"));
        expectErrorAndClose("GET /hello HTTP/1.1\r\n\r\n", 400, QStringLiteral("bad_request")); // no Host
    }

    void smugglingAttemptsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray head = "POST /echo HTTP/1.1\r\nHost: t\r\n";
        QTest::newRow("CL then TE") << head + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("TE then CL") << head + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("two CL, same") << head + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello" << 400;
        QTest::newRow("two CL, different") << head + "Content-Length: 5\r\nContent-Length: 50\r\n\r\nhello" << 400;
        QTest::newRow("CL list") << head + "Content-Length: 5, 5\r\n\r\nhello" << 400;
        QTest::newRow("CL sign") << head + "Content-Length: +5\r\n\r\nhello" << 400;
        QTest::newRow("space before colon") << head + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("TE chunked twice") << head + "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("TE gzip") << head + "Transfer-Encoding: gzip\r\n\r\nhello" << 501;
        QTest::newRow("TE gzip, chunked") << head + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" << 501;
        QTest::newRow("TE in HTTP/1.0") << QByteArray("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("POST /echo HTTP/1.1\nHost: t\nContent-Length: 5\n\nhello") << 400;
        QTest::newRow("bad chunk size") << head + "Transfer-Encoding: chunked\r\n\r\n5x\r\nhello\r\n0\r\n\r\n" << 400;
        QTest::newRow("two Host") << QByteArray("GET /hello HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("NUL in header") << QByteArray("GET /hello HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n", 39) << 400;
    }

    void smugglingAttemptsAreRejected()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        startServer();
        expectErrorAndClose(request, status, status == 501 ? QStringLiteral("not_implemented") : QStringLiteral("bad_request"));
    }

    void unknownPathAndWrongMethodGiveJsonErrors()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        const auto missing = client.request("GET", "/nothing/here");
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QCOMPARE(missing->header("content-type"), QByteArray("application/json"));
        QCOMPARE(missing->errorCode(), QStringLiteral("not_found"));
        const auto wrongMethod = client.request("DELETE", "/hello");
        QVERIFY(wrongMethod);
        QCOMPARE(wrongMethod->status, 405);
        QCOMPARE(wrongMethod->errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(wrongMethod->header("allow"), QByteArray("GET, HEAD"));
        // Bodiless errors keep the connection.
        QVERIFY(client.request("GET", "/hello"));
    }

    void headAnswersWithoutBody()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        const auto head = client.request("HEAD", "/hello");
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("content-length"), QByteArray("17"));
        const auto next = client.request("GET", "/hello");
        QVERIFY(next);
        QCOMPARE(next->body, QByteArray(R"({"hello":"world"})"));
    }

    void routerDecodesParamsAndIgnoresTrailingSlash()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        const auto decoded = client.request("GET", "/items/caf%C3%A9%20au%20lait");
        QVERIFY(decoded);
        QCOMPARE(decoded->json().value(QStringLiteral("id")).toString(), QStringLiteral("café au lait"));
        const auto slash = client.request("GET", "/items/x/?q=1");
        QVERIFY(slash);
        QCOMPARE(slash->json().value(QStringLiteral("id")).toString(), QStringLiteral("x"));
        const auto empty = client.request("GET", "/items//");
        QVERIFY(empty);
        QCOMPARE(empty->status, 404);
        const auto encodedSlash = client.request("GET", "/items/a%2Fb");
        QVERIFY(encodedSlash);
        QCOMPARE(encodedSlash->status, 400);
    }

    void expectContinueOnlyForAcceptedBodies()
    {
        const quint16 port = startServer();
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        const auto interim = client.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        client.write("hello");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("hello"));

        RawHttpClient refused;
        QVERIFY(refused.connectTo(port));
        refused.write("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
        const auto tooLarge = refused.readResponse();
        QVERIFY(tooLarge);
        QCOMPARE(tooLarge->status, 413);
    }

    void respondersAreSafeAndSingleShot()
    {
        const quint16 port = startServer();
        {
            // The client leaves before the slow answer: the late responder must do nothing.
            RawHttpClient leaving;
            QVERIFY(leaving.connectTo(port));
            QVERIFY(leaving.send(get("/slow/200")));
            QTRY_COMPARE(m_server->connectionCount(), 1);
        }
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QTest::qWait(300);

        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        const auto dropped = client.request("GET", "/drop");
        QVERIFY(dropped);
        QCOMPARE(dropped->status, 500);
        QCOMPARE(dropped->errorCode(), QStringLiteral("internal_error"));
        const auto twice = client.request("GET", "/twice");
        QVERIFY(twice);
        QCOMPARE(twice->json().value(QStringLiteral("answer")).toInt(), 1);
        const auto after = client.request("GET", "/hello");
        QVERIFY(after);
        QCOMPARE(after->status, 200);
    }

    void idleAndSlowHeadsAreClosed()
    {
        HttpLimits limits;
        limits.idleTimeoutMs = 300;
        const quint16 port = startServer(limits);
        RawHttpClient idle;
        QVERIFY(idle.connectTo(port));
        QVERIFY(idle.waitForClosed(5000));
        QVERIFY(idle.unreadBytes().isEmpty());

        // Slowloris: one byte every 50 ms never completes a head; the clock is not reset per byte.
        RawHttpClient trickle;
        QVERIFY(trickle.connectTo(port));
        const QByteArray head = get("/hello", QByteArray("X-Slow: " + QByteArray(200, 's') + "\r\n"));
        qsizetype sent = 0;
        while (trickle.isConnected() && sent < head.size() - 1) {
            trickle.write(head.mid(sent++, 1));
            QTest::qWait(50);
        }
        QVERIFY2(sent < 100, "the server kept a trickled head open far beyond the idle timeout");
        const auto response = trickle.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(trickle.waitForClosed());
    }

    void stalledBodyIsAborted()
    {
        HttpLimits limits;
        limits.bodyIdleTimeoutMs = 300;
        const quint16 port = startServer(limits);
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.write("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nab");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(client.waitForClosed());
        QTRY_VERIFY(m_routes->upload->sinkDestroyed);
        QVERIFY(!m_routes->upload->finished);
    }

    void connectionsAboveTheCapGet503()
    {
        HttpLimits limits;
        limits.maxConnections = 3;
        const quint16 port = startServer(limits);
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(clients.back()->connectTo(port));
            QVERIFY(clients.back()->request("GET", "/hello"));
        }
        QCOMPARE(m_server->connectionCount(), 3);
        RawHttpClient extra;
        QVERIFY(extra.connectTo(port));
        const auto busy = extra.request("GET", "/hello");
        QVERIFY(busy);
        QCOMPARE(busy->status, 503);
        QCOMPARE(busy->errorCode(), QStringLiteral("service_unavailable"));
        QVERIFY(extra.waitForClosed());

        clients.front()->close();
        QTRY_COMPARE(m_server->connectionCount(), 2);
        RawHttpClient again;
        QVERIFY(again.connectTo(port));
        const auto served = again.request("GET", "/hello");
        QVERIFY(served);
        QCOMPARE(served->status, 200);
    }
};

QTEST_GUILESS_MAIN(HttpFrontTest)
#include "tst_httpfront.moc"
