// The HTTP front's limits, against the real `clipdesk-server` binary: huge bodies, slowloris,
// and the connection cap. Memory is read from /proc/<pid>/status (VmRSS).
#include "rawhttpclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace ClipDesk::Testing;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MaxServerRss = 100 * MiB;

using Clients = std::vector<std::unique_ptr<RawHttpClient>>;

// A deliberately rude client on a plain POSIX socket: it keeps sending after the server has
// answered and half-closed (a QTcpSocket would stop at the server's FIN).
class RudeClient final
{
public:
    explicit RudeClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const timeval timeout{5, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    }
    ~RudeClient() { ::close(m_fd); }
    Q_DISABLE_COPY_MOVE(RudeClient)

    bool isConnected() const { return m_connected; }

    bool sendAll(QByteArrayView bytes)
    {
        while (!bytes.isEmpty()) {
            const ssize_t sent = ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
            if (sent <= 0)
                return false;
            bytes = bytes.sliced(sent);
        }
        pollReceived(0);
        return true;
    }

    // Collects whatever the server sent, waiting up to `timeoutMs` for more.
    void pollReceived(int timeoutMs)
    {
        pollfd readable{m_fd, POLLIN, 0};
        while (::poll(&readable, 1, timeoutMs) > 0 && (readable.revents & POLLIN)) {
            char buffer[4096];
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (got <= 0)
                return;
            m_received.append(buffer, got);
        }
    }

    // The status of the first response received (0 if none).
    int status(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_received.contains("\r\n\r\n") && timer.elapsed() < timeoutMs)
            pollReceived(100);
        return m_received.startsWith("HTTP/1.1 ") ? m_received.mid(9, 3).toInt() : 0;
    }

    // Sends `total` bytes made of `piece` after each other, sampling the server's memory.
    qint64 streamJunk(ServerProcess &server, qint64 total, const QByteArray &piece, qint64 *peakRss)
    {
        qint64 sent = 0;
        while (sent < total && sendAll(piece)) {
            sent += piece.size();
            *peakRss = qMax(*peakRss, server.residentMemoryBytes());
        }
        return sent;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
    QByteArray m_received;
};

} // namespace

class HttpLimitsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_configDir;

    QStringList configArguments(const QJsonObject &http)
    {
        const QString path = m_configDir.filePath(QStringLiteral("config-%1.json").arg(qHash(QJsonDocument(http).toJson())));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("http"), http}}).toJson());
        return {QStringLiteral("--config"), path};
    }

    static bool healthAnswers(quint16 port, int timeoutMs, qint64 *elapsedMs = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        RawHttpClient client;
        if (!client.connectTo(port, timeoutMs))
            return false;
        const auto response = client.request("GET", "/api/v1/health", {}, {}, timeoutMs);
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return response && response->status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_configDir.isValid());
    }

    void hugeBodiesGet413WithoutMemoryGrowth()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const qint64 baseline = server.residentMemoryBytes();
        QVERIFY(baseline > 0);

        // A declared 2 GiB body is refused right after the head.
        RawHttpClient declared;
        QVERIFY(declared.connectTo(server.port()));
        declared.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n");
        const auto refused = declared.readResponse(10'000);
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
        QCOMPARE(refused->errorCode(), QStringLiteral("payload_too_large"));
        QVERIFY(declared.waitForClosed(10'000));

        qint64 peak = server.residentMemoryBytes();
        const QByteArray junk(MiB, 'j');

        // The same head, then the client sends 128 MiB anyway; the server answers first and
        // drops the rest while it lingers before closing.
        RudeClient stubborn(server.port());
        QVERIFY(stubborn.isConnected());
        QVERIFY(stubborn.sendAll("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Length: 2147483648\r\n\r\n"));
        QCOMPARE(stubborn.status(10'000), 413);
        const qint64 rawSent = stubborn.streamJunk(server, 128 * MiB, junk, &peak);

        // A chunked body has no declared length: it is cut off once it crosses the cap.
        RudeClient chunked(server.port());
        QVERIFY(chunked.isConnected());
        QVERIFY(chunked.sendAll("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const qint64 chunkedSent = chunked.streamJunk(server, 128 * MiB, QByteArray("100000\r\n" + junk + "\r\n"), &peak);
        QCOMPARE(chunked.status(10'000), 413);

        peak = qMax(peak, server.residentMemoryBytes());
        qInfo("server VmRSS: baseline %.1f MiB, peak %.1f MiB; junk accepted by the socket: %.1f MiB raw, %.1f MiB chunked",
              double(baseline) / MiB, double(peak) / MiB, double(rawSent) / MiB, double(chunkedSent) / MiB);
        QVERIFY2(peak < MaxServerRss, qPrintable(QStringLiteral("server RSS reached %1 bytes").arg(peak)));
        QVERIFY2(peak - baseline < 32 * MiB, "the server's memory grew with the junk it was sent");
        QVERIFY(rawSent >= MiB);
        QVERIFY(chunkedSent >= MiB);
        QVERIFY(healthAnswers(server.port(), 10'000));
    }

    void slowlorisIsClosedWhileHealthKeepsAnswering()
    {
        constexpr int Attackers = 200;
        constexpr int IdleTimeoutMs = 4000;
        ServerProcess server(configArguments(QJsonObject{{QStringLiteral("idle_timeout_ms"), IdleTimeoutMs}}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        Clients attackers;
        for (int i = 0; i < Attackers; ++i) {
            attackers.push_back(std::make_unique<RawHttpClient>());
            attackers.back()->startConnecting(server.port());
        }
        for (auto &attacker : attackers)
            QVERIFY(attacker->waitForConnected(10'000));

        // Each attacker trickles one byte of a never-ending head every 500 ms, for at most 12 s.
        const QByteArray head = QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: t\r\nX-Slow: " + QByteArray(4096, 's'));
        QElapsedTimer clock;
        clock.start();
        int position = 0;
        int healthChecks = 0;
        qint64 slowestHealthMs = 0;
        auto connected = [&attackers] {
            return int(std::count_if(attackers.begin(), attackers.end(), [](const auto &a) { return a->isConnected(); }));
        };
        while (connected() > 0 && clock.elapsed() < 12'000) {
            for (auto &attacker : attackers) {
                if (attacker->isConnected())
                    attacker->write(head.mid(position, 1));
            }
            ++position;
            qint64 elapsed = 0;
            QVERIFY2(healthAnswers(server.port(), 5000, &elapsed), "health stopped answering under slowloris");
            slowestHealthMs = qMax(slowestHealthMs, elapsed);
            ++healthChecks;
            QTest::qWait(500);
        }
        const auto stillOpen = connected();
        int timedOut = 0;
        for (auto &attacker : attackers) {
            const auto response = attacker->readResponse(100);
            if (response && response->status == 408)
                ++timedOut;
        }
        qInfo("slowloris: %d connections, closed by the server after %lld ms (idle timeout %d ms); %d got 408; "
              "%d health checks meanwhile, slowest %lld ms",
              Attackers, clock.elapsed(), IdleTimeoutMs, timedOut, healthChecks, slowestHealthMs);
        QCOMPARE(stillOpen, 0);
        QVERIFY(timedOut > Attackers / 2);
        QVERIFY(healthAnswers(server.port(), 5000));
    }

    void connectionsAboveTheCapAreRefused()
    {
        constexpr int ClientCount = 200;
        constexpr int Cap = 50;
        ServerProcess server(configArguments(QJsonObject{{QStringLiteral("max_connections"), Cap}}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTest::qWait(200); // let the start-up health probe's connection go away

        Clients clients;
        // Connect in batches, so that the listen backlog (50 in Qt) never overflows and no
        // SYN has to be retried; all of them stay open together.
        constexpr int Batch = 25;
        for (int i = 0; i < ClientCount; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>());
            clients.back()->startConnecting(server.port());
            clients.back()->write("GET /api/v1/health HTTP/1.1\r\nHost: t\r\n\r\n");
            if ((i + 1) % Batch == 0) {
                QVERIFY(QTest::qWaitFor([&] {
                    return std::none_of(clients.end() - Batch, clients.end(), [](const auto &client) {
                        return client->socket().state() == QAbstractSocket::ConnectingState;
                    });
                }, 10'000));
            }
        }
        int served = 0;
        int refused = 0;
        for (auto &client : clients) {
            const auto response = client->readResponse(10'000);
            QVERIFY(response);
            if (response->status == 200) {
                ++served;
            } else {
                QCOMPARE(response->status, 503);
                QCOMPARE(response->errorCode(), QStringLiteral("service_unavailable"));
                QVERIFY(client->waitForClosed(5000));
                ++refused;
            }
        }
        qInfo("connection cap %d: %d served and kept alive, %d refused with 503", Cap, served, refused);
        QCOMPARE(served, Cap);
        QCOMPARE(refused, ClientCount - Cap);

        // The kept-alive ones still work; a newcomer is refused while they hold the slots.
        for (auto &client : clients) {
            if (client->isConnected()) {
                const auto again = client->request("GET", "/api/v1/health");
                QVERIFY(again);
                QCOMPARE(again->status, 200);
            }
        }
        QVERIFY(!healthAnswers(server.port(), 5000));
        clients.clear();
        QTRY_VERIFY_WITH_TIMEOUT(healthAnswers(server.port(), 2000), 10'000);
    }
};

QTEST_GUILESS_MAIN(HttpLimitsTest)
#include "tst_httplimits.moc"
