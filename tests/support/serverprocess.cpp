#include "serverprocess.h"

#include "freeport.h"
#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace ClipDesk::Testing {

ServerProcess::ServerProcess(QStringList extraArguments, QString dataDir)
    : m_extraArguments(std::move(extraArguments))
    , m_dataDir(std::move(dataDir))
{
    if (m_dataDir.isEmpty()) {
        m_ownedDataDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownedDataDir->path();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    stop(5'000);
    printOutputIfTestFailed();
}

bool ServerProcess::start(int timeoutMs)
{
    const QString binary = qEnvironmentVariable("CLIPDESK_SERVER_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary)) {
        m_error = QStringLiteral("CLIPDESK_SERVER_BINARY is not set or does not exist: ") + binary;
        return false;
    }
    // A free port can be taken by someone else between the check and the bind: retry.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        QStringList arguments = m_extraArguments;
        arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(m_port)
                  << QStringLiteral("--data-dir") << m_dataDir;
        m_output.clear();
        m_process.start(binary, arguments);
        if (!m_process.waitForStarted(10'000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
            return false;
        }
        m_pid = m_process.processId();
        if (waitUntilHealthy(timeoutMs))
            return true;
        const bool exited = m_process.state() == QProcess::NotRunning;
        stop(5'000);
        capture();
        m_error = QStringLiteral("server did not become healthy on port %1 (%2); output:\n%3")
                      .arg(m_port)
                      .arg(exited ? QStringLiteral("exited with %1").arg(m_process.exitCode()) : QStringLiteral("timeout"),
                           QString::fromLocal8Bit(m_output.right(8192)));
        if (!exited || !m_output.contains("listen"))
            return false;
    }
    return false;
}

bool ServerProcess::waitUntilHealthy(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        capture();
        if (m_process.state() == QProcess::NotRunning)
            return false;
        RawHttpClient client;
        if (client.connectTo(m_port, 1000)) {
            const auto response = client.request("GET", "/api/v1/health", {}, {}, 2000);
            if (response && response->status == 200)
                return true;
        }
        QTest::qWait(100);
    }
    return false;
}

bool ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    const qint64 processId = m_process.processId();
    if (processId > 0)
        ::kill(pid_t(processId), SIGTERM);
    if (m_process.waitForFinished(timeoutMs)) {
        capture();
        return true;
    }
    kill();
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const qint64 processId = m_process.processId();
    if (processId > 0)
        ::kill(pid_t(processId), SIGKILL);
    m_process.waitForFinished(10'000);
    capture();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process.state() == QProcess::NotRunning ? 0 : m_process.processId();
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

qint64 ServerProcess::residentMemoryBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : -1;
        }
    }
    return -1;
}

void ServerProcess::capture()
{
    if (m_process.isOpen())
        m_output += m_process.readAll();
    if (m_output.size() > MaxCapturedBytes)
        m_output = m_output.right(MaxCapturedBytes);
}

QByteArray ServerProcess::output()
{
    capture();
    return m_output;
}

void ServerProcess::printOutputIfTestFailed()
{
    if (!QTest::currentTestFailed())
        return;
    capture();
    qWarning().noquote() << "---- clipdesk-server output (pid" << m_pid << "port" << m_port << ") ----\n"
                         << QString::fromLocal8Bit(m_output) << "\n---- end of server output ----";
}

} // namespace ClipDesk::Testing
