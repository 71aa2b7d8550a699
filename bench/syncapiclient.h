#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace ClipDesk::Bench {

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct BenchAccount
{
    QString id;
    QString token;
};

// Blocking JSON requests to the server for clipdesk-bench-sync; QNetworkAccessManager keeps
// the connection alive between them.
class SyncApiClient final
{
public:
    explicit SyncApiClient(QUrl base);
    Q_DISABLE_COPY_MOVE(SyncApiClient)

    QUrl base() const { return m_base; }

    // Starts a request; `pathAndQuery` like "/api/v1/sync/pull?cursor=0".
    QNetworkReply *start(const QByteArray &verb, const QString &pathAndQuery, const QString &token, const QByteArray &body = {});
    // Waits for the reply (running the event loop) and takes it apart.
    static ApiReply finish(QNetworkReply *reply);
    ApiReply send(const QByteArray &verb, const QString &pathAndQuery, const QString &token, const QJsonObject &body = {});

    // Registers and signs in a user; std::nullopt (with a warning) on failure.
    std::optional<BenchAccount> signUp(const QString &username, const QString &role);

private:
    QUrl m_base;
    QNetworkAccessManager m_net;
};

} // namespace ClipDesk::Bench
