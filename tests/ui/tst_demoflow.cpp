// The app side of the demo: the main window against a server seeded with `--demo`, signed in as
// the demo brand through the real sign-in, the shell syncing the demo world, and the Demo menu
// switching to the demo clipper and the demo admin; the demo brand's submissions arrive with the
// thumbnails of their generated videos. Offscreen; screenshots demo-*.png.

#include "demowindow.h"
#include "livecache.h"
#include "net/demoaccounts.h"
#include "net/sessioncontroller.h"
#include "shell/appshell.h"
#include "shell/accountworkspace.h"
#include "shell/workspacehost.h"
#include "sync/clientcache.h"
#include "sync/imagestore.h"
#include "sync/offlinemediastore.h"
#include "sync/syncengine.h"
#include "sync/syncstatuswidget.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestDemoFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoSignsInAndSwitchesRoles();

};

void TestDemoFlow::demoSignsInAndSwitchesRoles()
{
    DemoWindow demo;
    QVERIFY2(demo.start(QStringLiteral("tst_demoflow")), qPrintable(demo.errorString()));
    Net::SessionController &sessions = demo.sessions();
    Ui::MainWindow &window = demo.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::WorkspaceHost *host = window.workspaceHost();

    host->signInAsDemo(Net::DemoAccounts::BrandLogin);
    QTRY_VERIFY_WITH_TIMEOUT(host->shell() != nullptr, 20'000);
    QCOMPARE(sessions.session().user.username, QString(Net::DemoAccounts::BrandLogin));
    QVERIFY(QFileInfo(host->workspace()->cacheFile()).absoluteFilePath() == QFileInfo(sessions.cacheFile()).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(host->workspace()->engine().hasCompletedSync(), 60'000);
    QTRY_VERIFY(!host->shell()->isShowingSyncPlaceholder());
    QCOMPARE(host->shell()->sidebar()->item(0)->text(), QStringLiteral("Campaigns"));
    QVERIFY(host->workspace()->engine().rowsApplied() > 0);
    QTRY_COMPARE(host->statusWidget()->stateText(), QStringLiteral("Online"));
    saveScreenshot(window, QStringLiteral("demo-brand.png"));

    // The submissions have videos: their thumbnails (540x960 frames) come down with the sync.
    auto clips = host->workspace()->cache().rows(QStringLiteral("clip"));
    QVERIFY(clips && !clips->isEmpty());
    Sync::ImageStore images(host->workspace()->cache());
    for (const QJsonObject &clip : std::as_const(*clips)) {
        const QString thumbnail = clip.value(QStringLiteral("thumbnail_sha256")).toString();
        QVERIFY2(!thumbnail.isEmpty(), qPrintable(clip.value(QStringLiteral("title")).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(images.image(thumbnail).value_or(std::nullopt).has_value(), 20'000);
        const QImage picture = QImage::fromData(*images.image(thumbnail).value());
        QVERIFY(picture.height() > picture.width());
    }
    for (int row = 0; row < host->shell()->sidebar()->count(); ++row) {
        if (host->shell()->sidebar()->item(row)->text() == u"Submissions")
            host->shell()->sidebar()->setCurrentRow(row);
    }
    QTest::qWait(300);
    saveScreenshot(window, QStringLiteral("demo-submissions.png"));
    // Make available offline (Ctrl+D) fetches the selected clip's video for playback.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_D, Qt::ControlModifier);
    Sync::OfflineMediaStore offline(host->workspace()->cache());
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(offline.directory()).entryList({QStringLiteral("*.mp4")}, QDir::Files).isEmpty(), 30'000);
    QTest::qWait(500);
    saveScreenshot(window, QStringLiteral("demo-submission-offline.png"));

    // Demo → Sign In as Demo Clipper.
    auto *demoMenu = window.findChild<QMenu *>(QStringLiteral("demoMenu"));
    QVERIFY(demoMenu);
    QCOMPARE(demoMenu->actions().size(), 3);
    demoMenu->actions().at(1)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(sessions.session().user.username, QString(Net::DemoAccounts::ClipperLogin), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(host->shell() && host->workspace()->engine().hasCompletedSync(), 60'000);
    QCOMPARE(host->shell()->sidebar()->item(0)->text(), QStringLiteral("Discover"));
    saveScreenshot(window, QStringLiteral("demo-clipper.png"));

    demoMenu->actions().at(2)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(sessions.session().user.username, QString(Net::DemoAccounts::AdminLogin), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(host->shell() && host->workspace()->engine().hasCompletedSync(), 60'000);
    QCOMPARE(host->shell()->sidebar()->item(0)->text(), QStringLiteral("Users"));
    saveScreenshot(window, QStringLiteral("demo-admin.png"));

    // F5 syncs now.
    QSignalSpy synced(&host->workspace()->engine(), &Sync::SyncEngine::synced);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(synced.wait(20'000));
}

QTEST_MAIN(TestDemoFlow)
#include "tst_demoflow.moc"
