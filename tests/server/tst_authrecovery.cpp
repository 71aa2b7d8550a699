// Recovering and administering accounts against the real server binary, on SQLite and
// PostgreSQL: password change, password reset by email (through a loopback SMTP sink),
// flagged accounts, and admins created on the command line.
#include "backendfixture.h"
#include "jsonapiclient.h"
#include "smtpsink.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>
#include <QWebSocket>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");
const QString NewPassword = QStringLiteral("a much better passphrase");

QString uniqueName(const QString &prefix)
{
    static int counter = 0;
    return prefix + QString::number(++counter) + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toLatin1(), QCryptographicHash::Sha256).toHex());
}

ApiReply loginReply(JsonApiClient &api, const QString &login, const QString &password)
{
    return api.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
}

ApiReply forgot(JsonApiClient &api, const QString &email)
{
    return api.post(QStringLiteral("/api/v1/auth/password/forgot"), {{QStringLiteral("email"), email}});
}

ApiReply reset(JsonApiClient &api, const QString &token, const QString &password)
{
    return api.post(QStringLiteral("/api/v1/auth/password/reset"),
                    {{QStringLiteral("token"), token}, {QStringLiteral("new_password"), password}});
}

// The token of the reset link in a mail, or empty.
QString resetTokenIn(const ReceivedMail &mail, const QString &publicUrl)
{
    static const QRegularExpression link(QStringLiteral(R"((\S+)/reset\?token=([A-Za-z0-9_-]{43}))"));
    const auto match = link.match(mail.text());
    if (!match.hasMatch() || match.captured(1) != publicUrl)
        return {};
    return match.captured(2);
}

} // namespace

class TestAuthRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordChangeEndsEverySession_data() { BackendFixture::addBackendColumn(); }
    void passwordChangeEndsEverySession()
    {
        QFETCH(QString, backend);
        BackendFixture::Server *server = m_fixture.shared(backend);
        QVERIFY2(server, qPrintable(m_fixture.errorString()));
        JsonApiClient &api = *server->client;
        const QString name = uniqueName(QStringLiteral("Change"));
        const QString first = api.registerAndLogin(name, Password);
        const QString second = api.login(name, Password);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        auto firstSocket = api.openWebSocket(first);
        auto secondSocket = api.openWebSocket(second);
        QVERIFY(firstSocket && secondSocket);
        QSignalSpy firstClosed(firstSocket.get(), &QWebSocket::disconnected);
        QSignalSpy secondClosed(secondSocket.get(), &QWebSocket::disconnected);

        const auto change = [&](const QString &current, const QString &next) {
            return api.post(QStringLiteral("/api/v1/auth/password"),
                            {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}}, first);
        };
        const ApiReply wrongCurrent = change(QStringLiteral("not my password"), NewPassword);
        QCOMPARE(wrongCurrent.status, 403);
        QCOMPARE(wrongCurrent.errorCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(change(Password, QStringLiteral("short")).status, 400);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), second).status, 200); // nothing changed yet

        const ApiReply changed = change(Password, NewPassword);
        QCOMPARE(changed.status, 200);
        const QString fresh = changed.json().value(QStringLiteral("token")).toString();
        QCOMPARE(fresh.size(), 43);

        QTRY_VERIFY_WITH_TIMEOUT(!firstClosed.isEmpty() && !secondClosed.isEmpty(), 10000);
        QCOMPARE(int(secondSocket->closeCode()), 4001);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), first).status, 401);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), second).status, 401);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), fresh).status, 200);
        QCOMPARE(loginReply(api, name, Password).status, 401);
        QCOMPARE(loginReply(api, name, NewPassword).status, 200);
    }

    void passwordResetByEmail_data() { BackendFixture::addBackendColumn(); }
    void passwordResetByEmail()
    {
        QFETCH(QString, backend);
        SmtpSink sink;
        QVERIFY(sink.listen());
        const QString publicUrl = QStringLiteral("https://clipdesk.test");
        const QJsonObject config{
            {QStringLiteral("public_url"), publicUrl},
            {QStringLiteral("smtp"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                 {QStringLiteral("port"), sink.port()},
                                                 {QStringLiteral("from"), QStringLiteral("ClipDesk <noreply@clipdesk.test>")}}},
        };
        auto server = m_fixture.start(backend, config);
        QVERIFY2(server, qPrintable(m_fixture.errorString()));
        JsonApiClient &api = *server->client;
        const QString name = uniqueName(QStringLiteral("Forgot"));
        const QString email = name.toLower() + QStringLiteral("@example.com");
        const QString oldSession = api.registerAndLogin(name, Password);
        QVERIFY(!oldSession.isEmpty());
        auto oldSocket = api.openWebSocket(oldSession);
        QVERIFY(oldSocket);
        QSignalSpy oldSocketClosed(oldSocket.get(), &QWebSocket::disconnected);

        // Unknown addresses get the same answer, and no mail.
        const ApiReply unknown = forgot(api, QStringLiteral("nobody-here@example.com"));
        const ApiReply known = forgot(api, email.toUpper());
        QCOMPARE(unknown.status, 202);
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.body, known.body);
        QVERIFY(sink.waitForMessages(1));
        const ReceivedMail mail = sink.messages().constFirst();
        QCOMPARE(mail.recipients, QStringList{email});
        QCOMPARE(mail.from, QStringLiteral("noreply@clipdesk.test"));
        QVERIFY(mail.text().contains(QStringLiteral("Subject: Reset your ClipDesk password")));
        const QString token = resetTokenIn(mail, publicUrl);
        QVERIFY2(!token.isEmpty(), qPrintable(mail.text()));
        QVERIFY(mail.text().contains(QStringLiteral("\r\n") + token + QStringLiteral("\r\n"))); // the raw code, on its own line

        // Only the digest is stored.
        auto db = server->openDatabase();
        QVERIFY(db);
        auto stored = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE token_hash = ?"), {sha256Hex(token)});
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->value(0).toInt(), 1);

        // A bad new password does not use the token up.
        QCOMPARE(reset(api, token, QStringLiteral("short")).status, 400);
        QCOMPARE(reset(api, QString(43, u'A'), NewPassword).errorCode(), QStringLiteral("invalid_token"));
        QCOMPARE(reset(api, QStringLiteral("garbage"), NewPassword).errorCode(), QStringLiteral("invalid_token"));

        QCOMPARE(reset(api, token, NewPassword).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!oldSocketClosed.isEmpty(), 10000);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), oldSession).status, 401);
        QCOMPARE(loginReply(api, name, Password).status, 401);
        QCOMPARE(loginReply(api, name, NewPassword).status, 200);

        // Once only.
        const ApiReply again = reset(api, token, QStringLiteral("yet another passphrase"));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_token"));

        // Expired tokens are refused.
        QCOMPARE(forgot(api, email).status, 202);
        QVERIFY(sink.waitForMessages(2));
        const QString expiring = resetTokenIn(sink.messages().at(1), publicUrl);
        QVERIFY(!expiring.isEmpty());
        QVERIFY(db->exec(QStringLiteral("UPDATE password_resets SET expires_at = ? WHERE token_hash = ?"),
                         {QDateTime::currentMSecsSinceEpoch() - 1000, sha256Hex(expiring)}));
        const ApiReply expired = reset(api, expiring, QStringLiteral("yet another passphrase"));
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.errorCode(), QStringLiteral("invalid_token"));
        QCOMPARE(loginReply(api, name, NewPassword).status, 200);

        // At most 5 mails per address and hour; the answer stays the same.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(forgot(api, email).status, 202);
        QVERIFY(sink.waitForMessages(5));
        QTest::qWait(1000);
        QCOMPARE(sink.messages().size(), 5);
    }

    void flaggedAccountsCannotSignIn_data() { BackendFixture::addBackendColumn(); }
    void flaggedAccountsCannotSignIn()
    {
        QFETCH(QString, backend);
        BackendFixture::Server *server = m_fixture.shared(backend);
        QVERIFY2(server, qPrintable(m_fixture.errorString()));
        JsonApiClient &api = *server->client;
        const QString name = uniqueName(QStringLiteral("Flag"));
        const QString session = api.registerAndLogin(name, Password);
        QVERIFY(!session.isEmpty());

        auto db = server->openDatabase();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("UPDATE users SET flagged_reason = ? WHERE username_key = ?"),
                         {QStringLiteral("Fake view counts"), name.toLower()}));

        const ApiReply refused = loginReply(api, name, Password);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("account_flagged"));
        QVERIFY(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                    .contains(QStringLiteral("Fake view counts")));
        // A wrong password reveals nothing about the flag.
        QCOMPARE(loginReply(api, name, NewPassword).errorCode(), QStringLiteral("invalid_credentials"));
        // Sessions that already exist stop working too.
        const ApiReply me = api.get(QStringLiteral("/api/v1/auth/me"), session);
        QCOMPARE(me.status, 403);
        QCOMPARE(me.errorCode(), QStringLiteral("account_flagged"));
        QVERIFY(!api.openWebSocket(session));
    }

    void adminsAreCreatedOnTheCommandLine_data() { BackendFixture::addBackendColumn(); }
    void adminsAreCreatedOnTheCommandLine()
    {
        QFETCH(QString, backend);
        BackendFixture::Server *server = m_fixture.shared(backend);
        QVERIFY2(server, qPrintable(m_fixture.errorString()));
        JsonApiClient &api = *server->client;
        const QString name = uniqueName(QStringLiteral("Admin"));
        const QString email = name.toLower() + QStringLiteral("@example.com");

        const auto runAdmin = [&](const QStringList &options, const QByteArray &stdinText, QByteArray *output = nullptr) {
            QStringList arguments{QStringLiteral("admin")};
            arguments << options << QStringLiteral("--data-dir") << server->process->dataDir();
            if (!server->dbSpec.isEmpty())
                arguments << QStringLiteral("--db") << server->dbSpec;
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(qEnvironmentVariable("CLIPDESK_SERVER_BINARY"), arguments);
            if (!process.waitForStarted(10'000))
                return -1;
            process.write(stdinText);
            process.closeWriteChannel();
            if (!process.waitForFinished(60'000)) {
                process.kill();
                process.waitForFinished();
                return -1;
            }
            if (output)
                *output = process.readAll();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        const QStringList create{QStringLiteral("create"), QStringLiteral("--email"), email, QStringLiteral("--username"), name};

        // The password comes from standard input only, and follows the password rules.
        QVERIFY(runAdmin(create, "too short\n") != 0);
        QVERIFY(runAdmin(QStringList(create) << QStringLiteral("--password") << Password, Password.toUtf8() + '\n') != 0);
        QCOMPARE(loginReply(api, name, Password).status, 401);

        QByteArray output;
        QCOMPARE(runAdmin(create, Password.toUtf8() + '\n', &output), 0);
        QVERIFY2(output.contains(email.toUtf8()), output.constData());
        QVERIFY(!output.contains(Password.toUtf8()));
        QVERIFY(runAdmin(create, Password.toUtf8() + '\n') != 0); // duplicate

        const ApiReply login = loginReply(api, email, Password);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        const ApiReply me = api.get(QStringLiteral("/api/v1/auth/me"), login.json().value(QStringLiteral("token")).toString());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("profile")).toObject().value(QStringLiteral("display_name")).toString(), name);

        // Nobody becomes an admin by registering.
        const ApiReply selfMade = api.post(QStringLiteral("/api/v1/auth/register"),
                                           {{QStringLiteral("email"), QStringLiteral("boss@example.com")},
                                            {QStringLiteral("username"), uniqueName(QStringLiteral("boss"))},
                                            {QStringLiteral("password"), Password},
                                            {QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(selfMade.status, 400);
    }

private:
    BackendFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestAuthRecovery)
#include "tst_authrecovery.moc"
