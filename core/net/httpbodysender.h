#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <utility>

class QTcpSocket;

namespace ClipDesk::Net {

// Sends HTTP/1.1 requests with a large body (tus PATCHes), one at a time, over a kept-alive TCP
// or TLS connection, writing the body to the socket a megabyte at a time.
// QNetworkAccessManager hands request bodies to its socket in 16 KiB pieces through its own
// thread and peaks at about 165 MB/s on loopback, which made it the bottleneck of uploads;
// QTcpSocket written to directly reaches about 2 GB/s.
// Responses are framed by Content-Length, by chunked transfer coding, or by the connection
// closing. A response that arrives before the body is sent (e.g. 413) ends the request.
// A request on a reused connection that the server had just closed is sent once more on a
// fresh connection.
class HttpBodySender final : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0;
        Headers headers;
        QByteArray body;
        // The value of the first header called `name` (case-insensitive), or empty.
        QByteArray header(QByteArrayView name) const;
    };

    explicit HttpBodySender(QObject *parent = nullptr);
    ~HttpBodySender() override;
    Q_DISABLE_COPY_MOVE(HttpBodySender)

    // Starts `method` on `url` (http or https) with `headers` (Host, Content-Length and
    // Connection are added) and `body`. Exactly one of finished() and failed() follows, unless
    // abort() comes first. `idleTimeout`: fail when nothing moves for this long.
    void send(const QByteArray &method, const QUrl &url, const Headers &headers, QByteArray body,
              std::chrono::milliseconds idleTimeout);
    // Drops the request in flight and its connection; no signal follows.
    void abort();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void bodyProgress(qint64 sent, qint64 total);
    void finished(const ClipDesk::Net::HttpBodySender::Response &response);
    void failed(const QString &message);

private:
    enum class Framing { Unknown, None, Length, Chunked, UntilClose };

    void connectSocket();
    void progressed();
    qint64 pendingBytes() const; // written to the socket, not yet on the wire
    void writeRequest();
    void pump();
    void onReadyRead();
    void onDisconnected();
    void onError();
    bool parseHead();
    bool parseBody();
    bool parseChunked();
    void complete();
    void fail(const QString &message);
    void dropSocket();
    bool sameOrigin(const QUrl &url) const;

    std::unique_ptr<QTcpSocket> m_socket;
    QUrl m_origin; // scheme, host and port of m_socket
    QTimer m_idle;

    // The request in flight.
    quint64 m_request = 0; // counts send() calls: a signal handler may start the next one
    bool m_busy = false;
    bool m_reusedConnection = false;
    bool m_retried = false;
    QByteArray m_head;
    QByteArray m_body;
    bool m_requestStarted = false; // the head is written: body bytes may follow
    qint64 m_queued = 0;           // body bytes handed to the socket
    QUrl m_url;

    // Its response.
    QByteArray m_in;
    Response m_response;
    Framing m_framing = Framing::Unknown;
    qint64 m_remaining = 0;  // Length: body bytes still to come; Chunked: of the current chunk
    bool m_keepAlive = true;
    bool m_chunkTrailer = false;
};

} // namespace ClipDesk::Net
