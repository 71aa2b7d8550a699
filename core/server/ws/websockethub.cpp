#include "websockethub.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcWebSocketHub, "clipdesk.ws", QtInfoMsg)

namespace ClipDesk::Server {

WebSocketHub::WebSocketHub(QObject *parent)
    : QObject(parent)
{
}

WebSocketHub::~WebSocketHub()
{
    // Sockets are children; make sure their signals do not reach a half-destroyed hub.
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it)
        it.key()->disconnect(this);
}

void WebSocketHub::setSessionOwnerLookup(SessionOwnerLookup lookup)
{
    m_lookup = std::move(lookup);
}

void WebSocketHub::adopt(QWebSocket *socket, const QString &sessionId)
{
    std::optional<QString> owner = m_lookup ? m_lookup(sessionId) : std::nullopt;
    if (!owner) {
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCode(SessionRevokedCloseCode), QStringLiteral("session revoked"));
        return;
    }
    adopt(socket, sessionId, *owner);
}

void WebSocketHub::adopt(QWebSocket *socket, const QString &sessionId, const QString &userId)
{
    socket->setParent(this);
    const bool firstOfUser = !m_byUser.contains(userId);
    m_sockets.insert(socket, Owner{sessionId, userId});
    m_bySession.insert(sessionId, socket);
    m_byUser.insert(userId, socket);

    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onTextMessage(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });
    qCDebug(lcWebSocketHub) << "socket adopted; connections:" << m_sockets.size();
    if (firstOfUser)
        Q_EMIT userConnected(userId);
}

void WebSocketHub::onTextMessage(QWebSocket *socket, const QString &text)
{
    const auto owner = m_sockets.constFind(socket);
    if (owner == m_sockets.cend())
        return; // closing
    if (text == u"ping") {
        socket->sendTextMessage(QStringLiteral(R"({"type":"pong"})"));
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        socket->sendTextMessage(QStringLiteral(R"({"type":"error","code":"invalid_message"})"));
        return;
    }
    const QJsonObject message = document.object();
    if (message.value(QStringLiteral("type")).toString() == u"ping") {
        socket->sendTextMessage(QStringLiteral(R"({"type":"pong"})"));
        return;
    }
    Q_EMIT messageReceived(owner->userId, owner->sessionId, message);
}

void WebSocketHub::forget(QWebSocket *socket)
{
    const auto owner = m_sockets.constFind(socket);
    if (owner == m_sockets.cend())
        return;
    const QString userId = owner->userId;
    m_bySession.remove(owner->sessionId, socket);
    m_byUser.remove(userId, socket);
    m_sockets.erase(owner);
    if (!m_byUser.contains(userId))
        Q_EMIT userDisconnected(userId);
}

void WebSocketHub::closeSockets(const QList<QWebSocket *> &sockets, const QString &reason)
{
    for (QWebSocket *socket : sockets) {
        // Forget it now so nothing more is sent to it; it deletes itself once closed.
        forget(socket);
        socket->disconnect(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCode(SessionRevokedCloseCode), reason);
    }
}

void WebSocketHub::closeSession(const QString &sessionId, const QString &reason)
{
    const QList<QWebSocket *> sockets = m_bySession.values(sessionId);
    if (!sockets.isEmpty())
        qCInfo(lcWebSocketHub) << "closing" << sockets.size() << "socket(s) of an ended session";
    closeSockets(sockets, reason);
}

void WebSocketHub::closeUser(const QString &userId, const QString &reason)
{
    closeSockets(m_byUser.values(userId), reason);
}

void WebSocketHub::closeEndedSessions()
{
    if (!m_lookup)
        return;
    const QList<QString> sessions = QSet<QString>(m_bySession.keyBegin(), m_bySession.keyEnd()).values();
    for (const QString &sessionId : sessions) {
        if (!m_lookup(sessionId))
            closeSession(sessionId);
    }
}

int WebSocketHub::sendToUser(const QString &userId, const QJsonObject &message)
{
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    const QList<QWebSocket *> sockets = m_byUser.values(userId);
    for (QWebSocket *socket : sockets)
        socket->sendTextMessage(text);
    return int(sockets.size());
}

QStringList WebSocketHub::connectedUserIds() const
{
    return QSet<QString>(m_byUser.keyBegin(), m_byUser.keyEnd()).values();
}

} // namespace ClipDesk::Server
