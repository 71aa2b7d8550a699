#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class QTimer;
class QWebSocket;

namespace ClipDesk::Net {

// The live channel to the server's /ws: signed in with "Authorization: Bearer <token>", it
// reports the server's pokes ({"type":"poke","cursor":N}), keeps the connection alive with
// {"type":"ping"} now and then, and reconnects after a drop with exponential backoff and full
// jitter. Pokes are hints only: whoever listens pulls from its cursor after connected() too.
class WebSocketSession final : public QObject
{
    Q_OBJECT

public:
    // The close code the server uses when the session behind a channel ends (sign-out,
    // password change, revocation); see core/server/ws/websockethub.h.
    static constexpr int SessionRevokedCloseCode = 4001;

    explicit WebSocketSession(QObject *parent = nullptr);
    ~WebSocketSession() override;
    Q_DISABLE_COPY_MOVE(WebSocketSession)

    // Connects to ws(s)://<server>/ws and keeps reconnecting until close().
    void open(const QUrl &serverUrl, const QString &token);
    void close();
    bool isConnected() const { return m_connected; }
    void setPingInterval(std::chrono::milliseconds interval);
    // ws:// or wss:// for the server's http:// or https:// address, path + "/ws".
    static QUrl socketUrl(const QUrl &serverUrl);

Q_SIGNALS:
    void connected();
    void disconnected();
    void poked(qint64 cursor);
    // The server refused the token during the handshake, or closed the channel because the
    // session ended (close code SessionRevokedCloseCode).
    void rejected();

private:
    void connectNow();
    void onDisconnected();
    void onMessage(const QString &message);
    void scheduleReconnect();

    QWebSocket *m_socket;
    QTimer *m_pingTimer;
    QTimer *m_reconnectTimer;
    QUrl m_serverUrl;
    QString m_token;
    int m_attempt = 0;
    bool m_wanted = false;
    bool m_connected = false;
};

} // namespace ClipDesk::Net
