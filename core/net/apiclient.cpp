#include "apiclient.h"

#include "nettr.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ClipDesk::Net {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // Like HealthProbe: the server is often on loopback, and a desktop proxy must not get in between.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

ApiClient::~ApiClient()
{
    abortAll();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ApiClient::setToken(const QString &token)
{
    m_token = token;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QUrl ApiClient::endpoint(const QUrl &serverUrl, const QString &path)
{
    QUrl url = serverUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    const QString pathPart = query < 0 ? path : path.left(query);
    url.setPath(base + (pathPart.startsWith(QLatin1Char('/')) ? pathPart : QLatin1Char('/') + pathPart));
    url.setQuery(query < 0 ? QString() : path.mid(query + 1));
    url.setFragment(QString());
    return url;
}

bool ApiClient::isServerAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && !url.hasQuery() && !url.hasFragment() && url.userInfo().isEmpty();
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    if (!request.body)
        return start(request, {}, {});
    return start(request, QJsonDocument(*request.body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
}

ApiCall *ApiClient::sendBytes(const ApiRequest &request, const QByteArray &bytes, const QByteArray &contentType,
                              QObject *context, Callback done)
{
    ApiCall *call = start(request, bytes, contentType);
    connect(call, &ApiCall::finished, context, [done = std::move(done)](const ApiResponse &response) { done(response); });
    return call;
}

ApiCall *ApiClient::start(const ApiRequest &request, const QByteArray &body, const QByteArray &contentType)
{
    const QUrl url = endpoint(m_baseUrl, request.path);
    if (!isServerAddress(m_baseUrl)) {
        return new ApiCall(url,
                           Error{QString::fromLatin1(ApiErrorCode::InvalidAddress),
                                 Tr::tr("\"%1\" is not an http:// or https:// server address.").arg(m_baseUrl.toDisplayString())},
                           this);
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ClipDesk/" CLIPDESK_VERSION));
    const QString token = request.bearerToken.value_or(m_token);
    if (!token.isEmpty())
        networkRequest.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1());
    if (!contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = !contentType.isEmpty() || request.method != "GET"
        ? m_network.sendCustomRequest(networkRequest, request.method, body)
        : m_network.get(networkRequest);
    return new ApiCall(reply, m_baseUrl, m_timeout, this);
}

ApiCall *ApiClient::get(const QString &path)
{
    return send(ApiRequest{QByteArrayLiteral("GET"), path, std::nullopt, std::nullopt});
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send(ApiRequest{QByteArrayLiteral("POST"), path, body, std::nullopt});
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    ApiCall *call = send(request);
    connect(call, &ApiCall::finished, context, [done = std::move(done)](const ApiResponse &response) { done(response); });
    return call;
}

void ApiClient::abortAll()
{
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
        call->abort();
}

int ApiClient::pendingCount() const
{
    int count = 0;
    for (const ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
        count += call->isFinished() ? 0 : 1;
    return count;
}

} // namespace ClipDesk::Net
