#include "httpbodysender.h"

#include "nettr.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace ClipDesk::Net {

namespace {

constexpr qsizetype PieceBytes = 1024 * 1024;       // handed to the socket at a time
constexpr qint64 MaxBufferedBytes = 4 * 1024 * 1024; // in the socket's write buffer at most
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxResponseBodyBytes = 1024 * 1024; // upload responses are short

int defaultPort(const QUrl &url)
{
    return url.scheme() == u"https" ? 443 : 80;
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray requestTarget(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

enum class Decoded { NeedMore, Complete, Malformed };

// Decodes a whole chunked body from the start of `in` (responses here are short, so it simply
// starts over as more arrives).
Decoded decodeChunked(const QByteArray &in, QByteArray *body)
{
    body->clear();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = in.indexOf("\r\n", pos);
        if (eol < 0)
            return Decoded::NeedMore;
        QByteArray sizeText = in.mid(pos, eol - pos);
        if (const qsizetype extension = sizeText.indexOf(';'); extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > MaxResponseBodyBytes - body->size())
            return Decoded::Malformed;
        pos = eol + 2;
        if (size == 0) {
            for (;;) { // trailer fields up to an empty line
                const qsizetype end = in.indexOf("\r\n", pos);
                if (end < 0)
                    return Decoded::NeedMore;
                if (end == pos)
                    return Decoded::Complete;
                pos = end + 2;
            }
        }
        if (in.size() < pos + size + 2)
            return Decoded::NeedMore;
        body->append(in.mid(pos, size));
        if (in.mid(pos + size, 2) != "\r\n")
            return Decoded::Malformed;
        pos += size + 2;
    }
}

} // namespace

QByteArray HttpBodySender::Response::header(QByteArrayView name) const
{
    for (const auto &[field, value] : headers) {
        if (QByteArrayView(field).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpBodySender::HttpBodySender(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_busy)
            fail(Tr::tr("The server stopped responding."));
    });
}

HttpBodySender::~HttpBodySender()
{
    dropSocket();
}

bool HttpBodySender::sameOrigin(const QUrl &url) const
{
    return m_socket && m_origin.scheme() == url.scheme() && m_origin.host() == url.host()
        && m_origin.port(defaultPort(m_origin)) == url.port(defaultPort(url));
}

void HttpBodySender::send(const QByteArray &method, const QUrl &url, const Headers &headers, QByteArray body,
                          std::chrono::milliseconds idleTimeout)
{
    Q_ASSERT(!m_busy);
    ++m_request;
    m_busy = true;
    m_requestStarted = false;
    m_queued = 0;
    m_retried = false;
    m_url = url;
    m_body = std::move(body);
    m_head = method + ' ' + requestTarget(url) + " HTTP/1.1\r\nHost: " + hostHeader(url)
        + "\r\nContent-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        m_head += name + ": " + value + "\r\n";
    m_head += "\r\n";
    m_idle.setInterval(int(idleTimeout.count()));
    m_idle.start();
    const auto *tls = qobject_cast<QSslSocket *>(m_socket.get());
    const bool ready = sameOrigin(url) && m_socket->state() == QAbstractSocket::ConnectedState && (!tls || tls->isEncrypted());
    m_reusedConnection = ready;
    if (ready)
        writeRequest();
    else
        connectSocket();
}

void HttpBodySender::abort()
{
    m_idle.stop();
    m_busy = false;
    m_body.clear();
    dropSocket();
}

void HttpBodySender::connectSocket()
{
    dropSocket();
    m_requestStarted = false;
    const QString host = m_url.host();
    const auto port = quint16(m_url.port(defaultPort(m_url)));
    if (m_url.scheme() == u"https") {
        auto *socket = new QSslSocket;
        m_socket.reset(socket);
        connect(socket, &QSslSocket::encrypted, this, &HttpBodySender::writeRequest);
        socket->connectToHostEncrypted(host, port);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &HttpBodySender::writeRequest);
        m_socket->connectToHost(host, port);
    }
    m_origin = m_url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, &HttpBodySender::progressed);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket.get())) // bytesWritten() only says "encrypted"
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &HttpBodySender::progressed);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpBodySender::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &HttpBodySender::onError);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &HttpBodySender::onError);
}

void HttpBodySender::progressed()
{
    if (!m_busy)
        return;
    m_idle.start();
    pump();
}

qint64 HttpBodySender::pendingBytes() const
{
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket.get());
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void HttpBodySender::writeRequest()
{
    m_in.clear();
    m_response = {};
    m_framing = Framing::Unknown;
    m_remaining = 0;
    m_keepAlive = true;
    m_queued = 0;
    m_requestStarted = true;
    m_socket->write(m_head);
    pump();
}

void HttpBodySender::pump()
{
    // Not before the head (a TLS handshake writes too), nor once the answer came: the rest of
    // the body is not wanted then.
    if (!m_busy || !m_socket || !m_requestStarted || m_framing != Framing::Unknown)
        return;
    const qint64 before = m_queued;
    while (m_queued < m_body.size() && pendingBytes() < MaxBufferedBytes) {
        const qint64 piece = std::min<qint64>(PieceBytes, m_body.size() - m_queued);
        if (m_socket->write(m_body.constData() + m_queued, piece) != piece)
            return fail(m_socket->errorString());
        m_queued += piece;
    }
    const qint64 handedOver = m_head.size() + m_queued - pendingBytes();
    const qint64 sent = std::clamp<qint64>(handedOver - m_head.size(), 0, m_body.size());
    if (sent > 0 || before == 0)
        Q_EMIT bodyProgress(sent, m_body.size());
}

