#include "bundledserver.h"

#include "healthprobe.h"
#include "netlogging.h"
#include "nettr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace ClipDesk::Net {

namespace {

constexpr auto ServerProgramName = "clipdesk-server";
constexpr auto ListeningMarker = "listening on ";
constexpr int OutputTailLines = 12;
constexpr std::chrono::milliseconds HealthPollInterval{250};

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

BundledServer::BundledServer(QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_probe(new HealthProbe(this))
    , m_pollTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_probe->setTimeout(std::chrono::seconds(2));
    m_pollTimer->setInterval(HealthPollInterval);
    m_deadlineTimer->setSingleShot(true);

    connect(m_pollTimer, &QTimer::timeout, this, &BundledServer::probeHealth);
    connect(m_deadlineTimer, &QTimer::timeout, this, &BundledServer::onStartTimeout);
    connect(m_probe, &HealthProbe::reachable, this, [this](const QUrl &url, const QString &version) {
        if (m_state != State::Starting)
            return;
        m_pollTimer->stop();
        m_deadlineTimer->stop();
        m_url = url;
        m_state = State::Running;
        qCInfo(lcNet).noquote() << "bundled server" << version << "running at" << url.toDisplayString()
                                << "with data in" << m_dataDirectory;
        Q_EMIT started(url);
    });
    connect(m_probe, &HealthProbe::unreachable, this, [](const QUrl &, const QString &reason) {
        qCDebug(lcNet).noquote() << "bundled server not up yet:" << reason;
    });
}

BundledServer::~BundledServer()
{
    if (!m_process)
        return;
    disconnect(m_process, nullptr, this, nullptr);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(static_cast<int>(m_stopTimeout.count()))) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

QString BundledServer::locateServerBinary(const QString &applicationDirectory)
{
    const QDir dir(applicationDirectory);
    const QString program = QLatin1String(ServerProgramName);
    for (const QString &candidate : {dir.filePath(program), dir.filePath(QStringLiteral("../server/") + program)}) {
        if (isExecutableFile(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

QString BundledServer::demoDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-server");
}

void BundledServer::setServerBinary(const QString &path)
{
    m_serverBinary = path;
}

void BundledServer::setExtraArguments(const QStringList &arguments)
{
    m_extraArguments = arguments;
}

void BundledServer::setStartTimeout(std::chrono::milliseconds timeout)
{
    m_startTimeout = timeout;
}

void BundledServer::setStopTimeout(std::chrono::milliseconds timeout)
{
    m_stopTimeout = timeout;
}

qint64 BundledServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void BundledServer::start()
{
    if (m_state != State::Stopped)
        return;
    m_state = State::Starting;
    m_outputTail.clear();
    m_pendingOutput.clear();

    const QString applicationDirectory = QCoreApplication::applicationDirPath();
    const QString binary = m_serverBinary.isEmpty() ? locateServerBinary(applicationDirectory) : m_serverBinary;
    if (binary.isEmpty())
        return fail(Tr::tr("Could not find the ClipDesk server program (%1) next to %2.")
                        .arg(QLatin1String(ServerProgramName), QDir::toNativeSeparators(applicationDirectory)));
    if (!QFileInfo::exists(binary))
        return fail(Tr::tr("The ClipDesk server program %1 does not exist.").arg(QDir::toNativeSeparators(binary)));
    if (!isExecutableFile(binary))
        return fail(Tr::tr("%1 is not an executable program.").arg(QDir::toNativeSeparators(binary)));
    if (m_dataDirectory.isEmpty() || !QDir().mkpath(m_dataDirectory))
        return fail(Tr::tr("Could not create the server's data directory %1.")
                        .arg(QDir::toNativeSeparators(m_dataDirectory)));
    const quint16 port = freeLoopbackPort();
    if (port == 0)
        return fail(Tr::tr("Could not find a free port on 127.0.0.1 for the server."));

    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_process = new QProcess(this);
    m_process->setProgram(binary);
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                        QStringLiteral("--data-dir"), m_dataDirectory}
                            + m_extraArguments);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If this process dies without cleaning up, the server must not outlive it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &BundledServer::onOutput);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus exitStatus) {
        onProcessFinished(exitStatus == QProcess::NormalExit ? exitCode : -1);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, binary](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_state == State::Starting)
            fail(Tr::tr("Could not start the ClipDesk server %1: %2")
                     .arg(QDir::toNativeSeparators(binary), m_process->errorString()));
    });

    qCInfo(lcNet).noquote() << "starting" << binary << m_process->arguments().join(QLatin1Char(' '));
    m_deadlineTimer->start(m_startTimeout);
    m_pollTimer->start();
    m_process->start();
}

