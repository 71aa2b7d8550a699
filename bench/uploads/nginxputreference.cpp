#include "nginxputreference.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace ClipDesk::Bench {

NginxPutReference::~NginxPutReference()
{
    stop();
}

QString NginxPutReference::uploadDir() const
{
    return m_dir + QStringLiteral("/www/upload");
}

QString NginxPutReference::start(const QString &tempDir, const QString &nginxBinary)
{
    m_dir = tempDir;
    if (!QDir().mkpath(uploadDir()) || !QDir().mkpath(m_dir + QStringLiteral("/body")))
        return QStringLiteral("cannot create the nginx directories");
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port");
        m_port = probe.serverPort();
    }
    const QByteArray dir = m_dir.toUtf8();
    QByteArray config;
    if (::geteuid() == 0)
        config += "user root root;\n";
    config += "daemon off;\nmaster_process on;\nworker_processes 1;\n"
              "pid " + dir + "/nginx.pid;\n"
              "error_log " + dir + "/error.log warn;\n"
              "events { worker_connections 64; }\n"
              "http {\n"
              "  access_log off;\n"
              "  client_body_temp_path " + dir + "/body;\n"
              "  proxy_temp_path " + dir + "/proxy;\n"
              "  fastcgi_temp_path " + dir + "/fastcgi;\n"
              "  uwsgi_temp_path " + dir + "/uwsgi;\n"
              "  scgi_temp_path " + dir + "/scgi;\n"
              "  server {\n"
              "    listen 127.0.0.1:" + QByteArray::number(m_port) + ";\n"
              "    client_max_body_size 4g;\n"
              "    location /upload/ {\n"
              "      root " + dir + "/www;\n"
              "      dav_methods PUT;\n"
              "      create_full_put_path on;\n"
              "    }\n"
              "  }\n"
              "}\n";
    QFile file(m_dir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
        return QStringLiteral("cannot write the nginx config");
    file.close();

    QProcess versionProcess;
    versionProcess.start(nginxBinary, {QStringLiteral("-v")});
    versionProcess.waitForFinished(5000);
    m_version = QString::fromUtf8(versionProcess.readAllStandardError()).trimmed().section(QLatin1Char('/'), 1);

    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(nginxBinary, {QStringLiteral("-p"), m_dir, QStringLiteral("-c"), m_dir + QStringLiteral("/nginx.conf"),
                                  QStringLiteral("-e"), m_dir + QStringLiteral("/error.log")});
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

void NginxPutReference::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGQUIT);
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace ClipDesk::Bench
