#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace ClipDesk::Server {

// The head of one HTTP/1.x request as the parser hands it over: Qt Core only, no sockets.
// The body is delivered separately.
struct HttpRequestHead
{
    QByteArray method;                                // "GET", "POST", ...
    QByteArray target;                                // raw request target, e.g. "/api/v1/x?y=1"
    QString path;                                     // percent-decoded path, without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lowercased, in arrival order
    std::optional<qint64> contentLength;              // absent for chunked or bodiless requests
    bool chunked = false;
    int httpMinorVersion = 1;                         // HTTP/1.<minor>
    bool keepAlive = true;                            // the connection may carry another request
    bool upgrade = false;                             // "Connection: upgrade" + "Upgrade: ..."
    bool expectContinue = false;                      // "Expect: 100-continue"

    // The first value of a header (name matched case-insensitively), or empty.
    QByteArray header(QByteArrayView name) const;
    // Every value of a header, in arrival order.
    QList<QByteArray> headerValues(QByteArrayView name) const;
    // The token of "Authorization: Bearer <token>", or empty.
    QByteArray bearerToken() const;
    // True when body bytes follow the head.
    bool hasBody() const { return chunked || contentLength.value_or(0) > 0; }
};

} // namespace ClipDesk::Server
