#include "testwebsocket.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

namespace ClipDesk::Testing {

namespace {

// Runs the event loop until `done` holds, `socket` emits one of the wake-up signals, or the
// timeout passes; returns `done()`.
bool runUntil(QWebSocket &socket, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&loop, &done] {
        if (done())
            loop.quit();
    };
    QObject::connect(&socket, &QWebSocket::connected, &loop, check);
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, check);
    QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &loop, check);
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, check);
    timer.start(timeoutMs);
    loop.exec();
    return done();
}

} // namespace

TestWebSocket::TestWebSocket()
    : m_socket(std::make_unique<QWebSocket>())
{
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(), [this](const QString &text) {
        m_messages.append({QJsonDocument::fromJson(text.toUtf8()).object(), text, QDateTime::currentMSecsSinceEpoch()});
    });
    QObject::connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), m_socket.get(), [this](QAbstractSocket::SocketError) {
        m_error = m_socket->errorString();
    });
}

TestWebSocket::~TestWebSocket()
{
    m_socket->disconnect();
    m_socket->abort();
}

bool TestWebSocket::open(const QUrl &baseUrl, const QString &token, int timeoutMs)
{
    QUrl url = baseUrl;
    url.setScheme(baseUrl.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    bool failed = false;
    const QMetaObject::Connection onError = QObject::connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), m_socket.get(),
                                                             [&failed](QAbstractSocket::SocketError) { failed = true; });
    const QMetaObject::Connection onClose = QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(),
                                                             [&failed] { failed = true; });
    m_socket->open(request);
    runUntil(*m_socket, [&] { return failed || isConnected(); }, timeoutMs);
    QObject::disconnect(onError);
    QObject::disconnect(onClose);
    if (!isConnected() && m_error.isEmpty())
        m_error = failed ? QStringLiteral("the server closed the connection") : QStringLiteral("timed out");
    return isConnected();
}

bool TestWebSocket::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void TestWebSocket::close()
{
    m_socket->close();
}

bool TestWebSocket::waitForDisconnected(int timeoutMs)
{
    return runUntil(*m_socket, [this] { return m_socket->state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

std::optional<TestWebSocket::Message> TestWebSocket::waitFor(const Predicate &matches, int timeoutMs, qsizetype fromIndex)
{
    qsizetype next = qMax<qsizetype>(0, fromIndex);
    std::optional<Message> found;
    const auto scan = [&] {
        for (; !found && next < m_messages.size(); ++next) {
            if (matches(m_messages.at(next).json))
                found = m_messages.at(next);
        }
        return found.has_value();
    };
    runUntil(*m_socket, scan, timeoutMs);
    return found;
}

TestWebSocket::Predicate TestWebSocket::typeIs(const QString &type)
{
    return [type](const QJsonObject &message) { return message.value(QStringLiteral("type")).toString() == type; };
}

} // namespace ClipDesk::Testing