void BundledServer::stop()
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    m_pollTimer->stop();
    m_deadlineTimer->stop();
    m_probe->cancel();
    m_state = State::Stopping;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        QTimer::singleShot(0, this, [this] { onProcessFinished(0); });
        return;
    }
    m_process->terminate();
    QProcess *process = m_process;
    QTimer::singleShot(m_stopTimeout, process, [process] {
        qCWarning(lcNet) << "the server did not stop on SIGTERM; killing it";
        process->kill();
    });
}

void BundledServer::fail(const QString &message)
{
    m_pollTimer->stop();
    m_deadlineTimer->stop();
    m_probe->cancel();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        disconnect(process, nullptr, this, nullptr);
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
    }
    m_state = State::Stopped;
    m_url.clear();
    qCWarning(lcNet).noquote() << "bundled server failed:" << message;
    // Always asynchronous, so that a caller of start() sees failed() after start() returned.
    QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
}

void BundledServer::onOutput()
{
    m_pendingOutput += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pendingOutput.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pendingOutput.left(newline)).trimmed();
        m_pendingOutput.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        qCDebug(lcNet).noquote() << "server:" << line;
        m_outputTail.append(line);
        if (m_outputTail.size() > OutputTailLines)
            m_outputTail.removeFirst();

        const qsizetype marker = line.indexOf(QLatin1String(ListeningMarker));
        if (m_state == State::Starting && marker >= 0) {
            const QString announced = line.mid(marker + qsizetype(qstrlen(ListeningMarker))).section(QLatin1Char(' '), 0, 0);
            const QUrl url(announced);
            if (url.isValid() && url.port() > 0)
                m_url = url;
            m_probe->probe(m_url);
        }
    }
}

void BundledServer::onProcessFinished(int exitCode)
{
    const State previous = m_state;
    if (m_process) {
        onOutput();
        const QString unterminated = QString::fromUtf8(m_pendingOutput).trimmed();
        if (!unterminated.isEmpty())
            m_outputTail.append(unterminated);
        m_pendingOutput.clear();
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (previous == State::Starting) {
        const QString reason = exitCode < 0
            ? Tr::tr("The ClipDesk server crashed while starting.")
            : Tr::tr("The ClipDesk server exited while starting (exit code %1).").arg(exitCode);
        const QString output = recentOutput();
        fail(output.isEmpty() ? reason : reason + QLatin1Char('\n') + output);
        return;
    }
    m_state = State::Stopped;
    m_url.clear();
    if (previous == State::Running) {
        const QString reason = exitCode < 0
            ? Tr::tr("The ClipDesk server crashed.")
            : Tr::tr("The ClipDesk server stopped unexpectedly (exit code %1).").arg(exitCode);
        const QString output = recentOutput();
        Q_EMIT failed(output.isEmpty() ? reason : reason + QLatin1Char('\n') + output);
    }
    qCInfo(lcNet) << "bundled server stopped";
    Q_EMIT stopped();
}

void BundledServer::onStartTimeout()
{
    if (m_state != State::Starting)
        return;
    const QString reason = Tr::tr("The ClipDesk server did not answer within %1 seconds.")
                               .arg(QLocale().toString(double(m_startTimeout.count()) / 1000.0, 'g', 3));
    const QString output = recentOutput();
    fail(output.isEmpty() ? reason : reason + QLatin1Char('\n') + output);
}

void BundledServer::probeHealth()
{
    if (m_state == State::Starting && !m_probe->isProbing())
        m_probe->probe(m_url);
}

QString BundledServer::recentOutput() const
{
    return m_outputTail.join(QLatin1Char('\n'));
}

} // namespace ClipDesk::Net
