#pragma once

#include "httprequesthead.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace ClipDesk::Server {

// Why a request cannot be served, as an HTTP status plus a stable code and a message.
struct HttpParseError
{
    int status = 400;
    QString code;
    QString message;
};

// Incremental HTTP/1.x request parser built on llhttp (strict, no lenient flags).
//
// Feed it bytes as they arrive. feed() stops at every point where the caller must act:
//  - HeadComplete: head() is ready. The parser is paused until acceptBody() is called, so the
//    caller can answer 413/404/... before a single body byte is read.
//  - MessageComplete: the request ended; keepAlive() tells whether another one may follow.
//  - Upgrade: the head asked for another protocol; the bytes after `consumed` belong to it.
//  - Error: error() says which status to answer; the parser is unusable afterwards.
// Body bytes are returned as views into the fed data (valid until that data changes).
// Pipelined requests are handled one after the other: feed the unconsumed rest again.
class HttpRequestParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)

public:
    static constexpr qint64 DefaultMaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxChunkExtensionBytes = 16 * 1024;

    enum class Event {
        NeedMoreData,    // everything was consumed
        HeadComplete,
        MessageComplete,
        Upgrade,
        Error,
    };

    struct Step
    {
        Event event = Event::NeedMoreData;
        qsizetype consumed = 0;           // bytes of the fed data used up by this step
        QList<QByteArrayView> body;       // body pieces, in order, within the consumed bytes
    };

    explicit HttpRequestParser(qint64 maxHeaderBytes = DefaultMaxHeaderBytes);
    ~HttpRequestParser();
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

    Step feed(QByteArrayView data);

    // After HeadComplete: let the body through, allowing at most `maxBodyBytes`.
    // Returns false (and enters the error state with 413) when the declared length is larger.
    bool acceptBody(qint64 maxBodyBytes);

    const HttpRequestHead &head() const { return m_head; }
    HttpRequestHead takeHead() { return std::move(m_head); }
    bool keepAlive() const { return m_keepAlive; }
    bool isReadingHead() const { return m_phase == Phase::Head; }
    bool isWaitingForDecision() const { return m_phase == Phase::Decision; }
    qint64 headBytesSeen() const { return m_headBytes; }
    qint64 bodyBytesReceived() const { return m_bodyBytes; }
    const HttpParseError &error() const { return m_error; }

    static HttpParseError badRequest(const QString &message);
    static HttpParseError payloadTooLarge();
    static HttpParseError headersTooLarge();

private:
    struct Llhttp;
    friend struct Llhttp;

    enum class Phase { Head, Decision, Body, Trailer, Failed, Upgraded };

    void fail(HttpParseError error);
    int onHeadersComplete();
    bool validateHead();
    bool parseTarget();
    bool checkTransferEncoding();
    void storeHeader();
    Step finishStep(Step step, int llhttpError, const char *start, const char *stop);

    std::unique_ptr<Llhttp> m_llhttp;
    qint64 m_maxHeaderBytes;
    Phase m_phase = Phase::Head;
    HttpRequestHead m_head;
    QByteArray m_field;
    QByteArray m_value;
    qint64 m_headBytes = 0;
    qint64 m_trailerBytes = 0;
    qint64 m_extensionBytes = 0;
    qint64 m_bodyLimit = 0;
    qint64 m_bodyBytes = 0;
    bool m_keepAlive = true;
    bool m_messageComplete = false;
    QList<QByteArrayView> *m_bodySink = nullptr;
    HttpParseError m_error;
};

} // namespace ClipDesk::Server
