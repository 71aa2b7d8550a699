// Accounts and sessions against the real server binary, on SQLite and on PostgreSQL:
// registration rules, sign-in, token storage, logout and WebSockets, expiry, brute-force limits.
#include "backendfixture.h"
#include "jsonapiclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>
#include <QWebSocket>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");
constexpr qint64 DayMs = 24 * 3600 * 1000;

QString uniqueName(const QString &prefix)
{
    static int counter = 0;
    return prefix + QString::number(++counter) + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toLatin1(), QCryptographicHash::Sha256).toHex());
}

ApiReply registerUser(JsonApiClient &api, const QString &email, const QString &username, const QString &password,
                      const QString &role = QStringLiteral("clipper"))
{
    return api.post(QStringLiteral("/api/v1/auth/register"), {{QStringLiteral("email"), email},
                                                              {QStringLiteral("username"), username},
                                                              {QStringLiteral("password"), password},
                                                              {QStringLiteral("role"), role}});
}

ApiReply loginReply(JsonApiClient &api, const QString &login, const QString &password)
{
    return api.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
}

ApiRequest loginRequest(const QString &login, const QString &password)
{
    return {QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/login"),
            QStringLiteral(R"({"login":"%1","password":"%2"})").arg(login, password).toUtf8(), {}};
}

QString repeated(const QString &unit, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += unit;
    return out;
}

bool execSql(Storage::Database &db, const QString &sql, const QVariantList &args)
{
    auto done = db.exec(sql, args);
    if (!done)
        qWarning() << done.error().message;
    return bool(done);
}

} // namespace

