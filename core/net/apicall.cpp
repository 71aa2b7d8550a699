#include "apicall.h"

#include "netlogging.h"
#include "nettr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QTimer>

namespace ClipDesk::Net {

namespace {

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'g', 3);
}

Error networkError(QNetworkReply *reply, const QString &address)
{
    const auto offline = [](QString message) { return Error{QString::fromLatin1(ApiErrorCode::Offline), std::move(message)}; };
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return offline(Tr::tr("The server at %1 refused the connection. It may not be running, or the address is wrong.")
                           .arg(address));
    case QNetworkReply::HostNotFoundError:
        return offline(Tr::tr("The server %1 could not be found. Check the address and your network connection.")
                           .arg(address));
    case QNetworkReply::TimeoutError:
        return Error{QString::fromLatin1(ApiErrorCode::Timeout),
                     Tr::tr("The connection to the server at %1 timed out.").arg(address)};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{QString::fromLatin1(ApiErrorCode::TlsError),
                     Tr::tr("Could not set up a secure connection to %1: %2").arg(address, reply->errorString())};
    case QNetworkReply::RemoteHostClosedError:
        return offline(Tr::tr("The server at %1 closed the connection before it answered.").arg(address));
    default:
        break;
    }
    return offline(Tr::tr("Cannot reach the server at %1: %2").arg(address, reply->errorString()));
}

} // namespace

ApiCall::ApiCall(QNetworkReply *reply, QUrl serverUrl, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_url(reply->url())
    , m_serverUrl(std::move(serverUrl))
    , m_timer(new QTimer(this))
    , m_timeout(timeout)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_reply || m_finished)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    if (timeout.count() > 0)
        m_timer->start(timeout);
}

ApiCall::ApiCall(QUrl url, Error error, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    QTimer::singleShot(0, this, [this, error] {
        ApiResponse response;
        response.error = error;
        finish(std::move(response));
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // emits QNetworkReply::finished synchronously
    }
    if (!m_finished) {
        ApiResponse response;
        response.error = Error{QString::fromLatin1(ApiErrorCode::Cancelled), Tr::tr("The request was cancelled.")};
        finish(std::move(response));
    }
}

void ApiCall::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    finish(responseFor(reply, m_serverUrl, m_timedOut, m_aborted, m_timeout));
}

void ApiCall::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    m_response = std::move(response);
    if (m_response.error)
        qCDebug(lcNet).noquote() << "request" << m_url.toDisplayString() << "failed:" << m_response.httpStatus
                                 << m_response.error->code << m_response.error->message;
    Q_EMIT finished(m_response);
    deleteLater();
}

ApiResponse ApiCall::responseFor(QNetworkReply *reply, const QUrl &serverUrl, bool timedOut, bool aborted,
                                 std::chrono::milliseconds timeout)
{
    ApiResponse response;
    const QString address = serverUrl.toDisplayString();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.retryAfterSeconds = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));

    if (response.httpStatus == 0) {
        if (timedOut)
            response.error = Error{QString::fromLatin1(ApiErrorCode::Timeout),
                                   Tr::tr("The server at %1 did not answer within %2 seconds.").arg(address, seconds(timeout))};
        else if (aborted || reply->error() == QNetworkReply::OperationCanceledError)
            response.error = Error{QString::fromLatin1(ApiErrorCode::Cancelled), Tr::tr("The request was cancelled.")};
        else
            response.error = networkError(reply, address);
        return response;
    }

    const QByteArray body = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const bool isJsonObject = !body.isEmpty() && parseError.error == QJsonParseError::NoError && document.isObject();
    if (isJsonObject)
        response.json = document.object();

    if (response.httpStatus >= 200 && response.httpStatus < 300) {
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const bool media = contentType.startsWith("image/") || contentType.startsWith("video/")
                           || contentType.startsWith("application/octet-stream");
        if (!isJsonObject && media) {
            response.bytes = body;
            return response;
        }
        if (!body.isEmpty() && !isJsonObject)
            response.error = Error{QString::fromLatin1(ApiErrorCode::BadResponse),
                                   Tr::tr("The server at %1 sent an answer ClipDesk does not understand.").arg(address)};
        return response;
    }

    const QJsonObject error = response.json.value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    if (!code.isEmpty() && !message.isEmpty()) {
        response.error = Error{code, message};
    } else {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        response.error = Error{QString::fromLatin1(ApiErrorCode::ServerError),
                               reason.isEmpty() ? Tr::tr("The server at %1 answered with HTTP status %2.").arg(address).arg(response.httpStatus)
                                                : Tr::tr("The server at %1 answered with HTTP status %2 (%3).")
                                                      .arg(address)
                                                      .arg(response.httpStatus)
                                                      .arg(reason)};
    }
    return response;
}

int ApiCall::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 delay = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return delay > 0 ? int(qMin<qint64>(delay, 7 * 24 * 3600)) : 0;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    const qint64 remaining = QDateTime::currentDateTimeUtc().secsTo(at);
    return remaining > 0 ? int(qMin<qint64>(remaining, 7 * 24 * 3600)) : 0;
}

} // namespace ClipDesk::Net
