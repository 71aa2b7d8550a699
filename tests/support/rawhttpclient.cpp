#include "rawhttpclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>

namespace ClipDesk::Testing {

QByteArray RawHttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject RawHttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawHttpResponse::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

RawHttpClient::RawHttpClient(Transport transport)
    : m_transport(transport)
    , m_socket(std::make_unique<QSslSocket>())
{
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
}

RawHttpClient::~RawHttpClient()
{
    m_socket->abort();
}

void RawHttpClient::startConnecting(quint16 port)
{
    if (m_transport == Transport::Tls)
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    else
        m_socket->connectToHost(QHostAddress::LocalHost, port);
}

bool RawHttpClient::waitForConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        if (m_transport == Transport::Tls)
            return m_socket->isEncrypted();
        return m_socket->state() == QAbstractSocket::ConnectedState;
    }, timeoutMs);
}

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    startConnecting(port);
    return waitForConnected(timeoutMs);
}

void RawHttpClient::write(QByteArrayView bytes)
{
    m_socket->write(bytes.data(), bytes.size());
}

bool RawHttpClient::send(QByteArrayView bytes, int timeoutMs)
{
    write(bytes);
    const bool flushed = QTest::qWaitFor([this] {
        return m_socket->state() != QAbstractSocket::ConnectedState
            || (m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0);
    }, timeoutMs);
    return flushed && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() == 0;
}

void RawHttpClient::pull()
{
    if (m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->readAll();
}

std::optional<RawHttpResponse> RawHttpClient::tryParse(bool headRequest, bool closed)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    RawHttpResponse response;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
        return std::nullopt;
    response.status = statusLine.at(1).toInt();
    response.reason = lines.first().trimmed().mid(statusLine.at(0).size() + statusLine.at(1).size() + 2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    qsizetype bodyStart = headEnd + 4;
    const bool bodyless = headRequest || response.status < 200 || response.status == 204 || response.status == 304;
    if (bodyless) {
        m_buffer.remove(0, bodyStart);
        return response;
    }
    if (response.header("transfer-encoding").toLower() == "chunked") {
        QByteArray body;
        qsizetype pos = bodyStart;
        while (true) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return std::nullopt;
            bool ok = false;
            const qint64 size = m_buffer.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return std::nullopt;
            if (size == 0) {
                const qsizetype end = m_buffer.indexOf("\r\n\r\n", lineEnd);
                if (end < 0)
                    return std::nullopt;
                m_buffer.remove(0, end + 4);
                response.body = body;
                return response;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            body += m_buffer.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }
    const QByteArray lengthHeader = response.header("content-length");
    if (lengthHeader.isEmpty()) {
        if (!closed)
            return std::nullopt;
        response.body = m_buffer.mid(bodyStart);
        m_buffer.clear();
        return response;
    }
    const qint64 length = lengthHeader.toLongLong();
    if (m_buffer.size() - bodyStart < length)
        return std::nullopt;
    response.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return response;
}

std::optional<RawHttpResponse> RawHttpClient::readResponse(int timeoutMs, bool headRequest)
{
    std::optional<RawHttpResponse> response;
    const bool settled = QTest::qWaitFor([&] {
        pull();
        const bool closed = m_socket->state() != QAbstractSocket::ConnectedState;
        response = tryParse(headRequest, closed);
        return response.has_value() || closed;
    }, timeoutMs);
    if (!settled || !response) {
        pull();
        response = tryParse(headRequest, m_socket->state() != QAbstractSocket::ConnectedState);
    }
    return response;
}

std::optional<RawHttpResponse> RawHttpClient::request(QByteArrayView method, QByteArrayView target,
                                                      const QList<std::pair<QByteArray, QByteArray>> &headers,
                                                      QByteArrayView body, int timeoutMs)
{
    QByteArray wire = method.toByteArray() + ' ' + target.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        wire += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    wire += "\r\n";
    wire += body.toByteArray();
    if (!send(wire, timeoutMs))
        return std::nullopt;
    return readResponse(timeoutMs, method == "HEAD");
}

bool RawHttpClient::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        pull();
        return m_socket->state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
}

bool RawHttpClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray RawHttpClient::unreadBytes()
{
    pull();
    return std::exchange(m_buffer, {});
}

void RawHttpClient::close()
{
    m_socket->abort();
}

} // namespace ClipDesk::Testing
