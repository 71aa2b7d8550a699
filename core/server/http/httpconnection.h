#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "responsequeue.h"
#include "server/http/parser/httprequestparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace ClipDesk::Server {

class HttpServer;
class RequestBodySink;
struct Route;

// One client socket of the HttpServer: parses requests, dispatches them to routes, streams
// bodies, and writes responses in request order (pipelining). Deletes itself when the
// connection ends; the socket is then closed through LingeringClose or handed to the
// WebSocket server.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(HttpServer *server, QTcpSocket *socket);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    static constexpr qint64 ReadChunkBytes = 256 * 1024;
    static constexpr qint64 SocketReadBufferBytes = 256 * 1024;
    static constexpr int MaxPipelinedRequests = 16;
    static constexpr qint64 MaxUnsentResponseBytes = 1024 * 1024;
    static constexpr qint64 StreamChunkBytes = 256 * 1024; // file bodies (HttpResponse::bodyFile)

    // Called by the responder of request `id`.
    void deliver(quint64 id, HttpResponse response);
    // Called when every copy of a responder was dropped unanswered.
    void abandon(quint64 id);

private:
    enum class State { Head, Body, Upgrading, Closing };

    void processInput();
    bool canParse() const;
    bool readFromSocket();
    void handleHead(HttpRequestHead head);
    void handleBody(const QList<QByteArrayView> &pieces);
    void handleMessageComplete(bool keepAlive);
    void handleUpgradeRequest(const HttpRequest &request, quint64 id);
    void completeUpgrade();
    void answerWithoutBody(quint64 id, HttpResponse response, bool bodyFollows);
    void failRequest(int status, const QString &code, const QString &message);
    HttpResponder makeResponder(quint64 id);
    void flush();
    void startStream(const ResponseQueue::Output &output);
    bool pumpStream(); // true once the streamed body is sent
    void beginClose();
    void updateHeadTimer();
    void onHeadTimeout();
    void onBodyTimeout();
    void onSocketGone();

    HttpServer *m_server;
    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    State m_state = State::Head;

    QByteArray m_input;             // last chunk read from the socket
    qsizetype m_inputPos = 0;       // first byte of m_input not yet fed to the parser
    bool m_kickParser = false;      // feed the parser even without new bytes (bodiless request)
    QByteArray m_headRaw;           // raw bytes of the current head (for the WebSocket hand-over)
    bool m_headStarted = false;     // the first byte of the current head has arrived
    bool m_processing = false;
    bool m_processAgain = false;
    bool m_destroying = false;

    // The request whose body is being read.
    HttpRequest m_request;
    const Route *m_route = nullptr;
    std::unique_ptr<RequestBodySink> m_sink;
    QByteArray m_body;
    quint64 m_bodyResponseId = 0;   // 0 when no request is between head and end

    ResponseQueue m_pending;
    QList<std::shared_ptr<RequestBodySink>> m_retiredSinks; // answered; destroyed on the next event loop turn
    std::shared_ptr<QIODevice> m_stream; // the file body being sent
    qint64 m_streamRemaining = 0;
    bool m_closeAfterStream = false;
    QByteArray m_upgradeHead;
    QString m_upgradeSubject;

    QTimer m_headTimer;
    QTimer m_bodyTimer;
};

} // namespace ClipDesk::Server
