// The signed-in app shell per role over a real cache synced by the real engine from a real
// server: the role's pages in the sidebar, "Syncing your data…" until the first sync, Ctrl+N
// switching pages, the last page remembered, and the sync status in the status bar. Offscreen;
// screenshots shell-brand.png, shell-clipper.png, shell-admin.png.

#include "livecache.h"
#include "serverprocess.h"
#include "shell/appshell.h"
#include "sync/syncstatuswidget.h"
#include "syncactor.h"
#include "syncdevice.h"

#include <QListWidget>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestAppShell final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shellPerRole_data();
    void shellPerRole();
    void statusBarShowsOfflineAndPending();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    QHash<QString, TestUser> m_users;
};

void TestAppShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("ClipDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appshell"));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    const TestUser brand = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("northwind"));
    const TestUser clipper = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter"));
    const TestUser admin = m_api->createAdmin(*m_server, {});
    QVERIFY(brand.isValid() && clipper.isValid() && admin.isValid());
    m_users = {{QStringLiteral("brand"), brand}, {QStringLiteral("clipper"), clipper}, {QStringLiteral("admin"), admin}};
    SyncActor brandActor(m_api.get(), brand);
    for (const QString &name : {QStringLiteral("Summer drop"), QStringLiteral("Launch week"), QStringLiteral("Holiday reel")})
        QVERIFY(!brandActor.createActiveCampaign(name).isEmpty());
}

void TestAppShell::shellPerRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("firstPage");
    QTest::newRow("brand") << QStringLiteral("brand") << QStringLiteral("Campaigns");
    QTest::newRow("clipper") << QStringLiteral("clipper") << QStringLiteral("Discover");
    QTest::newRow("admin") << QStringLiteral("admin") << QStringLiteral("Users");
}

void TestAppShell::shellPerRole()
{
    QFETCH(QString, role);
    QFETCH(QString, firstPage);
    QSettings().clear();
    const TestUser user = m_users.value(role);
    SyncDevice device(m_dir.filePath(role + QStringLiteral(".db")), user, m_server->baseUrl());
    QVERIFY(device.isValid());

    QMainWindow window;
    auto *shell = new Ui::AppShell(device.context(), &device.engine(), &window);
    window.setCentralWidget(shell);
    window.statusBar()->addPermanentWidget(new Ui::SyncStatusWidget(device.engine(), window.statusBar()));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A fresh cache waits for the first sync, then shows the first page.
    QVERIFY(shell->isShowingSyncPlaceholder());
    QVERIFY(device.waitUntilSynced());
    QTRY_VERIFY(!shell->isShowingSyncPlaceholder());

    const QList<Ui::PageEntry> expected = Ui::AppShell::pagesFor(device.context().viewer.role);
    QCOMPARE(shell->sidebar()->count(), expected.size());
    QCOMPARE(shell->sidebar()->item(0)->text(), firstPage);
    QCOMPARE(shell->sidebar()->item(shell->sidebar()->count() - 1)->text(), QStringLiteral("Profile"));
    QCOMPARE(shell->currentPageId(), expected.first().id);

    // Ctrl+2 shows the second page; it is remembered for next time.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(shell->currentPageId(), expected.at(1).id);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(shell->currentPageId(), expected.at(0).id);
    saveScreenshot(window, QStringLiteral("shell-%1.png").arg(role));

    shell->showPage(expected.at(1).id);
    delete shell;
    Ui::AppShell again(device.context(), &device.engine());
    QCOMPARE(again.currentPageId(), expected.at(1).id);
    QVERIFY(!again.isShowingSyncPlaceholder()); // the cache has data now
}

void TestAppShell::statusBarShowsOfflineAndPending()
{
    const TestUser brand = m_users.value(QStringLiteral("brand"));
    QTemporaryDir dataDir;
    ServerProcess server({}, dataDir.path());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestUser user = api.registerUser(QStringLiteral("brand"), QStringLiteral("statusbar"));
    QVERIFY(user.isValid());
    SyncDevice device(m_dir.filePath(QStringLiteral("statusbar.db")), user, server.baseUrl());
    Ui::SyncStatusWidget status(device.engine());
    QVERIFY(device.waitUntilSynced());
    QCOMPARE(status.stateText(), QStringLiteral("Online"));
    QVERIFY(status.lastSyncText().startsWith(QStringLiteral("Last synced")));

    QVERIFY(server.stop());
    QVERIFY(device.queue().submit(QStringLiteral("campaign.create"),
                                  {{QStringLiteral("id"), TestApiClient::newId()},
                                   {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Queued offline")}}}}));
    QTRY_COMPARE_WITH_TIMEOUT(status.stateText(), QStringLiteral("Offline"), 15'000);
    QCOMPARE(status.pendingText(), QStringLiteral("1 pending change"));
    Q_UNUSED(brand)
}

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
