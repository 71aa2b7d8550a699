#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWebSocket;

namespace ClipDesk::Server {

// Owns the server's WebSockets and knows whose they are: session → sockets, user → sockets.
// Answers pings, fans messages out to a user's sockets and closes the sockets of revoked
// sessions (close code 4001, reason "session revoked").
class WebSocketHub final : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 SessionRevokedCloseCode = 4001;

    // Maps a session id to the id of its user while the session is valid.
    using SessionOwnerLookup = std::function<std::optional<QString>(const QString &sessionId)>;

    explicit WebSocketHub(QObject *parent = nullptr);
    ~WebSocketHub() override;
    Q_DISABLE_COPY_MOVE(WebSocketHub)

    void setSessionOwnerLookup(SessionOwnerLookup lookup);

    // Takes ownership of a socket that finished its handshake (HttpServer::webSocketConnected).
    // The owner is found through the lookup; a socket of an invalid session is closed at once.
    void adopt(QWebSocket *socket, const QString &sessionId);
    void adopt(QWebSocket *socket, const QString &sessionId, const QString &userId);

    void closeSession(const QString &sessionId, const QString &reason = QStringLiteral("session revoked"));
    void closeUser(const QString &userId, const QString &reason = QStringLiteral("session revoked"));
    // Closes the sockets of sessions the lookup no longer vouches for (e.g. revoked by another process).
    void closeEndedSessions();

    // Sends a JSON text message to every socket of the user; returns how many sockets got it.
    int sendToUser(const QString &userId, const QJsonObject &message);

    int connectionCount() const { return int(m_sockets.size()); }
    int sessionConnectionCount(const QString &sessionId) const { return int(m_bySession.count(sessionId)); }
    int userConnectionCount(const QString &userId) const { return int(m_byUser.count(userId)); }
    bool isUserConnected(const QString &userId) const { return m_byUser.contains(userId); }
    // Every user with at least one socket (for sync pokes).
    QStringList connectedUserIds() const;

Q_SIGNALS:
    // A JSON message other than a ping arrived.
    void messageReceived(const QString &userId, const QString &sessionId, const QJsonObject &message);
    void userConnected(const QString &userId);    // the user's first socket
    void userDisconnected(const QString &userId); // the user's last socket went away

private:
    struct Owner
    {
        QString sessionId;
        QString userId;
    };

    void onTextMessage(QWebSocket *socket, const QString &text);
    void forget(QWebSocket *socket);
    void closeSockets(const QList<QWebSocket *> &sockets, const QString &reason);

    SessionOwnerLookup m_lookup;
    QHash<QWebSocket *, Owner> m_sockets;
    QMultiHash<QString, QWebSocket *> m_bySession;
    QMultiHash<QString, QWebSocket *> m_byUser;
};

} // namespace ClipDesk::Server
