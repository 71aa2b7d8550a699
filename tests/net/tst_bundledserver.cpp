// BundledServer against the real clipdesk-server binary: start, health, stop, and failures.
#include "net/bundledserver.h"
#include "net/healthprobe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <memory>

using ClipDesk::Net::BundledServer;
using ClipDesk::Net::HealthProbe;

namespace {

constexpr int StartTimeoutMs = 30'000;

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

QString serverBinary()
{
    return qEnvironmentVariable("CLIPDESK_SERVER_BINARY");
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Waits for started() or failed(); fails the test with the server's message on failed().
bool waitUntilRunning(BundledServer &server, QSignalSpy &started, QSignalSpy &failed)
{
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, StartTimeoutMs)) {
        qWarning("the bundled server neither started nor failed in time");
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning("the bundled server failed: %s", qPrintable(failed.first().first().toString()));
        return false;
    }
    return server.state() == BundledServer::State::Running;
}

} // namespace

class TestBundledServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(serverBinary()).isExecutable(), "CLIPDESK_SERVER_BINARY must name the built clipdesk-server");
    }

    void startsAnswersHealthAndStops()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString dataDirectory = temp.filePath(QStringLiteral("nested/server-data"));
        BundledServer server(dataDirectory);
        server.setServerBinary(serverBinary());
        QSignalSpy started(&server, &BundledServer::started);
        QSignalSpy failed(&server, &BundledServer::failed);
        QSignalSpy stopped(&server, &BundledServer::stopped);

        server.start();
        QCOMPARE(server.state(), BundledServer::State::Starting);
        QVERIFY(waitUntilRunning(server, started, failed));
        const QUrl url = started.first().first().toUrl();
        QCOMPARE(url, server.url());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        const qint64 pid = server.processId();
        QVERIFY(processExists(pid));
        QVERIFY2(!QDir(dataDirectory).isEmpty(), "the server keeps its data in the given directory");

        HealthProbe probe;
        QSignalSpy reachable(&probe, &HealthProbe::reachable);
        QSignalSpy unreachable(&probe, &HealthProbe::unreachable);
        probe.probe(url);
        QTRY_COMPARE_WITH_TIMEOUT(reachable.size() + unreachable.size(), 1, 10'000);
        QCOMPARE(reachable.size(), 1);
        QCOMPARE(reachable.first().at(1).toString(), QStringLiteral(CLIPDESK_VERSION));

        server.stop();
        QCOMPARE(server.state(), BundledServer::State::Stopping);
        QVERIFY(stopped.wait(10'000));
        QCOMPARE(server.state(), BundledServer::State::Stopped);
        QCOMPARE(server.processId(), 0);
        QVERIFY2(!processExists(pid), "the server process is gone after stop()");
        QVERIFY(failed.isEmpty());

        probe.probe(url);
        QTRY_COMPARE_WITH_TIMEOUT(unreachable.size(), 1, 10'000);

        // It can be started again, with the same data.
        started.clear();
        server.start();
        QVERIFY(waitUntilRunning(server, started, failed));
        QVERIFY(server.processId() != pid);
    }

    void destructorStopsTheChild()
    {
        QTemporaryDir temp;
        auto server = std::make_unique<BundledServer>(temp.path());
        server->setServerBinary(serverBinary());
        QSignalSpy started(server.get(), &BundledServer::started);
        QSignalSpy failed(server.get(), &BundledServer::failed);
        server->start();
        QVERIFY(waitUntilRunning(*server, started, failed));
        const qint64 pid = server->processId();
        QVERIFY(processExists(pid));
        server.reset();
        QVERIFY2(!processExists(pid), "destroying the BundledServer stops its child");
    }

    void unexpectedExitIsReported()
    {
        QTemporaryDir temp;
        BundledServer server(temp.path());
        server.setServerBinary(serverBinary());
        QSignalSpy started(&server, &BundledServer::started);
        QSignalSpy failed(&server, &BundledServer::failed);
        QSignalSpy stopped(&server, &BundledServer::stopped);
        server.start();
        QVERIFY(waitUntilRunning(server, started, failed));

        QCOMPARE(::kill(static_cast<pid_t>(server.processId()), SIGKILL), 0);
        QVERIFY(stopped.wait(10'000));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("crashed")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(server.state(), BundledServer::State::Stopped);
    }

    void missingBinaryFailsClearly()
    {
        QTemporaryDir temp;
        BundledServer server(temp.path());
        const QString bogus = temp.filePath(QStringLiteral("no/such/clipdesk-server"));
        server.setServerBinary(bogus);
        QSignalSpy failed(&server, &BundledServer::failed);
        QSignalSpy started(&server, &BundledServer::started);
        server.start();
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(bogus) && message.contains(QStringLiteral("does not exist")), qPrintable(message));
        QVERIFY(started.isEmpty());
        QCOMPARE(server.state(), BundledServer::State::Stopped);
        QCOMPARE(server.processId(), 0);
    }

    void nonExecutableFailsClearly()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath(QStringLiteral("clipdesk-server"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a program");
        file.close();
        BundledServer server(temp.filePath(QStringLiteral("data")));
        server.setServerBinary(path);
        QSignalSpy failed(&server, &BundledServer::failed);
        server.start();
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("is not an executable program")), qPrintable(message));
    }

    void exitDuringStartReportsTheServerOutput()
    {
        QTemporaryDir temp;
        const QString script = writeScript(temp, QStringLiteral("clipdesk-server"),
                                           "echo 'clipdesk-server: cannot open the database' >&2\nexit 3\n");
        BundledServer server(temp.filePath(QStringLiteral("data")));
        server.setServerBinary(script);
        QSignalSpy failed(&server, &BundledServer::failed);
        QSignalSpy stopped(&server, &BundledServer::stopped);
        server.start();
        QVERIFY(failed.wait(10'000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("exit code 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot open the database")), qPrintable(message));
        QCOMPARE(server.state(), BundledServer::State::Stopped);
        QVERIFY(stopped.isEmpty());
    }

    void silentServerTimesOut()
    {
        QTemporaryDir temp;
        const QString script = writeScript(temp, QStringLiteral("clipdesk-server"), "exec sleep 30\n");
        BundledServer server(temp.filePath(QStringLiteral("data")));
        server.setServerBinary(script);
        server.setStartTimeout(std::chrono::milliseconds(1500));
        QSignalSpy failed(&server, &BundledServer::failed);
        server.start();
        QVERIFY(QTest::qWaitFor([&] { return server.processId() > 0 || !failed.isEmpty(); }, 5000));
        const qint64 pid = server.processId();
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not answer within")),
                 qPrintable(failed.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
    }

    void locatesTheBinary()
    {
        QTemporaryDir temp;
        QVERIFY(QDir(temp.path()).mkpath(QStringLiteral("build/app/desktop")));
        QVERIFY(QDir(temp.path()).mkpath(QStringLiteral("build/app/server")));
        QVERIFY(QDir(temp.path()).mkpath(QStringLiteral("usr/bin")));
        const QString buildTree = writeScript(temp, QStringLiteral("build/app/server/clipdesk-server"), "exit 0\n");
        const QString installed = writeScript(temp, QStringLiteral("usr/bin/clipdesk-server"), "exit 0\n");

        QCOMPARE(BundledServer::locateServerBinary(temp.filePath(QStringLiteral("build/app/desktop"))), buildTree);
        QCOMPARE(BundledServer::locateServerBinary(temp.filePath(QStringLiteral("usr/bin"))), installed);
        QCOMPARE(BundledServer::locateServerBinary(temp.path()), QString());
    }
};

QTEST_GUILESS_MAIN(TestBundledServer)
#include "tst_bundledserver.moc"
