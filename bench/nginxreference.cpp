#include "nginxreference.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace ClipDesk::Bench {

NginxReference::~NginxReference()
{
    stop();
}

QString NginxReference::start(const QString &nginxBinary)
{
    if (!m_dir.isValid())
        return QStringLiteral("cannot create a temporary directory");
    return startServer(m_dir.path(),
                       "    location = /api/v1/health {\n"
                       "      default_type application/json;\n"
                       "      return 200 '{\"status\":\"ok\",\"version\":\"nginx\"}';\n"
                       "    }\n",
                       nginxBinary);
}

QString NginxReference::startServer(const QString &directory, const QByteArray &serverDirectives, const QString &nginxBinary)
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port");
        m_port = probe.serverPort();
    }
    const QByteArray dir = directory.toUtf8();
    QByteArray config;
    if (::geteuid() == 0)
        config += "user root root;\n";
    config += "daemon off;\nmaster_process on;\nworker_processes 1;\n"
              "pid " + dir + "/nginx.pid;\n"
              "error_log " + dir + "/error.log warn;\n"
              "events { worker_connections 1024; }\n"
              "http {\n"
              "  access_log off;\n"
              "  keepalive_requests 1000000;\n"
              "  client_body_temp_path " + dir + "/body;\n"
              "  proxy_temp_path " + dir + "/proxy;\n"
              "  fastcgi_temp_path " + dir + "/fastcgi;\n"
              "  uwsgi_temp_path " + dir + "/uwsgi;\n"
              "  scgi_temp_path " + dir + "/scgi;\n"
              "  server {\n"
              "    listen 127.0.0.1:" + QByteArray::number(m_port) + ";\n"
              + serverDirectives +
              "  }\n"
              "}\n";
    QFile file(directory + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
        return QStringLiteral("cannot write the nginx config");
    file.close();

    QProcess versionProcess;
    versionProcess.start(nginxBinary, {QStringLiteral("-v")});
    versionProcess.waitForFinished(5000);
    m_version = QString::fromUtf8(versionProcess.readAllStandardError()).trimmed().section(QLatin1Char('/'), 1);

    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(nginxBinary, {QStringLiteral("-p"), directory, QStringLiteral("-c"), directory + QStringLiteral("/nginx.conf"),
                                  QStringLiteral("-e"), directory + QStringLiteral("/error.log")});
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("cannot start %1: %2").arg(nginxBinary, m_process.errorString());
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return {};
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    stop();
    return QStringLiteral("nginx did not come up on port %1").arg(m_port);
}

void NginxReference::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGQUIT); // graceful: the master stops its worker
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace ClipDesk::Bench
