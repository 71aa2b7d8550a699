// ApiClient and AuthClient against the real clipdesk-server, a dead port, a server that never
// answers and one that answers like a broken proxy.
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/authclient.h"

#include "serverprocess.h"
#include "freeport.h"
#include "testapiclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Net;
using ClipDesk::Testing::ServerProcess;
using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");
constexpr int ReplyTimeoutMs = 20'000;

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Waits for `call` and returns its response.
ApiResponse await(ApiCall *call)
{
    ApiResponse response;
    bool done = false;
    QObject::connect(call, &ApiCall::finished, call, [&](const ApiResponse &r) {
        response = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, ReplyTimeoutMs))
        qWarning("no response within %d ms", ReplyTimeoutMs);
    return response;
}

// A loopback TCP peer that answers every request with `reply`, or never answers when empty.
class CannedServer final : public QObject
{
public:
    explicit CannedServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_reply.isEmpty() && m_received.contains("\r\n\r\n"))
                        socket->write(m_reply);
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_reply;
    QByteArray m_received;
};

QStringList configArguments(const QTemporaryDir &dir, const QJsonObject &config)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(config).toJson());
    return {QStringLiteral("--config"), path};
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // At most 3 password checks per account and hour, so that the limit is quick to reach.
        m_server = std::make_unique<ServerProcess>(configArguments(
            m_configDir, {{QStringLiteral("auth"), QJsonObject{{QStringLiteral("max_attempts_per_account_per_hour"), 3}}}}));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void endpointsKeepTheServerPath()
    {
        QCOMPARE(ApiClient::endpoint(QUrl(QStringLiteral("http://h:1")), QStringLiteral("/api/v1/auth/me")),
                 QUrl(QStringLiteral("http://h:1/api/v1/auth/me")));
        QCOMPARE(ApiClient::endpoint(QUrl(QStringLiteral("https://h/clipdesk/")), QStringLiteral("/api/v1/x?cursor=3")),
                 QUrl(QStringLiteral("https://h/clipdesk/api/v1/x?cursor=3")));
        QVERIFY(ApiClient::isServerAddress(QUrl(QStringLiteral("https://clipdesk.example.org"))));
        QVERIFY(ApiClient::isServerAddress(QUrl(QStringLiteral("http://127.0.0.1:8470/"))));
        QVERIFY(!ApiClient::isServerAddress(QUrl(QStringLiteral("ftp://example.org"))));
        QVERIFY(!ApiClient::isServerAddress(QUrl(QStringLiteral("example.org"))));
        QVERIFY(!ApiClient::isServerAddress(QUrl(QStringLiteral("http://example.org/?x=1"))));
    }

    void retryAfterIsParsed()
    {
        QCOMPARE(ApiCall::parseRetryAfter("120"), 120);
        QCOMPARE(ApiCall::parseRetryAfter(" 7 "), 7);
        QCOMPARE(ApiCall::parseRetryAfter(""), 0);
        QCOMPARE(ApiCall::parseRetryAfter("soon"), 0);
        QCOMPARE(ApiCall::parseRetryAfter("-5"), 0);
        const QByteArray inAMinute = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
        QVERIFY(qAbs(ApiCall::parseRetryAfter(inAMinute) - 60) <= 2);
    }

    void accountLifecycle()
    {
        AuthClient auth;
        auth.setServer(m_server->baseUrl());
        QSignalSpy registered(&auth, &AuthClient::registered);
        QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
        QSignalSpy fetched(&auth, &AuthClient::identityFetched);
        QSignalSpy loggedOut(&auth, &AuthClient::loggedOut);
        QSignalSpy failed(&auth, &AuthClient::failed);

        const QString name = uniqueName(QStringLiteral("brand"));
        const QString email = name + QStringLiteral("@example.com");
        const ApiResponse created = await(auth.registerAccount({email, name, Password, QStringLiteral("brand")}));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(created.httpStatus, 201);
        QCOMPARE(registered.size(), 1);
        const auto user = registered.first().first().value<AccountIdentity>();
        QCOMPARE(user.username, name);
        QCOMPARE(user.role, QStringLiteral("brand"));
        QCOMPARE(user.roleTitle(), QStringLiteral("Brand"));

        // By email, in any case.
        QVERIFY(await(auth.login(email.toUpper(), Password)).ok());
        QCOMPARE(loggedIn.size(), 1);
        const auto session = loggedIn.first().first().value<Session>();
        QCOMPARE(session.user.id, user.id);
        QCOMPARE(session.serverUrl, m_server->baseUrl());
        QCOMPARE(session.serverId, QStringLiteral("127.0.0.1-%1").arg(m_server->port()));
        QCOMPARE(session.token.size(), 43);
        QVERIFY(session.expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(session.verified);

        QVERIFY(await(auth.fetchMe(session.token)).ok());
        QCOMPARE(fetched.first().first().value<AccountIdentity>(), user);

        const ApiResponse bye = await(auth.logout(session.token));
        QVERIFY(bye.ok());
        QCOMPARE(bye.httpStatus, 204);
        QCOMPARE(loggedOut.size(), 1);

        const ApiResponse gone = await(auth.fetchMe(session.token));
        QCOMPARE(gone.httpStatus, 401);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<AuthClient::Operation>(), AuthClient::Operation::FetchMe);
    }

    void serverErrorsAreMapped()
    {
        AuthClient auth;
        auth.setServer(m_server->baseUrl());
        const QString name = uniqueName(QStringLiteral("clipper"));
        QVERIFY(await(auth.registerAccount({name + QStringLiteral("@example.com"), name, Password, QStringLiteral("clipper")})).ok());

        const ApiResponse wrong = await(auth.login(name, QStringLiteral("not the password at all")));
        QCOMPARE(wrong.httpStatus, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(wrong.errorMessage(), QStringLiteral("The login or the password is wrong."));
        QVERIFY(!wrong.isNetworkFailure());

        const ApiResponse taken = await(auth.registerAccount({uniqueName(QStringLiteral("x")) + QStringLiteral("@example.com"), name,
                                                              Password, QStringLiteral("brand")}));
        QCOMPARE(taken.httpStatus, 409);
        QCOMPARE(taken.errorCode(), QStringLiteral("username_taken"));
        QVERIFY(taken.errorMessage().contains(name));

        const ApiResponse shortPassword = await(auth.registerAccount(
            {uniqueName(QStringLiteral("y")) + QStringLiteral("@example.com"), uniqueName(QStringLiteral("y")), QStringLiteral("short"),
             QStringLiteral("brand")}));
        QCOMPARE(shortPassword.httpStatus, 400);
        QCOMPARE(shortPassword.errorCode(), QStringLiteral("invalid_argument"));
        QCOMPARE(shortPassword.errorMessage(), QStringLiteral("The password needs at least 12 characters."));

        ApiClient api;
        api.setBaseUrl(m_server->baseUrl());
        const ApiResponse anonymous = await(api.get(QStringLiteral("/api/v1/auth/me")));
        QCOMPARE(anonymous.httpStatus, 401);
        QVERIFY(!anonymous.errorCode().isEmpty());

        const ApiResponse badToken = await(auth.resetPassword(QString(43, u'A'), Password));
        QCOMPARE(badToken.httpStatus, 400);
        QCOMPARE(badToken.errorCode(), QStringLiteral("invalid_token"));
    }

    void forgotPasswordIsAccepted()
    {
        AuthClient auth;
        auth.setServer(m_server->baseUrl());
        QSignalSpy requested(&auth, &AuthClient::passwordResetRequested);
        const ApiResponse response = await(auth.forgotPassword(QStringLiteral("nobody-%1@example.com").arg(uniqueName({}))));
        QVERIFY(response.ok());
        QCOMPARE(response.httpStatus, 202);
        QCOMPARE(requested.size(), 1);
        QVERIFY(!requested.first().first().toString().isEmpty());
    }

    void rateLimitCarriesRetryAfter()
    {
        AuthClient auth;
        auth.setServer(m_server->baseUrl());
        const QString name = uniqueName(QStringLiteral("limited"));
        QVERIFY(await(auth.registerAccount({name + QStringLiteral("@example.com"), name, Password, QStringLiteral("brand")})).ok());
        ApiResponse last;
        for (int attempt = 0; attempt < 4 && last.httpStatus != 429; ++attempt)
            last = await(auth.login(name, QStringLiteral("wrong guess number %1").arg(attempt)));
        QCOMPARE(last.httpStatus, 429);
        QCOMPARE(last.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY2(last.retryAfterSeconds > 0 && last.retryAfterSeconds <= 3600, qPrintable(QString::number(last.retryAfterSeconds)));
        QVERIFY(!last.errorMessage().isEmpty());
    }

    void flaggedAccountSaysWhy()
    {
        AuthClient auth;
        auth.setServer(m_server->baseUrl());
        const QString name = uniqueName(QStringLiteral("flagged"));
        QVERIFY(await(auth.registerAccount({name + QStringLiteral("@example.com"), name, Password, QStringLiteral("clipper")})).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("flag"));
            db.setDatabaseName(m_server->dataDir() + QStringLiteral("/clipdesk.db"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(QStringLiteral("UPDATE users SET flagged_reason = ? WHERE username_key = ?")));
            query.addBindValue(QStringLiteral("Fake view counts"));
            query.addBindValue(name.toLower());
            QVERIFY(query.exec());
            QCOMPARE(query.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("flag"));
        const ApiResponse refused = await(auth.login(name, Password));
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("account_flagged"));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Fake view counts")));
    }

    void refusedConnectionIsOffline()
    {
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(Testing::freeLoopbackPort()));
        AuthClient auth;
        auth.setServer(dead);
        QSignalSpy failed(&auth, &AuthClient::failed);
        const ApiResponse response = await(auth.login(QStringLiteral("someone"), Password));
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(response.errorCode(), QStringLiteral("offline"));
        QVERIFY(response.isNetworkFailure());
        QVERIFY2(response.errorMessage().contains(dead.toDisplayString()), qPrintable(response.errorMessage()));
        QVERIFY(response.errorMessage().contains(QStringLiteral("refused the connection")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<AuthClient::Operation>(), AuthClient::Operation::Login);
    }

    void silentServerTimesOut()
    {
        CannedServer silent({});
        ApiClient api;
        api.setBaseUrl(silent.url());
        api.setTimeout(400ms);
        const ApiResponse response = await(api.get(QStringLiteral("/api/v1/auth/me")));
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(response.errorCode(), QStringLiteral("timeout"));
        QVERIFY(response.isNetworkFailure());
        QVERIFY2(response.errorMessage().contains(QStringLiteral("did not answer within")), qPrintable(response.errorMessage()));
        QVERIFY(silent.received().startsWith("GET /api/v1/auth/me HTTP/1.1"));
    }

    void proxyErrorsWithoutJson()
    {
        CannedServer proxy("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 14\r\nRetry-After: 30\r\n"
                           "Connection: close\r\n\r\n<h1>oops</h1>\n");
        ApiClient api;
        api.setBaseUrl(proxy.url());
        api.setToken(QStringLiteral("secret-token"));
        const ApiResponse response = await(api.post(QStringLiteral("/api/v1/auth/logout"), {}));
        QCOMPARE(response.httpStatus, 502);
        QCOMPARE(response.errorCode(), QStringLiteral("server_error"));
        QCOMPARE(response.retryAfterSeconds, 30);
        QVERIFY2(response.errorMessage().contains(QStringLiteral("502")), qPrintable(response.errorMessage()));
        QVERIFY(proxy.received().contains("Authorization: Bearer secret-token\r\n"));
    }

    void nonsenseSuccessIsABadResponse()
    {
        CannedServer odd("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        AuthClient auth;
        auth.setServer(odd.url());
        const ApiResponse response = await(auth.fetchMe(QStringLiteral("t")));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.errorCode(), QStringLiteral("bad_response"));
    }

    void abortAndInvalidAddress()
    {
        CannedServer silent({});
        ApiClient api;
        api.setBaseUrl(silent.url());
        ApiCall *call = api.get(QStringLiteral("/api/v1/health"));
        QSignalSpy finished(call, &ApiCall::finished);
        QCOMPARE(api.pendingCount(), 1);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiResponse>().errorCode(), QStringLiteral("cancelled"));

        api.setBaseUrl(QUrl(QStringLiteral("mailto:someone@example.org")));
        const ApiResponse invalid = await(api.get(QStringLiteral("/api/v1/health")));
        QCOMPARE(invalid.errorCode(), QStringLiteral("invalid_address"));
        QCOMPARE(invalid.httpStatus, 0);
    }

private:
    QTemporaryDir m_configDir;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
