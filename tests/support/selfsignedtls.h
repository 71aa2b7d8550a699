#pragma once

#include <QSslConfiguration>
#include <QString>

namespace ClipDesk::Testing {

// A throw-away self-signed certificate for 127.0.0.1 (made by the openssl CLI in `dir`) as a
// server configuration; a null configuration (and a warning) on failure.
QSslConfiguration selfSignedServerTls(const QString &dir);

} // namespace ClipDesk::Testing
