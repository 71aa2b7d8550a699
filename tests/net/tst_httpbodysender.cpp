// HttpBodySender, the socket TusUploader's PATCHes go through, at the edges of HTTP/1.1 that the
// real server seldom shows: kept-alive reuse, a kept-alive connection closed meanwhile, an
// answer before the body is sent, chunked answers, garbage, silence and TLS. The peer is a
// scripted loopback HTTP endpoint; uploads against the real server are in tests/uploads.
#include "net/httpbodysender.h"
#include "selfsignedtls.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using ClipDesk::Net::HttpBodySender;

namespace {

void noContent(QTcpSocket *socket, const QByteArray &, const QByteArray &)
{
    socket->write("HTTP/1.1 204 No Content\r\nUpload-Offset: 42\r\n\r\n");
}

// Accepts connections and hands each whole request (head + Content-Length body) to `answer`,
// which writes what it likes to the socket.
class ScriptedPeer final : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)>;

    explicit ScriptedPeer(QTcpServer *server)
        : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/api/v1/uploads/abc").arg(scheme).arg(m_server->serverPort()));
    }

    Answer answer = noContent;
    bool answerOnHead = false; // answer as soon as the head is in, before the body
    int connections = 0;
    QByteArray lastBody;

private:
    void read(QTcpSocket *socket)
    {
        if (socket->property("answered").toBool()) {
            socket->readAll(); // the rest of a body answered early: drained, as a lingering close does
            return;
        }
        QByteArray &in = m_buffers[socket];
        in += socket->readAll();
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = in.first(end);
            const qsizetype at = head.toLower().indexOf("content-length:");
            const qint64 length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (answerOnHead) {
                in.clear();
                socket->setProperty("answered", true);
                answer(socket, head, {});
                return;
            }
            if (in.size() < end + 4 + length)
                return;
            lastBody = in.mid(end + 4, length);
            in.remove(0, end + 4 + length);
            answer(socket, head, lastBody);
        }
    }

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray body(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(i * 7 + i / 1000);
    return data;
}

} // namespace

class tst_HttpBodySender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptAliveConnectionIsReused();
    void closedKeptAliveConnectionIsReplacedOnce();
    void earlyChunkedAnswerEndsTheRequest();
    void garbageAndSilenceFail();
    void abortSaysNothing();
    void tls();

private:
    static HttpBodySender::Response sendAndWait(HttpBodySender &sender, const QUrl &url, const QByteArray &data,
                                                std::chrono::milliseconds idle = std::chrono::seconds(10));
};

HttpBodySender::Response tst_HttpBodySender::sendAndWait(HttpBodySender &sender, const QUrl &url, const QByteArray &data,
                                                         std::chrono::milliseconds idle)
{
    QSignalSpy finished(&sender, &HttpBodySender::finished);
    QSignalSpy failed(&sender, &HttpBodySender::failed);
    sender.send("PATCH", url, {{"Tus-Resumable", "1.0.0"}}, data, idle);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20'000) || !failed.isEmpty()) {
        if (!failed.isEmpty())
            qInfo() << "failed:" << failed.first().first().toString();
        return {};
    }
    return finished.first().first().value<HttpBodySender::Response>();
}

void tst_HttpBodySender::keptAliveConnectionIsReused()
{
    QTcpServer server;
    ScriptedPeer peer(&server);
    HttpBodySender sender;
    QSignalSpy progress(&sender, &HttpBodySender::bodyProgress);
    const QByteArray data = body(9 * 1024 * 1024 + 5); // several pieces and write-buffer refills
    HttpBodySender::Response response = sendAndWait(sender, peer.url(), data);
    QCOMPARE(response.status, 204);
    QCOMPARE(response.header("upload-offset"), QByteArray("42"));
    QCOMPARE(peer.lastBody, data);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), data.size());
    response = sendAndWait(sender, peer.url(), data.first(1000));
    QCOMPARE(response.status, 204);
    QCOMPARE(peer.lastBody, data.first(1000));
    QCOMPARE(peer.connections, 1);
}

