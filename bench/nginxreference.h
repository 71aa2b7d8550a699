#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ClipDesk::Bench {

// A real nginx with one worker that answers GET /api/v1/health with a fixed JSON body:
// the peer our HTTP front is compared with. Runs in the foreground and is stopped by PID.
class NginxReference final
{
public:
    NginxReference() = default;
    ~NginxReference();
    Q_DISABLE_COPY_MOVE(NginxReference)

    // Returns an error message, or an empty string once nginx answers.
    QString start(const QString &nginxBinary = QStringLiteral("/usr/sbin/nginx"));
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
