#pragma once

#include "pulledstate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkReply;

namespace ClipDesk::Testing {

class ServerProcess;

// One HTTP reply. status 0: no reply arrived (refused, reset, timed out); networkError says why.
struct TestApiReply
{
    int status = 0;
    QJsonObject json; // the body when it is a JSON object
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    bool arrived() const { return status > 0; }
    QString errorCode() const;    // error.code of a {"error":{...}} body
    QString errorMessage() const; // error.message
    QByteArray header(QByteArrayView name) const;
};

// A signed-in account.
struct TestUser
{
    QString id;
    QString token;
    QString username;
    QString email;
    QString password;
    QString role; // "brand", "clipper" or "admin"

    bool isValid() const { return !id.isEmpty() && !token.isEmpty(); }
};

// The reply to POST /api/v1/sync/push: results (one per mutation) when status is 200.
struct PushOutcome
{
    TestApiReply reply;
    QJsonArray results;

    bool arrived() const { return reply.status == 200 && !results.isEmpty(); }
    QJsonObject result(qsizetype index) const { return results.at(index).toObject(); }
};

// A blocking JSON client for the server under test: every call runs a local event loop until
// the reply arrives or the timeout passes. start()/waitForAll() keep several requests in
// flight at once.
//
//   TestApiClient api(server.baseUrl());
//   const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("acme"));
//   const PushOutcome pushed = api.push(brand.token, clientId, {TestApiClient::mutation(...)});
//   const PulledState state = api.pullAll(brand.token);
class TestApiClient final
{
public:
    static constexpr int DefaultTimeoutMs = 30'000;
    static inline const QString DefaultPassword = QStringLiteral("correct horse battery staple");

    explicit TestApiClient(QUrl baseUrl);
    ~TestApiClient();
    Q_DISABLE_COPY_MOVE(TestApiClient)

    QUrl baseUrl() const { return m_base; }
    void setBaseUrl(QUrl baseUrl) { m_base = std::move(baseUrl); }
    // Per request; also the transfer timeout that aborts a stalled request.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // `path` may carry a query ("/api/v1/sync/pull?cursor=3").
    TestApiReply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &token = {});
    TestApiReply get(const QString &path, const QString &token = {});
    TestApiReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    TestApiReply patch(const QString &path, const QJsonObject &body, const QString &token = {});
    TestApiReply put(const QString &path, const QJsonObject &body, const QString &token = {});
    TestApiReply del(const QString &path, const QString &token = {});

    // Asynchronous use: start() requests, waitForAll() (runs the event loop), then take() each.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &token = {});
    static bool waitForAll(const QList<QNetworkReply *> &replies, int timeoutMs);
    // Reads a finished reply (aborts an unfinished one) and schedules its deletion.
    static TestApiReply take(QNetworkReply *reply);

    // Registers an account with a unique username derived from `name` (expects 201), then
    // signs in. Invalid on failure (the reason is logged).
    TestUser registerUser(const QString &role, const QString &name);
    TestUser login(const QString &login, const QString &password);
    // Creates an admin with `clipdesk-server admin create` (password on stdin) against the
    // server's data directory and database (`dbArg` empty for SQLite), then signs in.
    TestUser createAdmin(const ServerProcess &server, const QString &dbArg, const QString &name = QStringLiteral("admin"));
    static bool createAdminAccount(const QString &dataDir, const QString &dbArg, const QString &email,
                                   const QString &username, const QString &password, QString *error = nullptr);

    PushOutcome push(const QString &token, const QString &clientId, const QJsonArray &mutations);
    QNetworkReply *startPush(const QString &token, const QString &clientId, const QJsonArray &mutations);
    static PushOutcome pushOutcome(const TestApiReply &reply);

    TestApiReply pullPage(const QString &token, qint64 cursor, int limit = 0);
    QNetworkReply *startPull(const QString &token, qint64 cursor, int limit = 0);
    // Pulls from state.cursor() until has_more is false. False when a page failed (the reason
    // is added to state.problems()).
    bool pullInto(const QString &token, PulledState &state, int limit = 0);
    PulledState pullAll(const QString &token, qint64 cursor = 0, int limit = 0);

    // {"id": <fresh UUID>, "name": name, "args": args, "base_version": baseVersion}
    static QJsonObject mutation(const QString &name, const QJsonObject &args, qint64 baseVersion = 0);
    static QString newId();
    static QString pullPath(qint64 cursor, int limit = 0);
    static inline const QString PushPath = QStringLiteral("/api/v1/sync/push");

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace ClipDesk::Testing
