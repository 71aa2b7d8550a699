#include "httprequest.h"

namespace ClipDesk::Server {

HttpRequest::HttpRequest(HttpRequestHead head, QHostAddress address, quint16 port)
    : HttpRequestHead(std::move(head))
    , peerAddress(std::move(address))
    , peerPort(port)
{
}

} // namespace ClipDesk::Server
