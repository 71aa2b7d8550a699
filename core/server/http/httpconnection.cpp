#include "httpconnection.h"

#include "httplogging.h"
#include "httpserver.h"
#include "lingeringclose.h"
#include "router.h"

#include <QScopedValueRollback>
#include <QTcpSocket>

namespace ClipDesk::Server {

namespace {

// Shared by every copy of one request's responder: lets it answer only once, and answers
// with 500 when the last copy is dropped unanswered.
struct ResponseTicket
{
    QPointer<HttpConnection> connection;
    quint64 id = 0;
    bool answered = false;

    ~ResponseTicket()
    {
        if (!answered && connection)
            connection->abandon(id);
    }
};

} // namespace

HttpConnection::HttpConnection(HttpServer *server, QTcpSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_parser(server->limits().maxHeaderBytes)
{
    socket->setParent(this);
    socket->setReadBufferSize(SocketReadBufferBytes);
    connect(socket, &QIODevice::readyRead, this, &HttpConnection::processInput);
    connect(socket, &QIODevice::bytesWritten, this, &HttpConnection::processInput);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_stream)
            flush();
    });
    connect(socket, &QAbstractSocket::disconnected, this, &HttpConnection::onSocketGone);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            onSocketGone();
    });

    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(server->limits().idleTimeoutMs);
    connect(&m_headTimer, &QTimer::timeout, this, &HttpConnection::onHeadTimeout);
    m_bodyTimer.setSingleShot(true);
    m_bodyTimer.setInterval(server->limits().bodyIdleTimeoutMs);
    connect(&m_bodyTimer, &QTimer::timeout, this, &HttpConnection::onBodyTimeout);
    m_headTimer.start();

    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    m_destroying = true;
    // Sinks whose body never completed learn it here, by being destroyed without finish().
    m_sink.reset();
    m_pending.clear();
    m_retiredSinks.clear();
}

bool HttpConnection::canParse() const
{
    if (!m_socket || m_destroying)
        return false;
    switch (m_state) {
    case State::Body:
        return true;
    case State::Head:
        // Backpressure: stop reading while too many answers are outstanding or unsent.
        return m_pending.size() < MaxPipelinedRequests && m_socket->bytesToWrite() < MaxUnsentResponseBytes;
    case State::Upgrading:
    case State::Closing:
        return false;
    }
    return false;
}

bool HttpConnection::readFromSocket()
{
    const qint64 available = std::min(m_socket->bytesAvailable(), ReadChunkBytes);
    if (available <= 0)
        return false;
    // Bodies reuse one buffer (every byte of an upload passes through here); an idle
    // connection waiting for its next head does not keep a large one.
    if (m_state != State::Body && m_input.capacity() > available)
        m_input = QByteArray();
    m_input.resize(available);
    const qint64 read = m_socket->read(m_input.data(), available);
    m_input.resize(std::max<qint64>(read, 0));
    m_inputPos = 0;
    if (m_input.isEmpty())
        return false;
    if (m_state == State::Body) {
        m_bodyTimer.start();
    } else if (!m_headStarted) {
        // The head clock restarts once, at the head's first byte, never per byte.
        m_headStarted = true;
        if (m_headTimer.isActive())
            m_headTimer.start();
    }
    return true;
}

