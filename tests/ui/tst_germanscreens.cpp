// The app in German at 1280×800: the demo brand, clipper and admin signed in, every sidebar page
// shown and saved as de-<role>-<page>.png for a person to check for cut-off text. Buttons and
// single-line labels narrower than their text are listed (qInfo) as candidates. Offscreen.

#include "demowindow.h"
#include "livecache.h"
#include "net/demoaccounts.h"
#include "net/sessioncontroller.h"
#include "shell/appshell.h"
#include "shell/accountworkspace.h"
#include "shell/workspacehost.h"
#include "sync/syncengine.h"
#include "ui/mainwindow.h"
#include "ui/settings/languageswitcher.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

// Visible buttons and one-line plain labels that are narrower than their text needs.
QStringList squeezedTexts(const QWidget &window)
{
    QStringList squeezed;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            squeezed.append(QStringLiteral("button \"%1\": %2 < %3").arg(button->text()).arg(button->width()).arg(button->minimumSizeHint().width()));
    }
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        QString shown = label->text();
        if (label->buddy())
            shown.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
        const int needed = label->fontMetrics().horizontalAdvance(shown);
        if (label->isVisible() && !label->wordWrap() && label->textFormat() != Qt::RichText && !shown.isEmpty() && label->width() < needed)
            squeezed.append(QStringLiteral("label \"%1\": %2 < %3").arg(shown).arg(label->width()).arg(needed));
    }
    return squeezed;
}

} // namespace

class TestGermanScreens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageInGerman();

private:
    void visitPages(Ui::MainWindow &window, const QString &role);
};

void TestGermanScreens::visitPages(Ui::MainWindow &window, const QString &role)
{
    Ui::WorkspaceHost *host = window.workspaceHost();
    QTRY_VERIFY_WITH_TIMEOUT(host->shell() && host->workspace()->engine().hasCompletedSync(), 60'000);
    QTRY_VERIFY(!host->shell()->isShowingSyncPlaceholder());
    QListWidget *sidebar = host->shell()->sidebar();
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        QTest::qWait(200);
        saveScreenshot(window, QStringLiteral("de-%1-%2.png").arg(role).arg(row));
        for (const QString &text : squeezedTexts(window))
            qInfo("%s page %d (%s): %s", qPrintable(role), row, qPrintable(sidebar->item(row)->text()), qPrintable(text));
    }
}

void TestGermanScreens::everyPageInGerman()
{
    DemoWindow demo;
    QVERIFY2(demo.start(QStringLiteral("tst_germanscreens")), qPrintable(demo.errorString()));
    demo.language().apply(QStringLiteral("de"));
    Net::SessionController &sessions = demo.sessions();
    Ui::MainWindow &window = demo.window();
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::WorkspaceHost *host = window.workspaceHost();

    host->signInAsDemo(Net::DemoAccounts::BrandLogin);
    QTRY_VERIFY_WITH_TIMEOUT(host->shell() != nullptr, 20'000);
    visitPages(window, QStringLiteral("brand"));
    QCOMPARE(host->shell()->sidebar()->item(0)->text(), QStringLiteral("Kampagnen"));

    auto *demoMenu = window.findChild<QMenu *>(QStringLiteral("demoMenu"));
    QVERIFY(demoMenu);
    demoMenu->actions().at(1)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(sessions.session().user.username, QString(Net::DemoAccounts::ClipperLogin), 20'000);
    visitPages(window, QStringLiteral("clipper"));
    QCOMPARE(host->shell()->sidebar()->item(0)->text(), QStringLiteral("Entdecken"));

    demoMenu->actions().at(2)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(sessions.session().user.username, QString(Net::DemoAccounts::AdminLogin), 20'000);
    visitPages(window, QStringLiteral("admin"));
    QCOMPARE(host->shell()->sidebar()->item(0)->text(), QStringLiteral("Benutzer"));
}

QTEST_MAIN(TestGermanScreens)
#include "tst_germanscreens.moc"
