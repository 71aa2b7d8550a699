#include "httprequestparser.h"

#include "requesttarget.h"

#include <llhttp.h>

#include <limits>

namespace ClipDesk::Server {

namespace {

HttpRequestParser *owner(llhttp_t *parser)
{
    return static_cast<HttpRequestParser *>(parser->data);
}

QByteArray lowered(QByteArrayView bytes)
{
    return bytes.toByteArray().toLower();
}

} // namespace

// The llhttp state plus the C callbacks, which forward to the owning parser.
struct HttpRequestParser::Llhttp
{
    llhttp_t parser{};

    static int onMessageBegin(llhttp_t *p)
    {
        HttpRequestParser *self = owner(p);
        self->m_head = {};
        self->m_field.clear();
        self->m_value.clear();
        return 0;
    }

    static int onMethod(llhttp_t *p, const char *at, size_t length)
    {
        owner(p)->m_head.method.append(at, qsizetype(length));
        return 0;
    }

    static int onUrl(llhttp_t *p, const char *at, size_t length)
    {
        owner(p)->m_head.target.append(at, qsizetype(length));
        return 0;
    }

    // Trailer fields of chunked bodies are dropped (their size is capped in feed()).
    static int onHeaderField(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *self = owner(p);
        if (self->m_phase == Phase::Head)
            self->m_field.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderValue(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *self = owner(p);
        if (self->m_phase == Phase::Head)
            self->m_value.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderValueComplete(llhttp_t *p)
    {
        HttpRequestParser *self = owner(p);
        if (self->m_phase == Phase::Head)
            self->storeHeader();
        return 0;
    }

    static int onHeadersComplete(llhttp_t *p) { return owner(p)->onHeadersComplete(); }

    // The last chunk (size 0) starts the trailer section: pause so that feed() caps its bytes
    // exactly like a head's, wherever the socket happened to split the stream.
    static int onChunkHeader(llhttp_t *p)
    {
        HttpRequestParser *self = owner(p);
        if (p->content_length != 0)
            return 0;
        self->m_phase = Phase::Trailer;
        return HPE_PAUSED;
    }

    static int onChunkExtension(llhttp_t *p, const char *, size_t length)
    {
        HttpRequestParser *self = owner(p);
        self->m_extensionBytes += qint64(length);
        if (self->m_extensionBytes <= MaxChunkExtensionBytes)
            return 0;
        self->fail(badRequest(tr("The chunk extensions are too long.")));
        return -1;
    }

    static int onBody(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *self = owner(p);
        self->m_bodyBytes += qint64(length);
        if (self->m_bodyBytes > self->m_bodyLimit) {
            self->fail(payloadTooLarge());
            return -1;
        }
        if (self->m_bodySink)
            self->m_bodySink->append(QByteArrayView(at, qsizetype(length)));
        return 0;
    }

    static int onMessageComplete(llhttp_t *p)
    {
        HttpRequestParser *self = owner(p);
        self->m_keepAlive = llhttp_should_keep_alive(p) != 0;
        self->m_messageComplete = true;
        // An upgrade request ends the HTTP stream; llhttp then stops with HPE_PAUSED_UPGRADE.
        return p->upgrade ? 0 : HPE_PAUSED;
    }

    static const llhttp_settings_t &settings()
    {
        static const llhttp_settings_t s = [] {
            llhttp_settings_t value;
            llhttp_settings_init(&value);
            value.on_message_begin = &onMessageBegin;
            value.on_method = &onMethod;
            value.on_url = &onUrl;
            value.on_header_field = &onHeaderField;
            value.on_header_value = &onHeaderValue;
            value.on_header_value_complete = &onHeaderValueComplete;
            value.on_headers_complete = &onHeadersComplete;
            value.on_chunk_header = &onChunkHeader;
            value.on_chunk_extension_name = &onChunkExtension;
            value.on_chunk_extension_value = &onChunkExtension;
            value.on_body = &onBody;
            value.on_message_complete = &onMessageComplete;
            return value;
        }();
        return s;
    }
};

HttpRequestParser::HttpRequestParser(qint64 maxHeaderBytes)
    : m_llhttp(std::make_unique<Llhttp>())
    , m_maxHeaderBytes(maxHeaderBytes)
{
    llhttp_init(&m_llhttp->parser, HTTP_REQUEST, &Llhttp::settings());
    m_llhttp->parser.data = this;
}

HttpRequestParser::~HttpRequestParser() = default;

HttpParseError HttpRequestParser::badRequest(const QString &message)
{
    return {400, QStringLiteral("bad_request"), message};
}

HttpParseError HttpRequestParser::payloadTooLarge()
{
    return {413, QStringLiteral("payload_too_large"), tr("The request body is larger than this endpoint accepts.")};
}

HttpParseError HttpRequestParser::headersTooLarge()
{
    return {431, QStringLiteral("headers_too_large"), tr("The request line and headers are too large.")};
}

void HttpRequestParser::fail(HttpParseError error)
{
    if (m_phase == Phase::Failed)
        return;
    m_phase = Phase::Failed;
    m_error = std::move(error);
}

HttpRequestParser::Step HttpRequestParser::feed(QByteArrayView data)
{
    Step step;
    switch (m_phase) {
    case Phase::Failed:
        step.event = Event::Error;
        return step;
    case Phase::Decision:
        step.event = Event::HeadComplete;
        return step;
    case Phase::Upgraded:
        step.event = Event::Upgrade;
        return step;
    case Phase::Head:
    case Phase::Body:
    case Phase::Trailer:
        break;
    }

    m_bodySink = &step.body;
    m_messageComplete = false;
    const char *const start = data.data();
    const char *const end = start + data.size();
    const char *position = start;
    int result = HPE_OK;
    for (;;) {
        // Never hand llhttp more head (or trailer) bytes than the cap allows, plus one to
        // detect the excess, so the outcome does not depend on how the stream was split.
        qint64 *sectionBytes = m_phase == Phase::Head ? &m_headBytes
                             : m_phase == Phase::Trailer ? &m_trailerBytes : nullptr;
        qsizetype length = end - position;
        if (sectionBytes)
            length = qsizetype(qMin<qint64>(length, m_maxHeaderBytes - *sectionBytes + 1));
        const bool wasBody = m_phase == Phase::Body;
        result = llhttp_execute(&m_llhttp->parser, position, size_t(length));
        const char *stop = result == HPE_OK ? position + length : llhttp_get_error_pos(&m_llhttp->parser);
        if (!stop || stop < position || stop > position + length)
            stop = result == HPE_OK ? position + length : position;
        if (sectionBytes)
            *sectionBytes += stop - position;
        position = stop;
        if (!(result == HPE_PAUSED && wasBody && m_phase == Phase::Trailer))
            break;
        llhttp_resume(&m_llhttp->parser); // entered the trailer: go on with the cap in place
    }
    m_bodySink = nullptr;
    return finishStep(std::move(step), result, start, position);
}

HttpRequestParser::Step HttpRequestParser::finishStep(Step step, int llhttpError, const char *start, const char *stop)
{
    step.consumed = stop - start;
    if (m_phase != Phase::Failed && (m_headBytes > m_maxHeaderBytes || m_trailerBytes > m_maxHeaderBytes))
        fail(headersTooLarge());

    if (m_phase == Phase::Failed) {
        step.event = Event::Error;
        return step;
    }

    switch (llhttpError) {
    case HPE_OK:
        step.event = Event::NeedMoreData;
        return step;
    case HPE_PAUSED:
        if (m_phase == Phase::Decision) {
            step.event = Event::HeadComplete;
            return step;
        }
        Q_ASSERT(m_messageComplete);
        m_phase = Phase::Head;
        m_headBytes = 0;
        m_bodyBytes = 0;
        m_trailerBytes = 0;
        m_extensionBytes = 0;
        llhttp_resume(&m_llhttp->parser);
        step.event = Event::MessageComplete;
        return step;
    case HPE_PAUSED_UPGRADE:
        m_phase = Phase::Upgraded;
        step.event = Event::Upgrade;
        return step;
    default:
        break;
    }

    const char *reason = llhttp_get_error_reason(&m_llhttp->parser);
    fail(badRequest(tr("Malformed HTTP request: %1").arg(QString::fromLatin1(reason ? reason : llhttp_errno_name(llhttp_errno_t(llhttpError))))));
    step.event = Event::Error;
    return step;
}

bool HttpRequestParser::acceptBody(qint64 maxBodyBytes)
{
    if (m_phase != Phase::Decision)
        return false;
    if (m_head.contentLength && *m_head.contentLength > maxBodyBytes) {
        fail(payloadTooLarge());
        return false;
    }
    m_bodyLimit = maxBodyBytes;
    m_phase = Phase::Body;
    llhttp_resume(&m_llhttp->parser);
    return true;
}

void HttpRequestParser::storeHeader()
{
    QByteArray value = m_value.trimmed();
    m_head.headers.append({lowered(m_field), std::move(value)});
    m_field.clear();
    m_value.clear();
}

int HttpRequestParser::onHeadersComplete()
{
    if (m_phase != Phase::Head)
        return 0; // the end of a chunked body's trailer section
    const llhttp_t &p = m_llhttp->parser;
    if (m_head.method.isEmpty())
        m_head.method = QByteArray(llhttp_method_name(llhttp_method_t(p.method)));
    m_head.httpMinorVersion = p.http_minor;
    m_head.chunked = (p.flags & F_CHUNKED) != 0;
    if ((p.flags & F_CONTENT_LENGTH) && !m_head.chunked)
        m_head.contentLength = qint64(qMin<quint64>(p.content_length, quint64(std::numeric_limits<qint64>::max())));
    m_head.keepAlive = llhttp_should_keep_alive(&p) != 0;
    m_head.upgrade = p.upgrade != 0;
    m_keepAlive = m_head.keepAlive;

    if (p.http_major != 1) {
        fail({505, QStringLiteral("http_version_not_supported"), tr("Only HTTP/1.0 and HTTP/1.1 are supported.")});
        return -1;
    }
    if (!validateHead())
        return -1;
    m_phase = Phase::Decision;
    return HPE_PAUSED;
}

bool HttpRequestParser::validateHead()
{
    if (!parseTarget())
        return false;

    const qsizetype hosts = m_head.headerValues("host").size();
    if (hosts > 1 || (hosts == 0 && m_head.httpMinorVersion >= 1)) {
        fail(badRequest(tr("The request needs exactly one Host header.")));
        return false;
    }
    if (!checkTransferEncoding())
        return false;

    const QList<QByteArray> expectations = m_head.headerValues("expect");
    for (const QByteArray &expectation : expectations) {
        if (expectation.compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail({417, QStringLiteral("expectation_failed"), tr("Only \"Expect: 100-continue\" is supported.")});
            return false;
        }
        m_head.expectContinue = m_head.httpMinorVersion >= 1;
    }
    return true;
}

bool HttpRequestParser::parseTarget()
{
    RequestTarget target = RequestTarget::parse(m_head.method, m_head.target);
    if (!target.isValid()) {
        fail(badRequest(target.error));
        return false;
    }
    m_head.path = std::move(target.path);
    m_head.query = std::move(target.query);
    return true;
}

bool HttpRequestParser::checkTransferEncoding()
{
    const QList<QByteArray> values = m_head.headerValues("transfer-encoding");
    if (values.isEmpty())
        return true;
    if (m_head.httpMinorVersion == 0) {
        fail(badRequest(tr("Transfer-Encoding is not allowed in HTTP/1.0 requests.")));
        return false;
    }
    int chunkedCount = 0;
    for (const QByteArray &value : values) {
        for (const QByteArray &coding : value.split(',')) {
            const QByteArray name = coding.trimmed().toLower();
            if (name.isEmpty())
                continue;
            if (name != "chunked") {
                fail({501, QStringLiteral("not_implemented"),
                      tr("The transfer coding \"%1\" is not supported.").arg(QString::fromLatin1(name))});
                return false;
            }
            ++chunkedCount;
        }
    }
    if (chunkedCount != 1 || !m_head.chunked) {
        fail(badRequest(tr("Invalid Transfer-Encoding.")));
        return false;
    }
    return true;
}

} // namespace ClipDesk::Server
