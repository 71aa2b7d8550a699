#pragma once

#include "nginxreference.h"

#include <QString>

namespace ClipDesk::Bench {

// A real nginx (one worker) on loopback that accepts `PUT /upload/<name>` bodies of any size up
// to 4 GiB and writes them to a directory (dav_methods PUT): the reference the tus endpoint's
// upload throughput is compared with. Runs in the foreground; stopped by PID.
class NginxPutReference final
{
public:
    NginxPutReference() = default;
    ~NginxPutReference();
    Q_DISABLE_COPY_MOVE(NginxPutReference)

    // `tempDir` must be on the file system the uploads should land on. Empty string once up.
    QString start(const QString &tempDir, const QString &nginxBinary = QStringLiteral("/usr/sbin/nginx"));
    void stop() { m_nginx.stop(); }
    quint16 port() const { return m_nginx.port(); }
    QString version() const { return m_nginx.version(); }
    QString uploadDir() const;

private:
    QString m_dir;
    NginxReference m_nginx;
};

} // namespace ClipDesk::Bench
