#pragma once

#include "httpresponse.h"
#include "router.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QWebSocketServer>

#include <expected>
#include <functional>
#include <optional>

class QWebSocket;

namespace ClipDesk::Server {

class HttpConnection;

struct HttpLimits
{
    qint64 maxHeaderBytes = 64 * 1024;       // request line + headers; more → 431
    int idleTimeoutMs = 30'000;              // no complete request head within this → close
    int bodyIdleTimeoutMs = 60'000;          // no body bytes within this while a body is due → close
    int maxConnections = 1024;               // above this, new connections are refused with 503
    qint64 maxWebSocketMessageBytes = 1024 * 1024;
    int webSocketHandshakeTimeoutMs = 10'000;
};

// HTTP/1.1 + WebSocket on one port, built on QTcpServer and llhttp.
//
// Request bodies are streamed to the route (or buffered up to the route's cap); keep-alive and
// pipelining are supported and responses always leave in request order. Heads larger than
// maxHeaderBytes get 431, declared bodies over the route's cap get 413 before any body byte is
// read, malformed or ambiguous requests get 400, and each of these closes the connection.
// A connection gets idleTimeoutMs to deliver a complete head, counted from when it became idle
// and restarted once at the head's first byte (never per byte: slowloris-safe); a body that
// stalls for bodyIdleTimeoutMs is aborted with 408. Above maxConnections (HTTP and WebSocket
// sockets together), new sockets get a 503 and are closed.
// `GET /ws` with "Upgrade: websocket" goes through the WebSocketAuthenticator and then to
// QWebSocketServer; webSocketConnected() hands out the finished socket.
class HttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpServer(Router *router, HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;
    Q_DISABLE_COPY_MOVE(HttpServer)

    // Enables TLS for every connection (HTTPS and WSS on the same port).
    void setTlsConfiguration(const QSslConfiguration &configuration);

    // Decides whether a `GET /ws` upgrade may proceed. Returns a subject (for example a
    // session id) to attach to the socket, or the HTTP response that refuses it.
    using WebSocketAuthenticator = std::function<std::expected<QString, HttpResponse>(const HttpRequest &)>;
    void setWebSocketAuthenticator(WebSocketAuthenticator authenticator);

    // Open sockets: HTTP connections plus WebSockets (handshaking or established).
    int connectionCount() const;
    const HttpLimits &limits() const { return m_limits; }

    static constexpr QStringView WebSocketPath = u"/ws";

Q_SIGNALS:
    // A WebSocket finished its handshake. The receiver takes ownership of `socket`
    // (if nothing is connected, the socket is closed).
    void webSocketConnected(QWebSocket *socket, const QString &subject);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class HttpConnection;

    void refuseOverCapacity(QTcpSocket *socket);
    // For an upgrade request: the WebSocket subject, or the response that refuses it.
    std::expected<QString, HttpResponse> authorizeUpgrade(const HttpRequest &request) const;
    void handOverToWebSocket(QTcpSocket *socket, const QString &subject);
    void onWebSocketPending();
    static QString peerKey(const QHostAddress &address, quint16 port);

    Router *m_router;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    WebSocketAuthenticator m_webSocketAuthenticator;
    QWebSocketServer m_webSockets;
    struct PendingWebSocket
    {
        QString subject;
        QPointer<QTcpSocket> socket;
    };
    QHash<QString, PendingWebSocket> m_pendingWebSockets; // by "address|port", until the handshake completes
    int m_connections = 0;
    int m_refusing = 0;
};

} // namespace ClipDesk::Server
