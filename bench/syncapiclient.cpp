#include "syncapiclient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTextStream>

namespace ClipDesk::Bench {

SyncApiClient::SyncApiClient(QUrl base)
    : m_base(std::move(base))
{
}

QNetworkReply *SyncApiClient::start(const QByteArray &verb, const QString &pathAndQuery, const QString &token, const QByteArray &body)
{
    QUrl url = m_base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return m_net.sendCustomRequest(request, verb, body);
}

ApiReply SyncApiClient::finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ApiReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

ApiReply SyncApiClient::send(const QByteArray &verb, const QString &pathAndQuery, const QString &token, const QJsonObject &body)
{
    return finish(start(verb, pathAndQuery, token, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

std::optional<BenchAccount> SyncApiClient::signUp(const QString &username, const QString &role)
{
    const QString password = QStringLiteral("bench-password-1234");
    const ApiReply registered = send("POST", QStringLiteral("/api/v1/auth/register"), {},
                                     {{QStringLiteral("email"), QString(username + QStringLiteral("@example.org"))},
                                      {QStringLiteral("username"), username},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("role"), role}});
    const ApiReply login = send("POST", QStringLiteral("/api/v1/auth/login"), {},
                                {{QStringLiteral("login"), username}, {QStringLiteral("password"), password}});
    if (registered.status != 201 || login.status != 200) {
        QTextStream(stderr) << "bench: cannot sign up " << username << ": " << registered.body << ' ' << login.body << '\n';
        return std::nullopt;
    }
    return BenchAccount{registered.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
                        login.json().value(QStringLiteral("token")).toString()};
}

} // namespace ClipDesk::Bench
