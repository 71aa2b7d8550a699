// The sign-in dialog, the forgotten-password dialog and the main window's session handling,
// driven with keys and clicks against the real clipdesk-server (offscreen).
#include "ui/mainwindow.h"
#include "ui/settings/languageswitcher.h"
#include "ui/settings/themeswitcher.h"
#include "ui/signin/forgotpassworddialog.h"
#include "ui/signin/messagebanner.h"
#include "ui/signin/passwordfield.h"
#include "ui/signin/signindialog.h"
#include "net/authclient.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"

#include "freeport.h"
#include "serverprocess.h"
#include "smtpsink.h"
#include "testapiclient.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Ui;
using ClipDesk::Testing::ServerProcess;
using ClipDesk::Testing::SmtpSink;
using ClipDesk::Testing::TestApiClient;
using ClipDesk::Testing::TestUser;
using namespace std::chrono_literals;

namespace {

constexpr int WaitMs = 20'000;
const QString Password = TestApiClient::DefaultPassword;
const QString PublicUrl = QStringLiteral("https://clipdesk.test");

template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(100); // let pending layout requests run, as they would before the next paint
    const QString path = dir + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void clickTab(SignInDialog &dialog, int index)
{
    QTabBar *bar = child<QTabWidget>(&dialog, "signInTabs")->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

// Radio buttons react only on their circle and text, not on the rest of a stretched row.
void clickRadio(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

QString visibleText(const QObject *parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label && label->isVisible() ? label->text() : QString();
}

void typeSignIn(SignInDialog &dialog, const QString &login, const QString &password)
{
    child<QLineEdit>(&dialog, "loginField")->clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, "loginField"), login);
    child<QLineEdit>(&dialog, "passwordField")->clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordField"), password);
}

QString resetCodeIn(const Testing::ReceivedMail &mail)
{
    static const QRegularExpression link(QStringLiteral(R"(\S+/reset\?token=[A-Za-z0-9_-]{43})"));
    return link.match(mail.text()).captured(0);
}

} // namespace

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/clipdesk-test-bus"); // no keychain
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ClipDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signindialog"));
        QVERIFY(m_sink.listen());
        const QString configPath = m_config.filePath(QStringLiteral("server.json"));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{
                                       {QStringLiteral("public_url"), PublicUrl},
                                       {QStringLiteral("auth"), QJsonObject{{QStringLiteral("max_attempts_per_account_per_hour"), 3}}},
                                       {QStringLiteral("smtp"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                            {QStringLiteral("port"), m_sink.port()},
                                                                            {QStringLiteral("from"), QStringLiteral("noreply@clipdesk.test")}}},
                                   })
                         .toJson());
        config.close();
        m_server = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--config"), configPath});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_server.reset();
    }

    void init() { QSettings().clear(); }

    void registersABrand()
    {
        SignInDialog dialog;
        dialog.setServer(m_server->baseUrl());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickTab(dialog, 1);
        QCOMPARE(dialog.mode(), SignInDialog::Mode::CreateAccount);
        QCOMPARE(child<QPushButton>(&dialog, "submitButton")->text(), QStringLiteral("Create Account"));

        const QString name = uniqueName(QStringLiteral("brand"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailField"), name + QStringLiteral("@example.com"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "usernameField"), name);
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordField"), Password);
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordField"), Password);
        clickRadio(child<QRadioButton>(&dialog, "brandRadio"));
        QVERIFY(child<QRadioButton>(&dialog, "brandRadio")->isChecked());
        saveScreenshot(dialog, QStringLiteral("register.png"));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QProgressBar>(&dialog, "signInProgress")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "emailField")->isEnabled());
        QVERIFY(accepted.wait(WaitMs));
        QCOMPARE(dialog.session().user.username, name);
        QCOMPARE(dialog.session().user.role, QStringLiteral("brand"));
        QVERIFY(dialog.session().isValid());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/auth/me"), dialog.session().token).status, 200);
    }

    void signsInWithUsernameAndWithEmail()
    {
        const TestUser user = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("signin"));
        QVERIFY(user.isValid());
        for (const QString &login : {user.username, user.email}) {
            SignInDialog dialog;
            dialog.setServer(m_server->baseUrl());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.mode(), SignInDialog::Mode::SignIn);
            typeSignIn(dialog, login, Password);
            auto *password = child<PasswordField>(&dialog, "passwordField");
            QCOMPARE(password->echoMode(), QLineEdit::Password);
            password->revealAction()->trigger();
            QCOMPARE(password->echoMode(), QLineEdit::Normal);
            password->revealAction()->trigger();
            QCOMPARE(password->echoMode(), QLineEdit::Password);
            if (login == user.username)
                saveScreenshot(dialog, QStringLiteral("signin.png"));
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::keyClick(child<QLineEdit>(&dialog, "passwordField"), Qt::Key_Return); // Enter submits
            QVERIFY(accepted.wait(WaitMs));
            QCOMPARE(dialog.session().user.id, user.id);
            QCOMPARE(dialog.session().user.role, QStringLiteral("clipper"));
        }
    }

    void wrongPasswordIsShownAtTheField()
    {
        const TestUser user = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("wrong"));
        SignInDialog dialog;
        dialog.setServer(m_server->baseUrl());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeSignIn(dialog, user.username, QStringLiteral("not my password at all"));
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(visibleText(&dialog, "passwordError"), QStringLiteral("The login or the password is wrong."), WaitMs);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QVERIFY(child<QLineEdit>(&dialog, "passwordField")->isEnabled());
        saveScreenshot(dialog, QStringLiteral("signin-error.png"));
        // Typing again clears the error.
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordField"), QStringLiteral("x"));
        QVERIFY(visibleText(&dialog, "passwordError").isEmpty());
    }

    void checksFieldsBeforeSending()
    {
        SignInDialog dialog;
        dialog.setServer(m_server->baseUrl());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(visibleText(&dialog, "loginError"), QStringLiteral("Enter your email address or username."));
        QCOMPARE(visibleText(&dialog, "passwordError"), QStringLiteral("Enter your password."));
        QVERIFY(!dialog.isBusy());

        clickTab(dialog, 1);
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailField"), QStringLiteral("not-an-address"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "usernameField"), QStringLiteral("ok-name"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordField"), QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(visibleText(&dialog, "emailError"), QStringLiteral("\"not-an-address\" is not a valid email address."));
        QVERIFY(visibleText(&dialog, "usernameError").isEmpty());
        QCOMPARE(visibleText(&dialog, "newPasswordError"), QStringLiteral("The password needs at least 12 characters."));
        QCOMPARE(visibleText(&dialog, "roleError"), QStringLiteral("Choose whether you join as a brand or as a clipper."));

        child<QLineEdit>(&dialog, "newPasswordField")->setText(Password);
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordField"), QStringLiteral("something else entirely"));
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(visibleText(&dialog, "confirmPasswordError"), QStringLiteral("The passwords do not match."));

        // The server address is checked too.
        child<QLineEdit>(&dialog, "serverField")->setText(QStringLiteral("clipdesk.example.org"));
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QVERIFY(visibleText(&dialog, "serverError").startsWith(QStringLiteral("Enter an address that starts with http://")));
    }

    void duplicateUsernameIsShownAtTheField()
    {
        const TestUser existing = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("taken"));
        SignInDialog dialog;
        dialog.setServer(m_server->baseUrl());
        dialog.setMode(SignInDialog::Mode::CreateAccount);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailField"), uniqueName(QStringLiteral("fresh")) + QStringLiteral("@example.com"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "usernameField"), existing.username);
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordField"), Password);
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordField"), Password);
        clickRadio(child<QRadioButton>(&dialog, "clipperRadio"));
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleText(&dialog, "usernameError").isEmpty(), WaitMs);
        QCOMPARE(visibleText(&dialog, "usernameError"), QStringLiteral("The username \"%1\" is already taken.").arg(existing.username));
        QVERIFY(visibleText(&dialog, "emailError").isEmpty());
        QVERIFY(dialog.bannerMessage().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "usernameField")->hasFocus() || !dialog.isActiveWindow());
    }

    void forgotPasswordSendsALinkAndResets()
    {
        const TestUser user = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("forgot"));
        const qsizetype mailsBefore = m_sink.messages().size();
        SignInDialog dialog;
        dialog.setServer(m_server->baseUrl());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "loginField"), user.email);
        QMetaObject::invokeMethod(child<QLabel>(&dialog, "forgotPasswordLink"), "linkActivated", Q_ARG(QString, QStringLiteral("#forgot")));
        auto *forgot = dialog.findChild<ForgotPasswordDialog *>();
        QVERIFY(forgot);
        QTRY_VERIFY(forgot->isVisible());
        QCOMPARE(forgot->email(), user.email);

        auto *auth = forgot->findChild<Net::AuthClient *>();
        QSignalSpy requested(auth, &Net::AuthClient::passwordResetRequested);
        QTest::mouseClick(child<QPushButton>(forgot, "sendLinkButton"), Qt::LeftButton);
        QVERIFY(requested.wait(WaitMs)); // only for a 2xx answer: the server said 202
        const QString sent = child<MessageBanner>(forgot, "linkSentBanner")->message();
        QVERIFY2(sent.startsWith(QStringLiteral("If an account exists for %1, we sent it a link").arg(user.email)), qPrintable(sent));
        saveScreenshot(*forgot, QStringLiteral("forgot-password.png"));

        QVERIFY(m_sink.waitForMessages(mailsBefore + 1));
        const QString link = resetCodeIn(m_sink.messages().constLast());
        QVERIFY(!link.isEmpty());
        const QString newPassword = QStringLiteral("a brand new passphrase");
        QTest::keyClicks(child<QLineEdit>(forgot, "resetCodeField"), link); // the whole link works
        QTest::keyClicks(child<QLineEdit>(forgot, "resetPasswordField"), newPassword);
        QTest::keyClicks(child<QLineEdit>(forgot, "resetConfirmField"), newPassword);
        QSignalSpy changed(forgot, &ForgotPasswordDialog::passwordChanged);
        QTest::keyClick(child<QLineEdit>(forgot, "resetConfirmField"), Qt::Key_Return);
        QVERIFY(changed.wait(WaitMs));
        QTRY_VERIFY(!dialog.findChild<ForgotPasswordDialog *>() || !dialog.findChild<ForgotPasswordDialog *>()->isVisible());
        QCOMPARE(dialog.bannerMessage(), QStringLiteral("Your password was changed. Sign in with the new password."));
        QCOMPARE(child<QLineEdit>(&dialog, "loginField")->text(), user.email);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordField"), newPassword);
        QTest::keyClick(child<QLineEdit>(&dialog, "passwordField"), Qt::Key_Return);
        QVERIFY(accepted.wait(WaitMs));
        QCOMPARE(dialog.session().user.id, user.id);
    }

    void unreachableServerIsOffline()
    {
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(Testing::freeLoopbackPort()));
        SignInDialog dialog;
        dialog.setServer(dead);
        dialog.show();
        typeSignIn(dialog, QStringLiteral("someone"), Password);
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.bannerMessage().isEmpty(), WaitMs);
        const QString message = dialog.bannerMessage();
        QVERIFY2(message.startsWith(QStringLiteral("The server at %1 refused the connection.").arg(dead.toDisplayString())),
                 qPrintable(message));
        QVERIFY(message.endsWith(QStringLiteral("Check the server address, or try again once you are online.")));
        QVERIFY(!dialog.isBusy());
        saveScreenshot(dialog, QStringLiteral("signin-offline.png"));

        // The same in the dark theme: the banner follows the palette.
        ThemeSwitcher theme;
        theme.apply(ThemeSwitcher::Theme::Dark);
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.bannerMessage().isEmpty(), WaitMs);
        saveScreenshot(dialog, QStringLiteral("signin-offline-dark.png"));
        theme.apply(ThemeSwitcher::Theme::System);
    }

    void busyCanBeCancelled()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SignInDialog dialog;
        dialog.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeSignIn(dialog, QStringLiteral("someone"), Password);
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!child<QPushButton>(&dialog, "submitButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "serverField")->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape); // stops the request, keeps the dialog
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.bannerMessage().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "loginField")->isEnabled());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape); // now closes
        QCOMPARE(rejected.size(), 1);
    }

    void rateLimitAndSuspensionAreExplained()
    {
        const TestUser limited = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("limit"));
        SignInDialog dialog;
        dialog.setServer(m_server->baseUrl());
        dialog.show();
        for (int attempt = 0; attempt < 4 && dialog.bannerMessage().isEmpty(); ++attempt) {
            typeSignIn(dialog, limited.username, QStringLiteral("wrong guess %1").arg(attempt));
            QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), WaitMs);
        }
        QVERIFY2(dialog.bannerMessage().startsWith(QStringLiteral("Too many attempts. Try again after ")), qPrintable(dialog.bannerMessage()));
        QVERIFY(dialog.bannerMessage().contains(QRegularExpression(QStringLiteral("\\d:\\d\\d"))));

        const TestUser flagged = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("flag"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("flag"));
            db.setDatabaseName(m_server->dataDir() + QStringLiteral("/clipdesk.db"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE users SET flagged_reason = 'Fake view counts' WHERE id = '%1'").arg(flagged.id)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("flag"));
        typeSignIn(dialog, flagged.username, Password);
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.bannerMessage().contains(QStringLiteral("Fake view counts")), WaitMs);
        QVERIFY(dialog.bannerMessage().startsWith(QStringLiteral("This account has been suspended")));
    }

    void demoServerIsFixedAndSavedAccountsResume()
    {
        QTemporaryDir data;
        Net::SessionStore store({data.path(), true, QStringLiteral("ClipDeskTests"), 10s});
        Net::SessionController sessions(store);
        const TestUser user = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("demo"));

        {
            SignInDialog dialog(&store);
            dialog.setServer(m_server->baseUrl(), QStringLiteral("demo"), true);
            dialog.show();
            QVERIFY(child<QLineEdit>(&dialog, "serverField")->isReadOnly());
            QVERIFY(!visibleText(&dialog, "serverNote").isEmpty());
            QVERIFY(dialog.findChildren<QPushButton *>(QStringLiteral("savedAccountButton")).isEmpty());
            typeSignIn(dialog, user.username, Password);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::keyClick(child<QLineEdit>(&dialog, "passwordField"), Qt::Key_Enter);
            QVERIFY(accepted.wait(WaitMs));
            QCOMPARE(dialog.session().serverId, QStringLiteral("demo"));
            sessions.adopt(dialog.session());
            QTRY_COMPARE_WITH_TIMEOUT(store.accountsWithStoredTokens(QStringLiteral("demo")).size(), 1, WaitMs);
        }
        // Next time the account is offered; picking it needs no password.
        SignInDialog dialog(&store);
        dialog.setServer(m_server->baseUrl(), QStringLiteral("demo"), true);
        dialog.show();
        const auto saved = dialog.findChildren<QPushButton *>(QStringLiteral("savedAccountButton"));
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first()->text().contains(QStringLiteral("@") + user.username));
        QTest::mouseClick(saved.first(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.chosenSavedAccount());
        QCOMPARE(dialog.chosenSavedAccount()->userId, user.id);
    }

    void mainWindowSignsInShowsWhoAndSignsOut()
    {
        QTemporaryDir data;
        Net::SessionStore store({data.path(), true, QStringLiteral("ClipDeskTests"), 10s});
        Net::SessionController sessions(store);
        ThemeSwitcher theme;
        LanguageSwitcher language;
        MainWindow window({sessions, theme, language});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setServerUrl(m_server->baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(window.serverStatus().kind, ServerStatus::Kind::Connected, WaitMs);
        auto *signOutAction = child<QAction>(&window, "signOutAction");
        QCOMPARE(child<QAction>(&window, "signInAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(signOutAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        QVERIFY(!signOutAction->isEnabled());

        const TestUser user = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("window"));
        QTest::mouseClick(child<QPushButton>(&window, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(window.signInDialog() && window.signInDialog()->isVisible());
        SignInDialog &dialog = *window.signInDialog();
        QCOMPARE(child<QLineEdit>(&dialog, "serverField")->text(), m_server->baseUrl().toDisplayString());
        QSignalSpy signedIn(&sessions, &Net::SessionController::signedIn);
        typeSignIn(dialog, user.username, Password);
        QTest::keyClick(child<QLineEdit>(&dialog, "passwordField"), Qt::Key_Return);
        QVERIFY(signedIn.wait(WaitMs));

        const QString expectedIdentity = QStringLiteral("%1 · Brand · 127.0.0.1:%2").arg(user.username).arg(m_server->port());
        QTRY_COMPARE(child<QLabel>(&window, "identityIndicator")->text(), expectedIdentity);
        QVERIFY(child<QLabel>(&window, "identityIndicator")->isVisible());
        QCOMPARE(child<QLabel>(&window, "signedInNameLabel")->text(), user.username);
        QCOMPARE(child<QLabel>(&window, "signedInRoleLabel")->text(), QStringLiteral("@%1 · Brand").arg(user.username));
        QTRY_VERIFY_WITH_TIMEOUT(store.usesFallback(), WaitMs);
        auto *storage = child<QLabel>(&window, "storageIndicator");
        QTRY_VERIFY(storage->isVisible());
        QVERIFY2(storage->toolTip().startsWith(QStringLiteral("The system keychain is not available; your session is stored in a file "
                                                              "only you can read: ")),
                 qPrintable(storage->toolTip()));
        QVERIFY(child<QLabel>(&window, "tokenStorageLabel")->text().contains(QStringLiteral("session.token")));
        QVERIFY(signOutAction->isEnabled());
        QVERIFY(!child<QAction>(&window, "signInAction")->isEnabled());
        saveScreenshot(window, QStringLiteral("mainwindow-signed-in.png"));

        // Switch Account… opens the dialog in its switching form.
        child<QAction>(&window, "switchAccountAction")->trigger();
        QTRY_VERIFY(window.signInDialog() && window.signInDialog()->isVisible());
        QCOMPARE(window.signInDialog()->windowTitle(), QStringLiteral("Switch Account"));
        window.signInDialog()->reject();
        QTRY_VERIFY(!window.signInDialog());

        QSignalSpy signedOut(&sessions, &Net::SessionController::signedOut);
        const QString token = sessions.session().token;
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(child<QLabel>(&window, "headingLabel")->text(), QStringLiteral("Signed out"));
        QVERIFY(child<QLabel>(&window, "headingLabel")->isVisible());
        QVERIFY(!child<QLabel>(&window, "identityIndicator")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(QStringLiteral("/api/v1/auth/me"), token).status, 401, WaitMs);
    }

private:
    QTemporaryDir m_config;
    SmtpSink m_sink;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
