#include "websocketsession.h"

#include "netlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace ClipDesk::Net {

namespace {
constexpr qint64 InitialDelayMs = 1'000;
constexpr qint64 MaxDelayMs = 60'000;
constexpr std::chrono::seconds DefaultPingInterval{25};
} // namespace

WebSocketSession::WebSocketSession(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_pingTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    m_pingTimer->setInterval(DefaultPingInterval);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &WebSocketSession::connectNow);
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        m_socket->sendTextMessage(QStringLiteral("{\"type\":\"ping\"}"));
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        m_attempt = 0;
        m_pingTimer->start();
        qCInfo(lcNet) << "live channel connected";
        Q_EMIT connected();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketSession::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketSession::onMessage);
}

WebSocketSession::~WebSocketSession()
{
    m_wanted = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

QUrl WebSocketSession::socketUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/ws"));
    return url;
}

void WebSocketSession::setPingInterval(std::chrono::milliseconds interval)
{
    m_pingTimer->setInterval(interval);
}

void WebSocketSession::open(const QUrl &serverUrl, const QString &token)
{
    m_serverUrl = serverUrl;
    m_token = token;
    m_wanted = true;
    m_attempt = 0;
    m_reconnectTimer->stop();
    m_socket->abort();
    connectNow();
}

void WebSocketSession::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_pingTimer->stop();
    m_socket->close();
}

void WebSocketSession::connectNow()
{
    if (!m_wanted)
        return;
    QNetworkRequest request(socketUrl(m_serverUrl));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    m_socket->open(request);
}

void WebSocketSession::onDisconnected()
{
    const bool was = m_connected;
    m_connected = false;
    m_pingTimer->stop();
    if (was)
        Q_EMIT disconnected();
    const int code = m_socket->closeCode();
    if (code == SessionRevokedCloseCode || (code == QWebSocketProtocol::CloseCodePolicyViolated && !was))
        Q_EMIT rejected();
    scheduleReconnect();
}

void WebSocketSession::scheduleReconnect()
{
    if (!m_wanted || m_reconnectTimer->isActive())
        return;
    const qint64 ceiling = std::min<qint64>(InitialDelayMs << std::min(m_attempt, 16), MaxDelayMs);
    ++m_attempt;
    const qint64 delay = 1 + QRandomGenerator::global()->bounded(ceiling);
    qCDebug(lcNet) << "live channel reconnects in" << delay << "ms";
    m_reconnectTimer->start(std::chrono::milliseconds(delay));
}

void WebSocketSession::onMessage(const QString &message)
{
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    if (json.value(QLatin1String("type")).toString() == QLatin1String("poke"))
        Q_EMIT poked(json.value(QLatin1String("cursor")).toInteger());
}

} // namespace ClipDesk::Net