void HttpConnection::processInput()
{
    if (m_processing) {
        m_processAgain = true;
        return;
    }
    const QScopedValueRollback<bool> guard(m_processing, true);
    do {
        m_processAgain = false;
        while (canParse()) {
            if (m_inputPos >= m_input.size() && !m_kickParser && !readFromSocket())
                break;
            m_kickParser = false;
            const bool readingHead = m_parser.isReadingHead();
            const QByteArrayView rest = QByteArrayView(m_input).sliced(m_inputPos);
            const HttpRequestParser::Step step = m_parser.feed(rest);
            if (readingHead)
                m_headRaw.append(rest.first(step.consumed));
            m_inputPos += step.consumed;
            if (!step.body.isEmpty()) {
                handleBody(step.body);
                if (m_state != State::Body)
                    break;
            }
            switch (step.event) {
            case HttpRequestParser::Event::NeedMoreData:
                break;
            case HttpRequestParser::Event::HeadComplete:
                handleHead(m_parser.takeHead());
                break;
            case HttpRequestParser::Event::MessageComplete:
                handleMessageComplete(m_parser.keepAlive());
                break;
            case HttpRequestParser::Event::Upgrade:
                failRequest(400, QStringLiteral("bad_request"), tr("This protocol upgrade is not supported."));
                break;
            case HttpRequestParser::Event::Error: {
                const HttpParseError error = m_parser.error();
                qCDebug(lcHttp) << "rejecting request from" << m_socket->peerAddress() << error.status << error.message;
                failRequest(error.status, error.code, error.message);
                break;
            }
            }
        }
    } while (m_processAgain);
    updateHeadTimer();
}

void HttpConnection::handleHead(HttpRequestHead head)
{
    m_headStarted = false;
    m_headTimer.stop();
    QByteArray rawHead = std::exchange(m_headRaw, {});
    HttpRequest request(std::move(head), m_socket->peerAddress(), m_socket->peerPort());
    const quint64 id = m_pending.open(request);
    qCDebug(lcHttp) << request.method << request.target << "from" << request.peerAddress;

    if (request.upgrade) {
        m_upgradeHead = std::move(rawHead);
        handleUpgradeRequest(request, id);
        return;
    }

    const Router::Match match = m_server->m_router->match(request.method, request.path);
    if (!match.route) {
        if (match.pathMatchedOtherMethod) {
            HttpResponse response = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                tr("The method %1 is not allowed for %2.").arg(QString::fromLatin1(request.method), request.path));
            response.setHeader(QByteArrayLiteral("Allow"), Router::allowHeader(match.allowedMethods));
            answerWithoutBody(id, std::move(response), request.hasBody());
        } else {
            answerWithoutBody(id, HttpResponse::error(404, QStringLiteral("not_found"), tr("There is nothing at %1.").arg(request.path)),
                              request.hasBody());
        }
        return;
    }

    const Route &route = *match.route;
    request.pathParams = match.params;
    m_bodyResponseId = id;
    if (request.contentLength && *request.contentLength > route.maxBodyBytes) {
        const HttpParseError tooLarge = HttpRequestParser::payloadTooLarge();
        failRequest(tooLarge.status, tooLarge.code, tooLarge.message);
        return;
    }

    std::unique_ptr<RequestBodySink> sink;
    if (route.streamingHandler) {
        auto started = route.streamingHandler(request);
        if (!started || !*started) {
            m_bodyResponseId = 0;
            answerWithoutBody(id, started ? HttpResponse::error(500, QStringLiteral("internal_error"), tr("The upload could not start."))
                                          : std::move(started.error()),
                              request.hasBody());
            return;
        }
        sink = std::move(*started);
    }

    if (!m_parser.acceptBody(route.maxBodyBytes)) {
        const HttpParseError error = m_parser.error();
        failRequest(error.status, error.code, error.message);
        return;
    }
    m_state = State::Body;
    m_kickParser = true;
    m_route = &route;
    m_sink = std::move(sink);
    m_body = {};
    const bool bodyFollows = request.hasBody();
    const bool expectContinue = request.expectContinue;
    m_request = std::move(request);
    if (bodyFollows) {
        m_bodyTimer.start();
        if (expectContinue) {
            m_pending.continueWhenFirst(id);
            flush();
        }
    }
}

void HttpConnection::answerWithoutBody(quint64 id, HttpResponse response, bool bodyFollows)
{
    if (bodyFollows) {
        // The body is never read, so the connection cannot carry another request.
        m_pending.closeAfter(id);
        m_state = State::Closing;
    } else {
        // Let the parser finish the empty message; the connection stays usable.
        m_parser.acceptBody(0);
        m_state = State::Body;
        m_kickParser = true;
        m_route = nullptr;
        m_bodyResponseId = 0;
    }
    deliver(id, std::move(response));
}

