#include "nginxprocess.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>
#include <unistd.h>

namespace ClipDesk::Testing {

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

NginxProcess::NginxProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

NginxProcess::~NginxProcess()
{
    stop();
}

QByteArray NginxProcess::siteConfig(const QString &templatePath, quint16 upstreamPort, quint16 listenPort)
{
    QFile file(templatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1").arg(templatePath);
        return {};
    }
    QByteArray config = file.readAll();
    const QList<std::pair<QByteArray, QByteArray>> substitutions = {
        {"    server 127.0.0.1:8470;\n", "    server 127.0.0.1:" + QByteArray::number(upstreamPort) + ";\n"},
        {"    listen 80;\n", "    listen 127.0.0.1:" + QByteArray::number(listenPort) + ";\n"},
        {"    listen [::]:80;\n", ""},
    };
    for (const auto &[from, to] : substitutions) {
        if (config.count(from) != 1) {
            m_error = QStringLiteral("%1 must contain \"%2\" exactly once").arg(templatePath, QString::fromUtf8(from.trimmed()));
            return {};
        }
        config.replace(from, to);
    }
    return config;
}

QByteArray NginxProcess::mainConfig() const
{
    const QByteArray dir = m_dir.path().toUtf8();
    QByteArray config;
    // As root, nginx would run its workers as "nobody", who cannot enter our private directory.
    if (::geteuid() == 0)
        config += "user root root;\n";
    config += "daemon off;\n"
              "master_process on;\n"
              "worker_processes 1;\n"
              "worker_shutdown_timeout 5s;\n"
              "pid " + dir + "/nginx.pid;\n"
              "error_log " + dir + "/error.log info;\n"
              "events { worker_connections 256; }\n"
              "http {\n"
              "    access_log " + dir + "/access.log;\n"
              "    client_body_temp_path " + dir + "/client_body;\n"
              "    proxy_temp_path " + dir + "/proxy;\n"
              "    fastcgi_temp_path " + dir + "/fastcgi;\n"
              "    uwsgi_temp_path " + dir + "/uwsgi;\n"
              "    scgi_temp_path " + dir + "/scgi;\n"
              "    include " + dir + "/site.conf;\n"
              "}\n";
    return config;
}

bool NginxProcess::start(const QByteArray &httpContext, quint16 listenPort, int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString dir = m_dir.path();
    if (!writeFile(dir + QStringLiteral("/site.conf"), httpContext)
        || !writeFile(dir + QStringLiteral("/nginx.conf"), mainConfig())) {
        m_error = QStringLiteral("cannot write the nginx configuration");
        return false;
    }
    const QStringList arguments = {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                                   QStringLiteral("-e"), dir + QStringLiteral("/error.log")};

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(binary(), arguments + QStringList{QStringLiteral("-t"), QStringLiteral("-q")});
    if (!check.waitForFinished(10'000) || check.exitStatus() != QProcess::NormalExit || check.exitCode() != 0) {
        m_error = QStringLiteral("nginx -t rejected the configuration: %1").arg(QString::fromUtf8(check.readAll()));
        return false;
    }

    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process.errorString());
        return false;
    }
    const bool up = QTest::qWaitFor(
        [&] { return m_process.state() != QProcess::Running || accepts(listenPort); }, timeoutMs);
    if (!up || m_process.state() != QProcess::Running) {
        m_error = QStringLiteral("nginx did not come up: %1 %2").arg(QString::fromUtf8(m_process.readAll()), errorLog());
        stop();
        return false;
    }
    return true;
}

bool NginxProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGQUIT);
    if (m_process.waitForFinished(timeoutMs))
        return true;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(5000);
    return false;
}

qint64 NginxProcess::pid() const
{
    return m_process.processId();
}

QString NginxProcess::errorLog() const
{
    QFile file(m_dir.path() + QStringLiteral("/error.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace ClipDesk::Testing
