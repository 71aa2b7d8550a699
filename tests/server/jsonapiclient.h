#pragma once

#include "serverprocess.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QWebSocket;

namespace ClipDesk::Testing {

struct ApiReply
{
    int status = 0; // 0 when no response arrived
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QString errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

struct ApiRequest
{
    QByteArray method;
    QString path;
    QByteArray body;
    QString token;
    QByteArray contentType = QByteArrayLiteral("application/json");
};

// A blocking JSON client for the server under test (the event loop runs while it waits).
class JsonApiClient final
{
public:
    explicit JsonApiClient(QUrl baseUrl);
    Q_DISABLE_COPY_MOVE(JsonApiClient)

    ApiReply send(const ApiRequest &request, int timeoutMs = 30'000);
    // Sends all at once and waits for every reply; replies come back in request order.
    QList<ApiReply> sendAll(const QList<ApiRequest> &requests, int timeoutMs = 120'000);

    ApiReply get(const QString &path, const QString &token = {});
    ApiReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    ApiReply patch(const QString &path, const QJsonObject &body, const QString &token = {});
    ApiReply put(const QString &path, const QByteArray &body, const QByteArray &contentType, const QString &token = {});

    // Registers an account (expects 201) and signs in (expects 200); returns the token, or empty.
    QString registerAndLogin(const QString &username, const QString &password, const QString &role = QStringLiteral("clipper"));
    QString login(const QString &login, const QString &password);

    // Opens /ws with "Authorization: Bearer <token>"; the socket is connected, or null.
    std::unique_ptr<QWebSocket> openWebSocket(const QString &token, int timeoutMs = 10'000);
    // Sends "ping" and waits for {"type":"pong"}.
    static bool pingPong(QWebSocket &socket, int timeoutMs = 10'000);

    QUrl baseUrl() const { return m_base; }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
};

// The database behind a server under test, opened directly (to inspect or age rows).
std::unique_ptr<Storage::Database> openServerDatabase(const QString &dbSpec, const QString &dataDir);

} // namespace ClipDesk::Testing
