#include "httpserver.h"

#include "httpconnection.h"
#include "httplogging.h"
#include "lingeringclose.h"

#include <QMetaMethod>
#include <QPointer>
#include <QSslSocket>
#include <QWebSocket>

namespace ClipDesk::Server {

Q_LOGGING_CATEGORY(lcHttp, "clipdesk.http", QtInfoMsg)

namespace {
// Sockets refused over capacity that may still be lingering; beyond this they are dropped at once.
constexpr int MaxRefusingSockets = 256;
constexpr int RefusalLingerMs = 1000;
} // namespace

HttpServer::HttpServer(Router *router, HttpLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_router(router)
    , m_limits(limits)
    , m_webSockets(QStringLiteral("ClipDesk"), QWebSocketServer::NonSecureMode)
{
    m_webSockets.setHandshakeTimeout(m_limits.webSocketHandshakeTimeoutMs);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &HttpServer::onWebSocketPending);
}

HttpServer::~HttpServer()
{
    close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

void HttpServer::setWebSocketAuthenticator(WebSocketAuthenticator authenticator)
{
    m_webSocketAuthenticator = std::move(authenticator);
}

int HttpServer::connectionCount() const
{
    return m_connections;
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket(this);
        if (!tls->setSocketDescriptor(socketDescriptor)) {
            delete tls;
            return;
        }
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }

    if (m_connections >= m_limits.maxConnections) {
        refuseOverCapacity(socket);
        return;
    }
    ++m_connections;
    auto *connection = new HttpConnection(this, socket);
    connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
}

void HttpServer::refuseOverCapacity(QTcpSocket *socket)
{
    if (m_refusing >= MaxRefusingSockets) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    qCDebug(lcHttp) << "connection limit reached; refusing" << socket->peerAddress();
    const HttpResponse busy = HttpResponse::error(503, QStringLiteral("service_unavailable"),
                                                  tr("The server is busy. Try again shortly."));
    socket->write(busy.serialize(true));
    ++m_refusing;
    auto *closer = new LingeringClose(socket, RefusalLingerMs, this);
    connect(closer, &QObject::destroyed, this, [this] { --m_refusing; });
}

std::expected<QString, HttpResponse> HttpServer::authorizeUpgrade(const HttpRequest &request) const
{
    if (request.path != WebSocketPath)
        return std::unexpected(HttpResponse::error(404, QStringLiteral("not_found"), tr("There is nothing at %1.").arg(request.path)));
    const bool websocket = request.header("upgrade").toLower().contains("websocket");
    if (request.method != "GET" || !websocket || request.hasBody())
        return std::unexpected(HttpResponse::error(400, QStringLiteral("bad_request"), tr("Only WebSocket upgrades with GET are supported.")));
    if (!m_webSocketAuthenticator)
        return std::unexpected(HttpResponse::error(404, QStringLiteral("not_found"), tr("WebSockets are not available on this server.")));
    return m_webSocketAuthenticator(request);
}

QString HttpServer::peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

void HttpServer::handOverToWebSocket(QTcpSocket *socket, const QString &subject)
{
    socket->setParent(nullptr);
    // QWebSocket waits for whole frames in the read buffer; a capped buffer would stall frames
    // larger than the cap. Memory stays bounded by the frame and message size limits instead.
    socket->setReadBufferSize(0);
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    m_pendingWebSockets.insert(key, PendingWebSocket{subject, socket});
    ++m_connections;
    // A child object notices the socket's end: Qt WebSockets disconnects the socket's own signals.
    auto *lifetime = new QObject(socket);
    connect(lifetime, &QObject::destroyed, this, [this, key] {
        --m_connections;
        const auto pending = m_pendingWebSockets.find(key);
        if (pending != m_pendingWebSockets.end() && pending->socket.isNull())
            m_pendingWebSockets.erase(pending);
    });
    m_webSockets.handleConnection(socket);
}

void HttpServer::onWebSocketPending()
{
    while (m_webSockets.hasPendingConnections()) {
        QWebSocket *socket = m_webSockets.nextPendingConnection();
        if (!socket)
            continue;
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxWebSocketMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxWebSocketMessageBytes));
        const PendingWebSocket pending = m_pendingWebSockets.take(peerKey(socket->peerAddress(), socket->peerPort()));
        // QWebSocket does not delete the QTcpSocket it was upgraded from: tie their lifetimes.
        connect(socket, &QObject::destroyed, this, [tcpSocket = pending.socket] {
            if (tcpSocket)
                tcpSocket->deleteLater();
        });
        if (!pending.socket || !isSignalConnected(QMetaMethod::fromSignal(&HttpServer::webSocketConnected))) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway);
            socket->deleteLater();
            continue;
        }
        qCDebug(lcHttp) << "WebSocket connected from" << socket->peerAddress() << "for" << pending.subject;
        Q_EMIT webSocketConnected(socket, pending.subject);
    }
}

} // namespace ClipDesk::Server
