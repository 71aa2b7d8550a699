#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace ClipDesk::Testing {

// The real `clipdesk-server` binary (path from $CLIPDESK_SERVER_BINARY) running on a free
// 127.0.0.1 port, for tests that must talk to the real thing.
//
//   ServerProcess server({QStringLiteral("--config"), configPath});
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//
// It passes `--listen 127.0.0.1:<port>` and `--data-dir <dir>` (a temporary directory it owns,
// unless one is given so that a test can restart a server on the same data), then waits until
// GET /api/v1/health answers. The server's output is captured and printed to the test log when
// the current test failed. The process is stopped by PID (SIGTERM, then SIGKILL) at the latest
// in the destructor.
class ServerProcess final
{
public:
    explicit ServerProcess(QStringList extraArguments = {}, QString dataDir = {});
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    bool start(int timeoutMs = 30'000);
    // SIGTERM, wait up to `timeoutMs`, then SIGKILL. Returns true if it exited by itself.
    bool stop(int timeoutMs = 10'000);
    // SIGKILL at once (crash tests).
    void kill();

    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString dataDir() const { return m_dataDir; }
    // VmRSS of the process from /proc/<pid>/status, in bytes; -1 if unknown.
    qint64 residentMemoryBytes() const;
    // Everything the server printed so far (stdout and stderr, the last MaxCapturedBytes).
    QByteArray output();
    QString errorString() const { return m_error; }
    int exitCode() const { return m_process.exitCode(); }

    static constexpr qsizetype MaxCapturedBytes = 512 * 1024;

private:
    bool waitUntilHealthy(int timeoutMs);
    void capture();
    void printOutputIfTestFailed();

    QStringList m_extraArguments;
    std::unique_ptr<QTemporaryDir> m_ownedDataDir;
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0; // of the last start, kept for the log after the process ended
    QByteArray m_output;
    QString m_error;
};

} // namespace ClipDesk::Testing
