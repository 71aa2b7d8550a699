#include "postgresharness.h"

#include "freeport.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace ClipDesk::Testing {

namespace {

const QString Superuser = QStringLiteral("postgres");
const QString Host = QStringLiteral("127.0.0.1");
constexpr int StartAttempts = 3;

std::unexpected<Error> harnessFailure(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::Internal), message);
}

bool hasInitdb(const QString &binDir)
{
    return !binDir.isEmpty() && QFileInfo(QDir(binDir).filePath(QStringLiteral("initdb"))).isExecutable();
}

QString findBinDir()
{
    const QString debianDefault = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (hasInitdb(debianDefault))
        return debianDefault;

    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0) {
        const QString bindir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (hasInitdb(bindir))
            return bindir;
    }

    // Newest installed major version first.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &name : std::as_const(names)) {
        const QString bindir = versions.filePath(name + QStringLiteral("/bin"));
        if (hasInitdb(bindir))
            return bindir;
    }
    return {};
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// True while `pid` exists and is not a zombie waiting for a parent that never reaps it.
bool processAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || close + 2 >= line.size() || line.at(close + 2) != 'Z';
}

bool waitForExit(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (processAlive(pid)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PostgresHarness::PostgresHarness(QString binDir)
    : m_binDir(std::move(binDir))
    , m_dir(QDir(QDir::tempPath()).filePath(QStringLiteral("clipdesk-pg-XXXXXX")))
{
}

PostgresHarness::~PostgresHarness()
{
    stop();
}

Result<std::unique_ptr<PostgresHarness>> PostgresHarness::start()
{
    const QString binDir = findBinDir();
    if (binDir.isEmpty())
        return harnessFailure(tr("PostgreSQL server binaries (initdb, pg_ctl) were not found."));
    std::unique_ptr<PostgresHarness> harness(new PostgresHarness(binDir));
    if (!harness->m_dir.isValid())
        return harnessFailure(tr("Cannot create a temporary directory: %1").arg(harness->m_dir.errorString()));
    if (auto done = harness->initialize(); !done)
        return std::unexpected(done.error());
    if (auto done = harness->startServer(); !done)
        return std::unexpected(done.error());
    if (auto done = harness->waitUntilAccepting(); !done)
        return std::unexpected(done.error());
    return harness;
}

QString PostgresHarness::dataDirectory() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

Status PostgresHarness::run(const QString &tool, const QStringList &arguments, int timeoutMs) const
{
    QString program = QDir(m_binDir).filePath(tool);
    QStringList args = arguments;
    if (runningAsRoot()) {
        args.prepend(program);
        args = QStringList{QStringLiteral("-u"), Superuser, QStringLiteral("--")} + args;
        program = QStringLiteral("runuser");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return harnessFailure(tr("Cannot run %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return harnessFailure(tr("%1 did not finish in time.").arg(tool));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll());
        return harnessFailure(tr("%1 failed (exit code %2):\n%3").arg(tool).arg(process.exitCode()).arg(lastLines(output, 20)));
    }
    return {};
}

Status PostgresHarness::initialize()
{
    if (runningAsRoot()) {
        const passwd *account = ::getpwnam("postgres");
        if (!account)
            return harnessFailure(tr("Running as root, but there is no \"postgres\" system user to run PostgreSQL."));
        if (::chown(QFile::encodeName(m_dir.path()).constData(), account->pw_uid, account->pw_gid) != 0)
            return harnessFailure(tr("Cannot hand %1 to the postgres user.").arg(m_dir.path()));
    }
    return run(QStringLiteral("initdb"),
               {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), Superuser, QStringLiteral("-A"),
                QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                QStringLiteral("--no-sync")},
               180000);
}

Status PostgresHarness::startServer()
{
    const QString logFile = m_dir.filePath(QStringLiteral("postgres.log"));
    Status started;
    for (int attempt = 0; attempt < StartAttempts; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return harnessFailure(tr("No free loopback port for PostgreSQL."));
        const QString options = QStringLiteral("-c listen_addresses=%1 -p %2 -k %3 -c fsync=on -c max_connections=200")
                                    .arg(Host)
                                    .arg(m_port)
                                    .arg(m_dir.path());
        started = run(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile, QStringLiteral("-w"),
                       QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
                      90000);
        if (started)
            break;
        // Another process may have taken the port in between; a stray postmaster must not linger.
        QFile pidFile(QDir(dataDirectory()).filePath(QStringLiteral("postmaster.pid")));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readLine().trimmed().toLongLong();
            if (pid > 0 && processAlive(pid)) {
                ::kill(pid_t(pid), SIGKILL);
                waitForExit(pid, 10000);
            }
        }
    }
    if (!started) {
        QFile log(logFile);
        const QString logText = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
        return harnessFailure(started.error().message + QLatin1Char('\n') + lastLines(logText, 20));
    }
    m_running = true;

    QFile pidFile(QDir(dataDirectory()).filePath(QStringLiteral("postmaster.pid")));
    if (pidFile.open(QIODevice::ReadOnly))
        m_postmasterPid = pidFile.readLine().trimmed().toLongLong();
    if (m_postmasterPid <= 0)
        return harnessFailure(tr("PostgreSQL started but its postmaster.pid is unreadable."));
    return {};
}

Status PostgresHarness::waitUntilAccepting()
{
    QDeadlineTimer deadline(60000);
    QString lastError;
    while (!deadline.hasExpired()) {
        const auto probe = Storage::Database::open(location(QStringLiteral("postgres")), QStringLiteral("pg-harness-probe"));
        if (probe)
            return {};
        lastError = probe.error().message;
        QThread::msleep(100);
    }
    return harnessFailure(tr("PostgreSQL does not accept connections: %1").arg(lastError));
}

void PostgresHarness::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const auto stopped = run(QStringLiteral("pg_ctl"),
                             {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("immediate"),
                              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
                             45000);
    if (!stopped)
        qWarning("PostgresHarness: pg_ctl stop failed: %s", qPrintable(stopped.error().message));
    if (!waitForExit(m_postmasterPid, stopped ? 10000 : 0)) {
        ::kill(pid_t(m_postmasterPid), SIGKILL);
        if (!waitForExit(m_postmasterPid, 10000))
            qWarning("PostgresHarness: postmaster %lld does not exit", m_postmasterPid);
    }
}

Result<QString> PostgresHarness::createDatabase(const QString &name)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    const QString dbName = name.isEmpty()
        ? QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128)
        : name;
    if (!validName.match(dbName).hasMatch())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Invalid database name \"%1\".").arg(dbName));

    auto admin = Storage::Database::open(location(QStringLiteral("postgres")), QStringLiteral("pg-harness-admin"));
    if (!admin)
        return std::unexpected(admin.error());
    if (auto created = (*admin)->exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(dbName)); !created)
        return std::unexpected(created.error());
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(Superuser, Host).arg(m_port).arg(dbName);
}

Storage::DatabaseLocation PostgresHarness::location(const QString &dbName) const
{
    Storage::DatabaseLocation location;
    location.backend = Storage::Backend::Postgres;
    location.host = Host;
    location.port = m_port;
    location.databaseName = dbName;
    location.user = Superuser;
    return location;
}

} // namespace ClipDesk::Testing
