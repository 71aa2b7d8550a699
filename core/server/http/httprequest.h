#pragma once

#include "server/http/parser/httprequesthead.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace ClipDesk::Server {

// One HTTP/1.x request as a route sees it: the parsed head (method, target, decoded path,
// query, headers, ...) plus where it came from. The body is delivered separately (see Route).
struct HttpRequest : HttpRequestHead
{
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHash<QString, QString> pathParams; // filled by the router from "{name}" segments

    HttpRequest() = default;
    HttpRequest(HttpRequestHead head, QHostAddress address, quint16 port);
};

} // namespace ClipDesk::Server