void HttpConnection::handleBody(const QList<QByteArrayView> &pieces)
{
    if (m_sink) {
        for (const QByteArrayView piece : pieces) {
            const Status written = m_sink->write(piece);
            if (!written) {
                failRequest(m_sink->errorStatus(), written.error().code, written.error().message);
                return;
            }
        }
    } else if (m_route) {
        for (const QByteArrayView piece : pieces)
            m_body.append(piece);
    }
}

void HttpConnection::handleMessageComplete(bool keepAlive)
{
    m_bodyTimer.stop();
    m_state = keepAlive ? State::Head : State::Closing;
    m_headStarted = m_inputPos < m_input.size();
    const quint64 id = std::exchange(m_bodyResponseId, 0);
    const Route *route = std::exchange(m_route, nullptr);
    if (!route || id == 0)
        return;
    if (!keepAlive) {
        m_pending.closeAfter(id);
    }

    HttpResponder respond = makeResponder(id);
    if (m_sink) {
        const std::shared_ptr<RequestBodySink> sink(std::move(m_sink));
        m_pending.keepSinkUntilWritten(id, sink);
        sink->finish(std::move(respond));
        return;
    }
    const QByteArray body = std::exchange(m_body, {});
    const HttpRequest request = std::move(m_request);
    m_request = {};
    route->handler(request, body, std::move(respond));
}

void HttpConnection::handleUpgradeRequest(const HttpRequest &request, quint64 id)
{
    auto decision = m_server->authorizeUpgrade(request);
    if (!decision) {
        m_pending.closeAfter(id);
        m_state = State::Closing;
        deliver(id, std::move(decision.error()));
        return;
    }
    // QWebSocketServer writes the 101 itself; this request leaves no response in our queue.
    m_pending.remove(id);
    m_upgradeSubject = std::move(*decision);
    m_state = State::Upgrading;
    m_headTimer.stop();
    if (m_pending.isEmpty() && !m_stream)
        completeUpgrade();
}

void HttpConnection::completeUpgrade()
{
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    // Put the handshake (and anything the client sent after it) back into the socket's read
    // buffer, so that QWebSocketServer reads the request as if nobody had touched it.
    const QByteArray replay = m_upgradeHead + QByteArrayView(m_input).sliced(m_inputPos);
    for (qsizetype i = replay.size() - 1; i >= 0; --i)
        socket->ungetChar(replay.at(i));
    m_input = {};
    m_inputPos = 0;
    m_state = State::Closing;
    m_headTimer.stop();
    m_bodyTimer.stop();
    m_server->handOverToWebSocket(socket, m_upgradeSubject);
    deleteLater();
}

HttpResponder HttpConnection::makeResponder(quint64 id)
{
    auto ticket = std::make_shared<ResponseTicket>();
    ticket->connection = this;
    ticket->id = id;
    return [ticket](HttpResponse response) {
        if (ticket->answered) {
            qCWarning(lcHttp) << "a request was answered twice; the second answer is ignored";
            return;
        }
        ticket->answered = true;
        if (ticket->connection)
            ticket->connection->deliver(ticket->id, std::move(response));
    };
}

void HttpConnection::deliver(quint64 id, HttpResponse response)
{
    if (m_destroying)
        return;
    if (m_pending.answer(id, std::move(response)))
        flush();
}

void HttpConnection::abandon(quint64 id)
{
    if (m_destroying)
        return;
    qCWarning(lcHttp) << "a handler dropped its responder without answering";
    deliver(id, HttpResponse::error(500, QStringLiteral("internal_error"), tr("The server dropped the request without answering.")));
}

