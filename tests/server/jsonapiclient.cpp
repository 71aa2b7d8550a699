#include "jsonapiclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace ClipDesk::Testing {

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

JsonApiClient::JsonApiClient(QUrl baseUrl)
    : m_base(std::move(baseUrl))
{
}

QList<ApiReply> JsonApiClient::sendAll(const QList<ApiRequest> &requests, int timeoutMs)
{
    QList<QNetworkReply *> pending;
    for (const ApiRequest &request : requests) {
        QUrl url = m_base;
        url.setPath(request.path);
        QNetworkRequest networkRequest(url);
        networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (!request.contentType.isEmpty() && !request.body.isEmpty())
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        if (!request.token.isEmpty())
            networkRequest.setRawHeader("Authorization", "Bearer " + request.token.toLatin1());
        pending.append(m_network.sendCustomRequest(networkRequest, request.method, request.body));
    }
    (void)QTest::qWaitFor([&] {
        return std::all_of(pending.cbegin(), pending.cend(), [](QNetworkReply *reply) { return reply->isFinished(); });
    }, timeoutMs);

    QList<ApiReply> replies;
    for (QNetworkReply *reply : pending) {
        ApiReply out;
        if (reply->isFinished()) {
            out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out.body = reply->readAll();
            for (const auto &pair : reply->rawHeaderPairs())
                out.headers.append({pair.first, pair.second});
        } else {
            reply->abort();
        }
        reply->deleteLater();
        replies.append(out);
    }
    return replies;
}

ApiReply JsonApiClient::send(const ApiRequest &request, int timeoutMs)
{
    return sendAll({request}, timeoutMs).constFirst();
}

ApiReply JsonApiClient::get(const QString &path, const QString &token)
{
    return send({QByteArrayLiteral("GET"), path, {}, token});
}

ApiReply JsonApiClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send({QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), token});
}

ApiReply JsonApiClient::patch(const QString &path, const QJsonObject &body, const QString &token)
{
    return send({QByteArrayLiteral("PATCH"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), token});
}

ApiReply JsonApiClient::put(const QString &path, const QByteArray &body, const QByteArray &contentType, const QString &token)
{
    return send({QByteArrayLiteral("PUT"), path, body, token, contentType});
}

QString JsonApiClient::login(const QString &login, const QString &password)
{
    const ApiReply reply = post(QStringLiteral("/api/v1/auth/login"),
                                {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (reply.status != 200) {
        qWarning() << "login failed:" << reply.status << reply.body;
        return {};
    }
    return reply.json().value(QStringLiteral("token")).toString();
}

QString JsonApiClient::registerAndLogin(const QString &username, const QString &password, const QString &role)
{
    const ApiReply reply = post(QStringLiteral("/api/v1/auth/register"),
                                {{QStringLiteral("email"), QString(username + QStringLiteral("@example.com"))},
                                 {QStringLiteral("username"), username},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("role"), role}});
    if (reply.status != 201) {
        qWarning() << "register failed:" << reply.status << reply.body;
        return {};
    }
    return login(username, password);
}

std::unique_ptr<QWebSocket> JsonApiClient::openWebSocket(const QString &token, int timeoutMs)
{
    QUrl url = m_base;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    auto socket = std::make_unique<QWebSocket>();
    QSignalSpy connected(socket.get(), &QWebSocket::connected);
    QSignalSpy disconnected(socket.get(), &QWebSocket::disconnected);
    QSignalSpy failed(socket.get(), QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
    socket->open(request);
    (void)QTest::qWaitFor([&] { return !connected.isEmpty() || !disconnected.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    if (connected.isEmpty())
        return nullptr;
    return socket;
}

bool JsonApiClient::pingPong(QWebSocket &socket, int timeoutMs)
{
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    socket.sendTextMessage(QStringLiteral("ping"));
    if (!QTest::qWaitFor([&] { return !messages.isEmpty(); }, timeoutMs))
        return false;
    const QJsonObject reply = QJsonDocument::fromJson(messages.constFirst().constFirst().toString().toUtf8()).object();
    return reply.value(QStringLiteral("type")).toString() == u"pong";
}

std::unique_ptr<Storage::Database> openServerDatabase(const QString &dbSpec, const QString &dataDir)
{
    auto location = Storage::DatabaseLocation::parse(dbSpec.isEmpty() ? QStringLiteral("sqlite") : dbSpec, dataDir);
    if (!location) {
        qWarning() << "bad database spec:" << location.error().message;
        return nullptr;
    }
    auto db = Storage::Database::open(*location, QStringLiteral("test-inspector"));
    if (!db) {
        qWarning() << "cannot open the server database:" << db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

} // namespace ClipDesk::Testing