void tst_HttpBodySender::closedKeptAliveConnectionIsReplacedOnce()
{
    QTcpServer server;
    ScriptedPeer peer(&server);
    // The second request on a connection finds it closed (as by an idle timeout a moment
    // before): no answer at all. The sender cannot tell that apart from a lost request that
    // was never processed, so it sends it once more on a fresh connection.
    peer.answer = [](QTcpSocket *socket, const QByteArray &head, const QByteArray &data) {
        const int requests = socket->property("requests").toInt() + 1;
        socket->setProperty("requests", requests);
        if (requests == 2)
            socket->abort();
        else
            noContent(socket, head, data);
    };
    HttpBodySender sender;
    QCOMPARE(sendAndWait(sender, peer.url(), body(1000)).status, 204);
    QCOMPARE(sendAndWait(sender, peer.url(), body(2000)).status, 204);
    QCOMPARE(peer.lastBody, body(2000));
    QCOMPARE(peer.connections, 2);
    // A request that fails on a fresh connection too is not sent a third time: the caller decides.
    peer.answer = [](QTcpSocket *socket, const QByteArray &, const QByteArray &) { socket->abort(); };
    QSignalSpy failed(&sender, &HttpBodySender::failed);
    QCOMPARE(sendAndWait(sender, peer.url(), body(10)).status, 0);
    QCOMPARE(failed.size(), 1);
}

void tst_HttpBodySender::earlyChunkedAnswerEndsTheRequest()
{
    QTcpServer server;
    ScriptedPeer peer(&server);
    peer.answerOnHead = true;
    peer.answer = [](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
        socket->write("HTTP/1.1 413 Payload Too Large\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                      "a;ext=1\r\n{\"error\":{\r\n16\r\n\"message\":\"too long\"}}\r\n0\r\nX-Trailer: 1\r\n\r\n");
    };
    HttpBodySender sender;
    const HttpBodySender::Response response = sendAndWait(sender, peer.url(), body(64 * 1024 * 1024));
    QCOMPARE(response.status, 413);
    QCOMPARE(response.body, QByteArray("{\"error\":{\"message\":\"too long\"}}"));
    QVERIFY(!sender.isBusy());
}

void tst_HttpBodySender::garbageAndSilenceFail()
{
    QTcpServer server;
    ScriptedPeer peer(&server);
    HttpBodySender sender;
    QSignalSpy failed(&sender, &HttpBodySender::failed);
    peer.answer = [](QTcpSocket *socket, const QByteArray &, const QByteArray &) { socket->write("SSH-2.0-OpenSSH\r\n\r\n"); };
    QCOMPARE(sendAndWait(sender, peer.url(), body(100)).status, 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());

    peer.answer = [](QTcpSocket *, const QByteArray &, const QByteArray &) {}; // never answers
    QCOMPARE(sendAndWait(sender, peer.url(), body(100), std::chrono::milliseconds(300)).status, 0);
    QCOMPARE(failed.size(), 2);

    // Nobody listening.
    const QUrl closed = peer.url();
    server.close();
    QCOMPARE(sendAndWait(sender, closed, body(100)).status, 0);
    QCOMPARE(failed.size(), 3);
    QVERIFY(!sender.isBusy());
}

void tst_HttpBodySender::abortSaysNothing()
{
    QTcpServer server;
    ScriptedPeer peer(&server);
    HttpBodySender sender;
    QSignalSpy finished(&sender, &HttpBodySender::finished);
    QSignalSpy failed(&sender, &HttpBodySender::failed);
    sender.send("PATCH", peer.url(), {}, body(32 * 1024 * 1024), std::chrono::seconds(10));
    QTRY_VERIFY(peer.connections == 1);
    sender.abort();
    QVERIFY(!sender.isBusy());
    QTest::qWait(200);
    QVERIFY(finished.isEmpty() && failed.isEmpty());
    // And it is ready for the next request.
    QCOMPARE(sendAndWait(sender, peer.url(), body(10)).status, 204);
}

void tst_HttpBodySender::tls()
{
    QTemporaryDir dir;
    const QSslConfiguration serverTls = ClipDesk::Testing::selfSignedServerTls(dir.path());
    QVERIFY(!serverTls.localCertificate().isNull());
    QSslServer server;
    server.setSslConfiguration(serverTls);
    ScriptedPeer peer(&server);
    HttpBodySender sender;
    // Not trusted yet: the handshake fails with a reason.
    QSignalSpy failed(&sender, &HttpBodySender::failed);
    QCOMPARE(sendAndWait(sender, peer.url(QStringLiteral("https")), body(100)).status, 0);
    QCOMPARE(failed.size(), 1);
    // Trusted, as a CA the system knows would be.
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificate(serverTls.localCertificate());
    QSslConfiguration::setDefaultConfiguration(client);
    const QByteArray data = body(5 * 1024 * 1024);
    QCOMPARE(sendAndWait(sender, peer.url(QStringLiteral("https")), data).status, 204);
    QCOMPARE(peer.lastBody, data);
    QCOMPARE(sendAndWait(sender, peer.url(QStringLiteral("https")), data.first(10)).status, 204);
    QCOMPARE(peer.connections, 1); // one kept-alive connection (the refused handshake never became one)
}

QTEST_GUILESS_MAIN(tst_HttpBodySender)
#include "tst_httpbodysender.moc"