void HttpConnection::flush()
{
    while (m_socket) {
        if (m_stream) {
            if (!pumpStream())
                return; // the rest follows as the socket drains
            if (std::exchange(m_closeAfterStream, false)) {
                beginClose();
                return;
            }
        }
        ResponseQueue::Output output = m_pending.takeReady(m_state == State::Body ? m_bodyResponseId : 0);
        if (!output.bytes.isEmpty())
            m_socket->write(output.bytes);
        if (!output.writtenSinks.isEmpty()) {
            // Never destroy a sink inside its own call stack (it may be answering right now).
            m_retiredSinks.append(output.writtenSinks);
            QMetaObject::invokeMethod(this, [this] { m_retiredSinks.clear(); }, Qt::QueuedConnection);
        }
        if (output.stream) {
            startStream(output);
            continue;
        }
        if (output.closeConnection) {
            beginClose();
            return;
        }
        break;
    }
    if (!m_socket)
        return;
    if (m_state == State::Upgrading && m_pending.isEmpty()) {
        completeUpgrade();
        return;
    }
    updateHeadTimer();
}

void HttpConnection::startStream(const ResponseQueue::Output &output)
{
    m_stream = output.stream;
    m_streamRemaining = output.streamLength;
    m_closeAfterStream = output.closeConnection;
    if (!m_stream->isOpen() || !m_stream->seek(output.streamOffset)) {
        // The head is already out: all we can do is cut the connection short.
        qCWarning(lcHttp) << "cannot read a response body file:" << m_stream->errorString();
        m_stream.reset();
        beginClose();
    }
}

bool HttpConnection::pumpStream()
{
    while (m_streamRemaining > 0 && m_socket->bytesToWrite() < MaxUnsentResponseBytes) {
        const QByteArray chunk = m_stream->read(qMin(StreamChunkBytes, m_streamRemaining));
        if (chunk.isEmpty()) {
            qCWarning(lcHttp) << "a response body file ended early:" << m_stream->errorString();
            m_stream.reset();
            beginClose();
            return false;
        }
        m_socket->write(chunk);
        m_streamRemaining -= chunk.size();
    }
    if (m_streamRemaining > 0)
        return false;
    m_stream.reset();
    return true;
}

void HttpConnection::failRequest(int status, const QString &code, const QString &message)
{
    quint64 id = std::exchange(m_bodyResponseId, 0);
    if (id == 0) {
        HttpRequestHead unknown;
        unknown.keepAlive = false;
        id = m_pending.open(unknown);
    }
    m_pending.closeAfter(id);
    m_state = State::Closing;
    m_headTimer.stop();
    m_bodyTimer.stop();
    if (m_sink)
        m_retiredSinks.append(std::shared_ptr<RequestBodySink>(std::move(m_sink)));
    m_body = {};
    m_route = nullptr;
    deliver(id, HttpResponse::error(status, code, message));
}

void HttpConnection::beginClose()
{
    m_state = State::Closing;
    m_headTimer.stop();
    m_bodyTimer.stop();
    m_pending.clear();
    if (QTcpSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        new LingeringClose(socket, LingeringClose::DefaultLingerMs, m_server);
    }
    deleteLater();
}

void HttpConnection::updateHeadTimer()
{
    const bool idle = m_socket && m_state == State::Head && m_pending.isEmpty() && !m_stream;
    if (!idle)
        m_headTimer.stop();
    else if (!m_headTimer.isActive())
        m_headTimer.start();
}

void HttpConnection::onHeadTimeout()
{
    if (m_state != State::Head || !m_socket || m_stream)
        return;
    if (m_headStarted || m_parser.headBytesSeen() > 0) {
        qCDebug(lcHttp) << "request head timed out from" << m_socket->peerAddress();
        failRequest(408, QStringLiteral("request_timeout"), tr("The request did not arrive in time."));
    } else {
        beginClose();
    }
}

void HttpConnection::onBodyTimeout()
{
    if (m_state == State::Body && m_socket)
        failRequest(408, QStringLiteral("request_timeout"), tr("The request body stalled."));
}

void HttpConnection::onSocketGone()
{
    if (m_state == State::Upgrading && !m_socket)
        return;
    m_state = State::Closing;
    m_headTimer.stop();
    m_bodyTimer.stop();
    deleteLater();
}

} // namespace ClipDesk::Server
