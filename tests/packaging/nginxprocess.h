#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ClipDesk::Testing {

// A real nginx (/usr/sbin/nginx) in the foreground (`daemon off; master_process on;`) with its
// pid file, logs and temp paths in a private temporary directory; stopped by PID.
class NginxProcess final
{
public:
    NginxProcess();
    ~NginxProcess();
    Q_DISABLE_COPY_MOVE(NginxProcess)

    // The shipped site config (packaging/nginx/clipdesk.conf) pointed at `upstreamPort` and
    // listening on 127.0.0.1:`listenPort`. Empty, with errorString() set, if its well-known
    // lines were not found exactly once.
    QByteArray siteConfig(const QString &templatePath, quint16 upstreamPort, quint16 listenPort);

    // Writes nginx.conf around `httpContext` (included inside http {}), checks it with
    // `nginx -t`, starts nginx and waits until it accepts connections on `listenPort`.
    bool start(const QByteArray &httpContext, quint16 listenPort, int timeoutMs = 10'000);
    // SIGQUIT (graceful) by PID, then SIGKILL after `timeoutMs`. True if it exited by itself.
    bool stop(int timeoutMs = 10'000);

    qint64 pid() const;
    QString errorString() const { return m_error; }
    QString errorLog() const;
    QString directory() const { return m_dir.path(); }

    static QString binary() { return QStringLiteral("/usr/sbin/nginx"); }

private:
    QByteArray mainConfig() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};

} // namespace ClipDesk::Testing