#define SHARED_SERVER(name)                                                                                          \
    QFETCH(QString, backend);                                                                                        \
    BackendFixture::Server *name = m_fixture.shared(backend);                                                        \
    QVERIFY2(name, qPrintable(m_fixture.errorString()));                                                             \
    JsonApiClient &api = *name->client

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registration_data() { BackendFixture::addBackendColumn(); }
    void registration()
    {
        SHARED_SERVER(server);
        const QString name = uniqueName(QStringLiteral("Reg"));
        const QString email = name + QStringLiteral("@Example.com");

        ApiReply created = registerUser(api, email, name, Password, QStringLiteral("brand"));
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.json().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), email.toLower());
        QCOMPARE(user.value(QStringLiteral("username")).toString(), name);
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("brand"));
        QCOMPARE(user.value(QStringLiteral("display_name")).toString(), name);
        QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!created.body.contains("argon2") && !created.body.contains(Password.toUtf8()));
        QVERIFY(created.json().value(QStringLiteral("token")).isUndefined()); // registration does not sign in

        // Duplicates, case-insensitively: 409 with a clear code.
        ApiReply sameEmail = registerUser(api, email.toUpper(), uniqueName(QStringLiteral("Other")), Password);
        QCOMPARE(sameEmail.status, 409);
        QCOMPARE(sameEmail.errorCode(), QStringLiteral("email_taken"));
        ApiReply sameName = registerUser(api, uniqueName(QStringLiteral("o")) + QStringLiteral("@example.com"), name.toLower(), Password);
        QCOMPARE(sameName.status, 409);
        QCOMPARE(sameName.errorCode(), QStringLiteral("username_taken"));

        const auto expectInvalid = [&](const QString &mail, const QString &username, const QString &password, const QString &role) {
            const ApiReply reply = registerUser(api, mail, username, password, role);
            if (reply.status != 400)
                qWarning() << "unexpected:" << reply.status << reply.body;
            return reply.status == 400 && !reply.errorCode().isEmpty();
        };
        const auto freshEmail = []() -> QString { return uniqueName(QStringLiteral("m")) + QStringLiteral("@example.com"); };
        QVERIFY(expectInvalid(QStringLiteral("not-an-email"), uniqueName(QStringLiteral("u")), Password, QStringLiteral("clipper")));
        QVERIFY(expectInvalid(freshEmail(), QStringLiteral("no spaces allowed"), Password, QStringLiteral("clipper")));
        QVERIFY(expectInvalid(freshEmail(), uniqueName(QStringLiteral("u")), Password, QStringLiteral("admin")));
        QVERIFY(expectInvalid(freshEmail(), uniqueName(QStringLiteral("u")), Password, QStringLiteral("moderator")));

        // Password length in code points: 12..128, emoji count once each.
        const QString emoji = QStringLiteral("\U0001F600");
        const QList<std::pair<QString, bool>> passwords = {
            {repeated(QStringLiteral("a"), 11), false}, {repeated(QStringLiteral("a"), 12), true},
            {repeated(QStringLiteral("a"), 128), true}, {repeated(QStringLiteral("a"), 129), false},
            {repeated(emoji, 11), false},               {repeated(emoji, 12), true},
            {repeated(emoji, 128), true},               {repeated(emoji, 129), false},
        };
        for (const auto &[password, accepted] : passwords) {
            const QString username = uniqueName(QStringLiteral("p"));
            const ApiReply reply = registerUser(api, username + QStringLiteral("@example.com"), username, password);
            QVERIFY2(reply.status == (accepted ? 201 : 400), qPrintable(QString::number(password.toUcs4().size()) + u' ' + QString::fromUtf8(reply.body)));
            if (accepted)
                QVERIFY(!api.login(username, password).isEmpty());
        }

        // Missing fields and malformed JSON.
        ApiReply missing = api.post(QStringLiteral("/api/v1/auth/register"), {{QStringLiteral("email"), freshEmail()}});
        QCOMPARE(missing.status, 400);
        ApiReply garbage = api.send({QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/register"), QByteArrayLiteral("{nope"), {}});
        QCOMPARE(garbage.status, 400);
        QCOMPARE(garbage.errorCode(), QStringLiteral("invalid_json"));
    }

    void login_data() { BackendFixture::addBackendColumn(); }
    void login()
    {
        SHARED_SERVER(server);
        const QString name = uniqueName(QStringLiteral("Log"));
        QCOMPARE(registerUser(api, name + QStringLiteral("@example.com"), name, Password).status, 201);

        for (const QString &login : {name.toUpper(), name.toLower(), QString(name + QStringLiteral("@EXAMPLE.com"))}) {
            const ApiReply reply = loginReply(api, login, Password);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            QCOMPARE(body.value(QStringLiteral("token")).toString().size(), 43);
            const QJsonObject user = body.value(QStringLiteral("user")).toObject();
            QCOMPARE(user.value(QStringLiteral("username")).toString(), name);
            QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("clipper"));
            QCOMPARE(user.value(QStringLiteral("display_name")).toString(), name);
            const QDateTime expires = QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(expires.isValid());
            const qint64 lifetime = expires.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
            QVERIFY(lifetime > 29 * DayMs && lifetime <= 30 * DayMs);
            QVERIFY(reply.header("Cache-Control").contains("no-store"));

            const ApiReply me = api.get(QStringLiteral("/api/v1/auth/me"), body.value(QStringLiteral("token")).toString());
            QCOMPARE(me.status, 200);
            QCOMPARE(me.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")), user.value(QStringLiteral("id")));
            QCOMPARE(me.json().value(QStringLiteral("profile")).toObject().value(QStringLiteral("display_name")).toString(), name);
        }

        // Unknown account and wrong password: the very same answer.
        const ApiReply wrong = loginReply(api, name, Password + QStringLiteral("x"));
        const ApiReply unknown = loginReply(api, uniqueName(QStringLiteral("ghost")), Password);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(wrong.body, unknown.body);

        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me")).status, 401);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), QStringLiteral("garbage")).errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), QString(43, u'A')).status, 401);
    }

    void tokensAreStoredOnlyAsHashes_data() { BackendFixture::addBackendColumn(); }
    void tokensAreStoredOnlyAsHashes()
    {
        SHARED_SERVER(server);
        const QString token = api.registerAndLogin(uniqueName(QStringLiteral("Hash")), Password);
        QVERIFY(!token.isEmpty());
        auto db = server->openDatabase();
        QVERIFY(db);
        auto rows = db->exec(QStringLiteral("SELECT * FROM sessions"));
        QVERIFY(rows);
        bool foundDigest = false;
        int count = 0;
        while (rows->next()) {
            ++count;
            const QSqlRecord record = rows->record();
            for (int i = 0; i < record.count(); ++i)
                QVERIFY2(!record.value(i).toString().contains(token), "a raw session token is stored in the sessions table");
            foundDigest = foundDigest || record.value(QStringLiteral("token_hash")).toString() == sha256Hex(token);
        }
        QVERIFY(count > 0);
        QVERIFY(foundDigest);
    }

    void logoutRevokesAndClosesThatSessionsSockets_data() { BackendFixture::addBackendColumn(); }
    void logoutRevokesAndClosesThatSessionsSockets()
    {
        SHARED_SERVER(server);
        const QString name = uniqueName(QStringLiteral("Out"));
        const QString first = api.registerAndLogin(name, Password);
        const QString second = api.login(name, Password);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        QVERIFY(!api.openWebSocket({}));                       // no token
        QVERIFY(!api.openWebSocket(QString(43, u'x')));        // unknown token
        auto firstSocket = api.openWebSocket(first);
        auto secondSocket = api.openWebSocket(second);
        QVERIFY(firstSocket && secondSocket);
        QVERIFY(JsonApiClient::pingPong(*firstSocket));
        QVERIFY(JsonApiClient::pingPong(*secondSocket));

        QSignalSpy firstClosed(firstSocket.get(), &QWebSocket::disconnected);
        const ApiReply out = api.post(QStringLiteral("/api/v1/auth/logout"), {}, first);
        QCOMPARE(out.status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!firstClosed.isEmpty(), 10000);
        QCOMPARE(int(firstSocket->closeCode()), 4001);
        QCOMPARE(firstSocket->closeReason(), QStringLiteral("session revoked"));

        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), first).status, 401);
        QCOMPARE(api.post(QStringLiteral("/api/v1/auth/logout"), {}, first).status, 401);
        QVERIFY(!api.openWebSocket(first));
        // The other session and its socket live on.
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), second).status, 200);
        QVERIFY(JsonApiClient::pingPong(*secondSocket));
        QCOMPARE(secondSocket->state(), QAbstractSocket::ConnectedState);
    }

    void sessionsExpire_data() { BackendFixture::addBackendColumn(); }
    void sessionsExpire()
    {
        SHARED_SERVER(server);
        const QString name = uniqueName(QStringLiteral("Exp"));
        const QString idle = api.registerAndLogin(name, Password);
        const QString absolute = api.login(name, Password);
        const QString active = api.login(name, Password);
        QVERIFY(!idle.isEmpty() && !absolute.isEmpty() && !active.isEmpty());
        auto db = server->openDatabase();
        QVERIFY(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        // Unused for longer than the idle lifetime (14 days).
        QVERIFY(execSql(*db, QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?"), {now - 15 * DayMs, sha256Hex(idle)}));
        // Past the absolute lifetime, however recently used.
        QVERIFY(execSql(*db, QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"), {now - 1000, sha256Hex(absolute)}));
        // Idle for a while, but within the limit: still valid, and the use is recorded.
        QVERIFY(execSql(*db, QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?"), {now - 13 * DayMs, sha256Hex(active)}));

        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), idle).status, 401);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), absolute).status, 401);
        QVERIFY(!api.openWebSocket(idle));
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), active).status, 200);
        auto lastUsed = db->queryOne(QStringLiteral("SELECT last_used_at FROM sessions WHERE token_hash = ?"), {sha256Hex(active)});
        QVERIFY(lastUsed && lastUsed->has_value());
        QVERIFY((*lastUsed)->value(0).toLongLong() >= now - 60'000);
    }

    void accountLimitRefusesEvenTheRightPassword_data() { BackendFixture::addBackendColumn(); }
    void accountLimitRefusesEvenTheRightPassword()
    {
        SHARED_SERVER(server);
        const QString name = uniqueName(QStringLiteral("Brute"));
        const ApiReply created = registerUser(api, name + QStringLiteral("@example.com"), name, Password);
        QCOMPARE(created.status, 201);
        const QString userId = created.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();

        // 100 wrong guesses, a few at a time.
        for (int batch = 0; batch < 10; ++batch) {
            QList<ApiRequest> guesses;
            for (int i = 0; i < 10; ++i)
                guesses.append(loginRequest(name, QStringLiteral("wrong guess number %1").arg(batch * 10 + i)));
            for (const ApiReply &reply : api.sendAll(guesses))
                QCOMPARE(reply.status, 401);
        }

        const ApiReply limited = loginReply(api, name, Password);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 3600, limited.header("Retry-After").constData());
        QCOMPARE(loginReply(api, name.toLower() + QStringLiteral("@example.com"), Password).status, 429);

        auto db = server->openDatabase();
        QVERIFY(db);
        auto attempts = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM auth_attempts WHERE scope = 'account' AND subject = ?"), {userId});
        QVERIFY(attempts && attempts->has_value());
        QCOMPARE((*attempts)->value(0).toInt(), 100);

        // Other accounts from the same address are unaffected.
        QVERIFY(!api.registerAndLogin(uniqueName(QStringLiteral("Fine")), Password).isEmpty());
    }

    void addressLimitIsConfigurableAndSurvivesRestarts_data() { BackendFixture::addBackendColumn(); }
    void addressLimitIsConfigurableAndSurvivesRestarts()
    {
        QFETCH(QString, backend);
        const QJsonObject config{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("max_attempts_per_ip_per_hour"), 5}}}};
        auto server = m_fixture.start(backend, config);
        QVERIFY2(server, qPrintable(m_fixture.errorString()));
        JsonApiClient &api = *server->client;
        const QString name = uniqueName(QStringLiteral("Ip"));
        QCOMPARE(registerUser(api, name + QStringLiteral("@example.com"), name, Password).status, 201);

        for (int i = 0; i < 5; ++i)
            QCOMPARE(loginReply(api, uniqueName(QStringLiteral("nobody")), Password).status, 401);
        const ApiReply limited = loginReply(api, name, Password);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() > 0);

        // The attempts live in the database: a restarted server still refuses.
        QVERIFY(server->process->stop());
        auto restarted = m_fixture.start(backend, config, server.get());
        QVERIFY2(restarted, qPrintable(m_fixture.errorString()));
        QCOMPARE(loginReply(*restarted->client, name, Password).status, 429);
    }

private:
    BackendFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
