#pragma once

#include "apicall.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace ClipDesk::Net {

// One request to the REST API under `<server>/api/v1/...`.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;                           // "/api/v1/auth/login"; appended to the server's path
    std::optional<QJsonObject> body;        // sent as JSON when set
    std::optional<QString> bearerToken;     // overrides the client's token when set (empty: none)
};

// Asynchronous JSON over HTTP to one ClipDesk server: a base URL, an optional bearer token,
// and a per-request timeout. Nothing here blocks; every request ends in ApiCall::finished with
// an ApiResponse whose error is either the server's {"error":{...}} or a network failure
// ("offline", "timeout", ...) in words for the user.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;
    Q_DISABLE_COPY_MOVE(ApiClient)

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    QString token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    ApiCall *send(const ApiRequest &request);
    ApiCall *get(const QString &path);
    ApiCall *post(const QString &path, const QJsonObject &body);
    // Calls `done` with the response, unless `context` is destroyed first.
    ApiCall *send(const ApiRequest &request, QObject *context, Callback done);
    // Sends `bytes` as the body, with `contentType` (request.body is ignored).
    ApiCall *sendBytes(const ApiRequest &request, const QByteArray &bytes, const QByteArray &contentType,
                       QObject *context, Callback done);

    // Aborts every request in flight (each finishes with "cancelled").
    void abortAll();
    int pendingCount() const;

    // `serverUrl`'s path with `path` appended ("/api/v1/x" under "https://h/clipdesk/").
    static QUrl endpoint(const QUrl &serverUrl, const QString &path);
    // An absolute http:// or https:// URL with a host and without query or fragment.
    static bool isServerAddress(const QUrl &url);

private:
    ApiCall *start(const ApiRequest &request, const QByteArray &body, const QByteArray &contentType);
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    std::chrono::milliseconds m_timeout{15'000};
};

} // namespace ClipDesk::Net
