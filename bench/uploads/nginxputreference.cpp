#include "nginxputreference.h"

#include <QDir>

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
    return m_nginx.startServer(m_dir,
                               "    client_max_body_size 4g;\n"
                               "    location /upload/ {\n"
                               "      root " + m_dir.toUtf8() + "/www;\n"
                               "      dav_methods PUT;\n"
                               "      create_full_put_path on;\n"
                               "    }\n",
                               nginxBinary);
}

} // namespace ClipDesk::Bench