void HttpBodySender::onReadyRead()
{
    if (!m_socket)
        return;
    if (!m_busy) {
        dropSocket(); // nothing is expected on an idle connection (e.g. a proxy's 408 before it closes)
        return;
    }
    m_idle.start();
    m_in += m_socket->readAll();
    if (m_framing == Framing::Unknown && !parseHead())
        return;
    parseBody();
}

bool HttpBodySender::parseHead()
{
    for (;;) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > MaxHeadBytes)
                fail(Tr::tr("The server's answer is not valid HTTP."));
            return false;
        }
        const QList<QByteArray> lines = m_in.first(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        bool ok = false;
        const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
        if (!ok || status < 100 || status > 599 || !statusLine.first().startsWith("HTTP/1.")) {
            fail(Tr::tr("The server's answer is not valid HTTP."));
            return false;
        }
        m_in.remove(0, end + 4);
        if (status < 200)
            continue; // an interim answer (100 Continue): the real one follows
        m_response.status = status;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_response.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
        }
        m_keepAlive = statusLine.first() != "HTTP/1.0"
            && !m_response.header("Connection").toLower().contains("close");
        const QByteArray length = m_response.header("Content-Length");
        if (status == 204 || status == 304) {
            m_framing = Framing::None;
        } else if (m_response.header("Transfer-Encoding").toLower().contains("chunked")) {
            m_framing = Framing::Chunked;
        } else if (!length.isEmpty()) {
            m_remaining = length.toLongLong(&ok);
            if (!ok || m_remaining < 0 || m_remaining > MaxResponseBodyBytes) {
                fail(Tr::tr("The server's answer is not valid HTTP."));
                return false;
            }
            m_framing = Framing::Length;
        } else {
            m_framing = Framing::UntilClose;
            m_keepAlive = false;
        }
        return true;
    }
}

bool HttpBodySender::parseBody()
{
    switch (m_framing) {
    case Framing::Unknown:
        return false;
    case Framing::None:
        complete();
        return true;
    case Framing::Length: {
        const qint64 take = std::min<qint64>(m_remaining, m_in.size());
        m_response.body += m_in.first(take);
        m_in.remove(0, take);
        m_remaining -= take;
        if (m_remaining > 0)
            return false;
        complete();
        return true;
    }
    case Framing::Chunked:
        return parseChunked();
    case Framing::UntilClose:
        m_response.body += std::exchange(m_in, {});
        if (m_response.body.size() > MaxResponseBodyBytes)
            fail(Tr::tr("The server's answer is not valid HTTP."));
        return false;
    }
    return false;
}

bool HttpBodySender::parseChunked()
{
    switch (decodeChunked(m_in, &m_response.body)) {
    case Decoded::NeedMore:
        return false;
    case Decoded::Malformed:
        fail(Tr::tr("The server's answer is not valid HTTP."));
        return false;
    case Decoded::Complete:
        m_in.clear();
        m_keepAlive = false; // what followed the body is not looked at: start afresh next time
        complete();
        return true;
    }
    return false;
}

void HttpBodySender::onError()
{
    if (!m_socket)
        return;
    if (!m_busy) {
        dropSocket(); // the server closed an idle kept-alive connection
        return;
    }
    // Whatever arrived before the connection ended may complete the answer. Every signal ends
    // this handler: its receiver may have started the next request already.
    const quint64 request = m_request;
    const auto signalled = [this, request] { return !m_busy || m_request != request; };
    m_in += m_socket->readAll();
    if (m_framing == Framing::Unknown && !m_in.isEmpty() && parseHead() && parseBody())
        return;
    if (signalled())
        return;
    if (m_framing == Framing::UntilClose) {
        parseBody();
        if (!signalled())
            complete();
        return;
    }
    // A kept-alive connection the server had closed meanwhile: once more on a fresh one.
    if (m_reusedConnection && !m_retried && m_framing == Framing::Unknown && m_in.isEmpty()) {
        m_retried = true;
        m_reusedConnection = false;
        connectSocket();
        return;
    }
    fail(m_socket->error() == QAbstractSocket::RemoteHostClosedError ? Tr::tr("The server closed the connection.")
                                                                      : m_socket->errorString());
}

void HttpBodySender::complete()
{
    m_idle.stop();
    m_busy = false;
    const bool reusable = m_keepAlive && m_queued == m_body.size() && m_socket && pendingBytes() == 0 && m_in.isEmpty();
    if (!reusable)
        dropSocket();
    m_body.clear();
    const Response response = std::exchange(m_response, {});
    Q_EMIT finished(response);
}

void HttpBodySender::fail(const QString &message)
{
    m_idle.stop();
    m_busy = false;
    m_body.clear();
    dropSocket();
    Q_EMIT failed(message);
}

void HttpBodySender::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket.release()->deleteLater(); // may be inside one of its own signals
}

} // namespace ClipDesk::Net
