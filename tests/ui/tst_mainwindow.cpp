// The main window against a real clipdesk-server and a dead port, offscreen at 1280×800.
#include "ui/mainwindow.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"
#include "ui/settings/languageswitcher.h"
#include "ui/settings/themeswitcher.h"

#include "freeport.h"
#include "serverprocess.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using ClipDesk::Testing::ServerProcess;
using ClipDesk::Ui::MainWindow;
using ClipDesk::Ui::ServerStatus;
using namespace std::chrono_literals;

namespace {

constexpr int StatusTimeoutMs = 15'000;

QLabel *label(const MainWindow &window, const char *objectName)
{
    return window.findChild<QLabel *>(QLatin1String(objectName));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Window geometry goes to a private settings file, never to the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ClipDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        m_store = std::make_unique<ClipDesk::Net::SessionStore>(
            ClipDesk::Net::SessionStore::Options{m_config.path(), false, QStringLiteral("ClipDeskTests"), 10s});
        m_sessions = std::make_unique<ClipDesk::Net::SessionController>(*m_store);
        m_theme = std::make_unique<ClipDesk::Ui::ThemeSwitcher>();
    }

    void init() { QSettings().clear(); }

    void showsTheConnectedServer()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        MainWindow window(deps());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        window.setServerUrl(server.baseUrl());

        const QString expected = QStringLiteral("Connected to ClipDesk server %1 at %2")
                                     .arg(QStringLiteral(CLIPDESK_VERSION), server.baseUrl().toDisplayString());
        QTRY_COMPARE_WITH_TIMEOUT(label(window, "serverStatusLabel")->text(), expected, StatusTimeoutMs);
        QCOMPARE(window.serverStatus().kind, ServerStatus::Kind::Connected);
        QCOMPARE(window.serverStatus().serverVersion, QStringLiteral(CLIPDESK_VERSION));
        QCOMPARE(label(window, "serverAddressLabel")->text(), server.baseUrl().toDisplayString());
        QCOMPARE(label(window, "headingLabel")->text(), QStringLiteral("Signed out"));
        QVERIFY(label(window, "statusBarIndicator")->text().contains(QStringLiteral("Online")));
        QCOMPARE(window.statusBar()->currentMessage(), expected);
        QVERIFY(!label(window, "demoBadge")->isVisible());
        saveScreenshot(window, QStringLiteral("mainwindow-signed-out.png"));
    }

    void showsAnUnreachableServer()
    {
        const QUrl deadUrl(QStringLiteral("http://127.0.0.1:%1").arg(ClipDesk::Testing::freeLoopbackPort()));
        MainWindow window(deps());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setServerUrl(deadUrl);

        QTRY_COMPARE_WITH_TIMEOUT(window.serverStatus().kind, ServerStatus::Kind::Unreachable, StatusTimeoutMs);
        const QString text = label(window, "serverStatusLabel")->text();
        QVERIFY2(text.startsWith(QStringLiteral("Could not reach the server at %1: ").arg(deadUrl.toDisplayString())),
                 qPrintable(text));
        QVERIFY(label(window, "statusBarIndicator")->text().contains(QStringLiteral("Offline")));
        saveScreenshot(window, QStringLiteral("mainwindow-server-unreachable.png"));
    }

    void noticesWhenTheServerGoesAndComesBack()
    {
        auto server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        const QString dataDir = server->dataDir();
        const quint16 port = server->port();

        MainWindow window(deps());
        window.setRefreshInterval(200ms);
        window.show();
        window.setServerUrl(server->baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(window.serverStatus().kind, ServerStatus::Kind::Connected, StatusTimeoutMs);

        QVERIFY(server->stop());
        QTRY_COMPARE_WITH_TIMEOUT(window.serverStatus().kind, ServerStatus::Kind::Unreachable, StatusTimeoutMs);

        // Back on the same port and data, started by hand (ServerProcess always picks a fresh port).
        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        again.start(qEnvironmentVariable("CLIPDESK_SERVER_BINARY"),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data-dir"), dataDir});
        QVERIFY(again.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(window.serverStatus().kind == ServerStatus::Kind::Connected
                                     || again.state() == QProcess::NotRunning,
                                 StatusTimeoutMs);
        if (again.state() == QProcess::NotRunning)
            QSKIP("the old port was taken meanwhile; cannot restart on it");
        QCOMPARE(window.serverStatus().kind, ServerStatus::Kind::Connected);
        again.terminate(); // by PID (SIGTERM)
        QVERIFY(again.waitForFinished(10'000));
    }

    void showsTheBundledServerStates()
    {
        MainWindow window(deps());
        QSignalSpy changes(&window, &MainWindow::serverStatusChanged);
        window.setDemoMode(true);
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
        QVERIFY(label(window, "demoBadge")->isVisible());

        window.showServerStarting();
        QCOMPARE(window.serverStatus().kind, ServerStatus::Kind::Starting);
        QCOMPARE(label(window, "serverStatusLabel")->text(), QStringLiteral("Starting the bundled demo server…"));

        const QString failure = QStringLiteral("The ClipDesk server exited while starting (exit code 3).");
        window.showServerFailure(failure);
        QCOMPARE(window.serverStatus().kind, ServerStatus::Kind::Unreachable);
        QCOMPARE(label(window, "serverStatusLabel")->text(), failure);
        QCOMPARE(changes.size(), 2);
    }

    void menusAndAbout()
    {
        MainWindow window(deps());
        window.show();
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);

        QString aboutText;
        QTimer::singleShot(0, &window, [&aboutText] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            aboutText = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(aboutText.contains(QStringLiteral("ClipDesk %1").arg(QStringLiteral(CLIPDESK_VERSION))),
                 qPrintable(aboutText));
    }

    void remembersItsGeometry()
    {
        {
            MainWindow window(deps());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            QTRY_COMPARE(window.size(), QSize(1000, 700));
            window.close();
        }
        MainWindow reopened(deps());
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.size(), QSize(1000, 700));
    }

private:
    // The window's collaborators; one set for the whole test.
    MainWindow::Dependencies deps() { return {*m_sessions, *m_theme, m_language}; }

    QTemporaryDir m_config;
    std::unique_ptr<ClipDesk::Net::SessionStore> m_store;
    std::unique_ptr<ClipDesk::Net::SessionController> m_sessions;
    std::unique_ptr<ClipDesk::Ui::ThemeSwitcher> m_theme;
    ClipDesk::Ui::LanguageSwitcher m_language;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
