#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ClipDesk::Bench {

// A real nginx with one worker on a free loopback port, run in the foreground and stopped by
// PID: the peer our HTTP front is compared with. start() answers GET /api/v1/health with a
// fixed JSON body; startServer() takes the server block's directives (e.g. a PUT location).
class NginxReference final
{
public:
    NginxReference() = default;
    ~NginxReference();
    Q_DISABLE_COPY_MOVE(NginxReference)

    // Returns an error message, or an empty string once nginx answers.
    QString start(const QString &nginxBinary = QStringLiteral("/usr/sbin/nginx"));
    // Runs nginx in `dir` (its config, logs and temp files go there) with `serverDirectives`
    // inside the server block, after the listen line.
    QString startServer(const QString &dir, const QByteArray &serverDirectives,
                        const QString &nginxBinary = QStringLiteral("/usr/sbin/nginx"));
    void stop();
    quint16 port() const { return m_port; }
    QString version() const { return m_version; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_version;
};

} // namespace ClipDesk::Bench
