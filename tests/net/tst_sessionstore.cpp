// SessionStore (keychain with the private-file fallback), AccountPaths and SessionController
// against the real server. The keychain is made unreachable (no D-Bus session bus), as on
// most headless machines, so the fallback runs for real.
#include "net/accountpaths.h"
#include "net/authclient.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"

#include "serverprocess.h"
#include "testapiclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Net;
using ClipDesk::Testing::ServerProcess;
using ClipDesk::Testing::TestApiClient;

namespace {

constexpr int WaitMs = 20'000;
constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions ownerGroupOther(const QString &path)
{
    // Without the "user" bits, which only mirror the owner's for the file's owner.
    return QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

Status save(SessionStore &store, const AccountKey &key, const QString &token)
{
    std::optional<Status> result;
    store.saveToken(key, token, &store, [&](const Status &status) { result = status; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, WaitMs))
        return failure(QStringLiteral("timeout"), QStringLiteral("saveToken did not finish"));
    return *result;
}

Result<QString> load(SessionStore &store, const AccountKey &key)
{
    std::optional<Result<QString>> result;
    store.loadToken(key, &store, [&](const Result<QString> &token) { result = token; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, WaitMs))
        return failure(QStringLiteral("timeout"), QStringLiteral("loadToken did not finish"));
    return *result;
}

bool remove(SessionStore &store, const AccountKey &key)
{
    bool done = false;
    store.deleteToken(key, &store, [&] { done = true; });
    return QTest::qWaitFor([&] { return done; }, WaitMs);
}

Session signIn(const QUrl &server, const Testing::TestUser &user)
{
    AuthClient auth;
    auth.setServer(server);
    QSignalSpy loggedIn(&auth, &AuthClient::loggedIn);
    auth.login(user.username, TestApiClient::DefaultPassword);
    if (!loggedIn.wait(WaitMs))
        return {};
    return loggedIn.first().first().value<Session>();
}

} // namespace

class TestSessionStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus: QtKeychain cannot reach a Secret Service or KWallet.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/clipdesk-test-bus");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ClipDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionstore"));
        QVERIFY(m_config.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
    }

    void accountPathsAreSanitized()
    {
        QCOMPARE(AccountPaths::serverId(QUrl(QStringLiteral("http://127.0.0.1:8470"))), QStringLiteral("127.0.0.1-8470"));
        QCOMPARE(AccountPaths::serverId(QUrl(QStringLiteral("https://ClipDesk.Example.org/"))), QStringLiteral("clipdesk.example.org-443"));
        QCOMPARE(AccountPaths::serverId(QUrl(QStringLiteral("https://h.example/team/a/"))), QStringLiteral("h.example-443-team_a"));
        QCOMPARE(AccountPaths::serverId(QUrl(QStringLiteral("http://[::1]:9000"))), QStringLiteral("__1-9000"));
        QCOMPARE(AccountPaths::sanitized(QStringLiteral("../../etc/passwd")), QStringLiteral("_._.._etc_passwd"));
        QCOMPARE(AccountPaths::sanitized(QStringLiteral("..")), QStringLiteral("_."));
        QCOMPARE(AccountPaths::sanitized(QString()), QStringLiteral("_"));
        QCOMPARE(AccountPaths::sanitized(QString(500, u'a')).size(), 96);

        const AccountPaths paths(m_data->path());
        const AccountKey key{QStringLiteral("127.0.0.1-8470"), QStringLiteral("0f6c1d2e-aaaa-bbbb-cccc-0123456789ab")};
        QCOMPARE(paths.cacheFile(key),
                 m_data->path() + QStringLiteral("/accounts/127.0.0.1-8470/0f6c1d2e-aaaa-bbbb-cccc-0123456789ab/cache.sqlite"));
        const AccountKey hostile{QStringLiteral("../x"), QStringLiteral("../../y")};
        QVERIFY(QDir::cleanPath(paths.cacheFile(hostile)).startsWith(paths.accountsDirectory() + QLatin1Char('/')));

        QVERIFY(paths.ensureAccountDirectory(key));
        QCOMPARE(ownerGroupOther(paths.accountDirectory(key)), OwnerReadWrite | QFileDevice::ExeOwner);
        QCOMPARE(AccountPaths::cacheSizeBytes(paths.cacheFile(key)), 0);
        for (const auto &[suffix, bytes] : {std::pair{"", 4096}, std::pair{"-wal", 100}, std::pair{"-shm", 32}}) {
            QFile file(paths.cacheFile(key) + QLatin1String(suffix));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(bytes, 'x'));
        }
        QCOMPARE(AccountPaths::existingCacheFiles(paths.cacheFile(key)).size(), 3);
        QCOMPARE(AccountPaths::cacheSizeBytes(paths.cacheFile(key)), 4096 + 100 + 32);
        QVERIFY(AccountPaths::removeCacheFiles(paths.cacheFile(key)));
        QCOMPARE(AccountPaths::cacheSizeBytes(paths.cacheFile(key)), 0);
        QVERIFY(QFileInfo(paths.accountDirectory(key)).isDir());
    }

    void unavailableKeychainFallsBackToAPrivateFile()
    {
        SessionStore store({m_data->path(), true, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        QSignalSpy storageChanged(&store, &SessionStore::storageChanged);
        QCOMPARE(store.storage(), SessionStore::Storage::Undecided);
        QVERIFY(!store.usesFallback());

        const AccountKey key{QStringLiteral("127.0.0.1-8470"), QStringLiteral("user-1")};
        const Status saved = save(store, key, QStringLiteral("token-one"));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(store.usesFallback());
        QCOMPARE(storageChanged.size(), 1);
        QCOMPARE(storageChanged.first().first().value<SessionStore::Storage>(), SessionStore::Storage::File);

        const QString file = store.fallbackFile(key);
        QVERIFY(file.startsWith(m_data->path()));
        QVERIFY(QFileInfo(file).isFile());
        QCOMPARE(ownerGroupOther(file), OwnerReadWrite);
        QCOMPARE(ownerGroupOther(QFileInfo(file).path()), OwnerReadWrite | QFileDevice::ExeOwner);
        QCOMPARE(QDir(QFileInfo(file).path()).entryList(QDir::Files), QStringList{QStringLiteral("session.token")}); // no temp left

        const QString explanation = store.storageExplanation(key);
        QVERIFY2(explanation.startsWith(QStringLiteral("The system keychain is not available; your session is stored in a file only you can read: ")),
                 qPrintable(explanation));
        QVERIFY(explanation.endsWith(QDir::toNativeSeparators(file)));

        const Result<QString> loaded = load(store, key);
        QVERIFY(loaded);
        QCOMPARE(*loaded, QStringLiteral("token-one"));

        // Overwriting keeps the file private; a file that was opened up is closed again on read.
        QVERIFY(save(store, key, QStringLiteral("token-two")));
        QCOMPARE(ownerGroupOther(file), OwnerReadWrite);
        QVERIFY(QFile::setPermissions(file, OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(*load(store, key), QStringLiteral("token-two"));
        QCOMPARE(ownerGroupOther(file), OwnerReadWrite);

        // A second store (the next run) finds the token too.
        SessionStore nextRun({m_data->path(), true, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        QCOMPARE(*load(nextRun, key), QStringLiteral("token-two"));
        QVERIFY(nextRun.usesFallback());

        QVERIFY(remove(store, key));
        QVERIFY(!QFileInfo::exists(file));
        const Result<QString> gone = load(store, key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("not_found"));
    }

    void detectsTheMissingKeychainWithoutStoring()
    {
        SessionStore store({m_data->path(), true, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        QSignalSpy storageChanged(&store, &SessionStore::storageChanged);
        store.detectStorage();
        QVERIFY(storageChanged.wait(WaitMs));
        QCOMPARE(store.storage(), SessionStore::Storage::File);
        QVERIFY(QDir(m_data->path()).isEmpty());

        SessionStore noKeychain({m_data->path(), false, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        QVERIFY(noKeychain.usesFallback());
        QVERIFY(noKeychain.storageExplanation({QStringLiteral("s"), QStringLiteral("u")}).startsWith(QStringLiteral("The system keychain is not used")));
    }

    void accountsAreSeparate()
    {
        SessionStore store({m_data->path(), true, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        const AccountKey alice{QStringLiteral("a.example-443"), QStringLiteral("alice")};
        const AccountKey bob{QStringLiteral("a.example-443"), QStringLiteral("bob")};
        const AccountKey aliceElsewhere{QStringLiteral("b.example-443"), QStringLiteral("alice")};
        QVERIFY(save(store, alice, QStringLiteral("A1")));
        QVERIFY(save(store, bob, QStringLiteral("B1")));
        QVERIFY(save(store, aliceElsewhere, QStringLiteral("A2")));
        QCOMPARE(*load(store, alice), QStringLiteral("A1"));
        QCOMPARE(*load(store, bob), QStringLiteral("B1"));
        QCOMPARE(*load(store, aliceElsewhere), QStringLiteral("A2"));
        QVERIFY(store.fallbackFile(alice) != store.fallbackFile(aliceElsewhere));

        QVERIFY(remove(store, alice));
        QVERIFY(!load(store, alice));
        QCOMPARE(*load(store, bob), QStringLiteral("B1"));
        QCOMPARE(*load(store, aliceElsewhere), QStringLiteral("A2"));
    }

    void deleteRightAfterSaveWins()
    {
        for (const bool useKeychain : {true, false}) {
            SessionStore store({m_data->path(), useKeychain, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
            const AccountKey key{QStringLiteral("a.example-443"), QStringLiteral("quick")};
            bool saved = false;
            bool deleted = false;
            store.saveToken(key, QStringLiteral("T"), &store, [&](const Status &) { saved = true; });
            store.deleteToken(key, &store, [&] { deleted = true; }); // sign-out before the save finished
            QTRY_VERIFY_WITH_TIMEOUT(saved && deleted, WaitMs);
            QVERIFY(!QFileInfo::exists(store.fallbackFile(key)));
            QVERIFY(!load(store, key));
            QVERIFY(store.accountsWithStoredTokens(key.serverId).isEmpty());
        }
    }

    void remembersServerAndAccounts()
    {
        SessionStore store({m_data->path(), false, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        QVERIFY(!store.lastServerUrl());
        QVERIFY(!store.lastAccount());
        store.setLastServerUrl(QUrl(QStringLiteral("https://clipdesk.example.org")));
        QCOMPARE(*store.lastServerUrl(), QUrl(QStringLiteral("https://clipdesk.example.org")));

        Session session;
        session.serverUrl = QUrl(QStringLiteral("https://clipdesk.example.org"));
        session.serverId = AccountPaths::serverId(session.serverUrl);
        session.token = QStringLiteral("t");
        session.user = {QStringLiteral("u-1"), QStringLiteral("a@example.org"), QStringLiteral("alice"), QStringLiteral("brand"),
                        QStringLiteral("Alice A.")};
        session.expiresAt = QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC);
        store.rememberAccount(session);
        store.setLastAccount(session.key());
        QCOMPARE(*store.lastAccount(), session.key());
        const auto remembered = store.rememberedAccount(session.key());
        QVERIFY(remembered);
        QCOMPARE(remembered->user, session.user);
        QCOMPARE(remembered->serverUrl, session.serverUrl);
        QCOMPARE(remembered->expiresAt, session.expiresAt);
        QVERIFY(!remembered->tokenStored);
        QVERIFY(store.accountsWithStoredTokens(session.serverId).isEmpty());
        QVERIFY(save(store, session.key(), session.token));
        QCOMPARE(store.accountsWithStoredTokens(session.serverId).size(), 1);
        QVERIFY(remove(store, session.key()));
        QVERIFY(store.accountsWithStoredTokens(session.serverId).isEmpty());
        store.clearLastAccount();
        QVERIFY(!store.lastAccount());
    }

    void controllerSignsInOutAndSwitches()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestApiClient api(server.baseUrl());
        const Testing::TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("switchbrand"));
        const Testing::TestUser clipper = api.registerUser(QStringLiteral("clipper"), QStringLiteral("switchclipper"));
        QVERIFY(brand.isValid() && clipper.isValid());

        SessionStore store({m_data->path(), true, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        SessionController controller(store);
        controller.setServer(server.baseUrl());
        QSignalSpy signedIn(&controller, &SessionController::signedIn);
        QSignalSpy signedOut(&controller, &SessionController::signedOut);

        const Session brandSession = signIn(server.baseUrl(), brand);
        QVERIFY(brandSession.isValid());
        controller.adopt(brandSession);
        QCOMPARE(controller.state(), SessionController::State::SignedIn);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(controller.session().user.role, QStringLiteral("brand"));
        QCOMPARE(controller.cacheFile(), store.paths().cacheFile(brandSession.key()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(store.fallbackFile(brandSession.key())), WaitMs);

        // Switching: the old account is signed out locally but keeps its stored token.
        const Session clipperSession = signIn(server.baseUrl(), clipper);
        controller.adopt(clipperSession);
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(signedIn.size(), 2);
        QCOMPARE(controller.session().user.id, clipper.id);
        QTRY_COMPARE_WITH_TIMEOUT(store.accountsWithStoredTokens(controller.serverId()).size(), 2, WaitMs);
        QCOMPARE(store.accountsWithStoredTokens(controller.serverId()).first().user.id, clipper.id);

        // Switching back needs no password.
        controller.resume(brandSession.key());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 3, WaitMs);
        QCOMPARE(signedOut.size(), 2);
        QCOMPARE(controller.session().user.id, brand.id);
        QVERIFY(controller.session().verified);
        QCOMPARE(controller.session().token, brandSession.token);

        // Signing out deletes the token and ends the session on the server.
        controller.signOut();
        QCOMPARE(signedOut.size(), 3);
        QCOMPARE(controller.state(), SessionController::State::SignedOut);
        QVERIFY(!QFileInfo::exists(store.fallbackFile(brandSession.key())));
        QVERIFY(!store.lastAccount());
        QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/api/v1/auth/me"), brandSession.token).status, 401, WaitMs);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), clipperSession.token).status, 200);

        // Resuming an account without a stored token says so and changes nothing.
        QSignalSpy resumeFailed(&controller, &SessionController::resumeFailed);
        controller.resume(brandSession.key());
        QVERIFY(resumeFailed.wait(WaitMs));
        QCOMPARE(controller.state(), SessionController::State::SignedOut);
    }

    void restoresAtStartOnlineOfflineAndRejected()
    {
        auto server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        const QUrl url = server->baseUrl();
        TestApiClient api(url);
        const Testing::TestUser user = api.registerUser(QStringLiteral("clipper"), QStringLiteral("restore"));
        SessionStore store({m_data->path(), true, QStringLiteral("ClipDeskTests"), std::chrono::seconds(10)});
        Session session = signIn(url, user);
        {
            SessionController first(store);
            first.setServer(url);
            first.adopt(session);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(store.fallbackFile(session.key())), WaitMs);
        }

        // Online: validated with GET /api/v1/auth/me.
        {
            SessionController next(store);
            next.setServer(url);
            QSignalSpy signedIn(&next, &SessionController::signedIn);
            next.restore();
            QCOMPARE(next.state(), SessionController::State::Restoring);
            QVERIFY(signedIn.wait(WaitMs));
            QVERIFY(next.session().verified);
            QCOMPARE(next.session().user.id, user.id);
            QVERIFY(next.notice().isEmpty());
        }

        // Offline: signed in with the remembered identity, verified once the server is back.
        const QString dataDir = server->dataDir();
        QVERIFY(server->stop());
        {
            SessionController offline(store);
            offline.setServer(url);
            QSignalSpy signedIn(&offline, &SessionController::signedIn);
            offline.restore();
            QVERIFY(signedIn.wait(WaitMs));
            QVERIFY(!offline.session().verified);
            QCOMPARE(offline.session().user.username, user.username);
            QVERIFY2(offline.notice().startsWith(QStringLiteral("Working offline")), qPrintable(offline.notice()));
            offline.verify();
            QTest::qWait(300);
            QVERIFY(offline.isSignedIn());
        }

        // Rejected: the token was revoked meanwhile, so the session ends with a note.
        ServerProcess again({}, dataDir);
        QVERIFY2(again.start(), qPrintable(again.errorString()));
        TestApiClient api2(again.baseUrl());
        QCOMPARE(api2.post(QStringLiteral("/api/v1/auth/logout"), {}, session.token).status, 204);
        {
            SessionController rejected(store);
            rejected.setServer(url); // the stored account belongs to the old address
            rejected.setServer(again.baseUrl(), AccountPaths::serverId(url));
            QSignalSpy stateChanged(&rejected, &SessionController::stateChanged);
            rejected.restore();
            QTRY_COMPARE_WITH_TIMEOUT(rejected.state(), SessionController::State::SignedOut, WaitMs);
            QVERIFY(!rejected.isSignedIn());
            QVERIFY2(rejected.notice().contains(QStringLiteral("has ended")), qPrintable(rejected.notice()));
            QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(store.fallbackFile(session.key())), WaitMs);
        }
    }

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_data;
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
