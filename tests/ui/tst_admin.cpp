// The admin's Users, Campaigns and Audit log pages over a real cache filled from a real server:
// flagging asks for a mandatory reason and queues the admin mutation; after a push and a pull
// the audit log shows the entry. Offscreen.

#include "admin/adminpages.h"
#include "admin/auditlogpage.h"
#include "admin/flaggabletablepage.h"
#include "admin/flagreasondialog.h"
#include "livecache.h"
#include "models/accountlistmodel.h"
#include "models/auditlogmodel.h"
#include "models/campaignlistmodel.h"
#include "serverprocess.h"
#include "signin/messagebanner.h"
#include "syncactor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester();
    void usersTableSearches();
    void flaggingNeedsAReasonAndQueuesTheMutation();
    void auditLogShowsEntriesAfterSync();

private:
    QWidget *createPage(const QString &id);
    int rowOf(QTableView *view, int column, const QString &text);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    SyncActor m_brand;
    TestUser m_admin;
    TestUser m_clipper;
    QString m_campaign;
    std::unique_ptr<LiveCache> m_live;
};

void TestAdmin::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    m_admin = m_api->createAdmin(*m_server, {});
    QVERIFY(m_admin.isValid());
    m_brand = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("brand"), QStringLiteral("acme")));
    m_clipper = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter"));
    QVERIFY(m_brand.isValid() && m_clipper.isValid());
    m_campaign = m_brand.createActiveCampaign(QStringLiteral("Spring launch"));
    QVERIFY(!m_brand.createActiveCampaign(QStringLiteral("Quiet draft"), QStringLiteral("private")).isEmpty());
    QVERIFY(!m_campaign.isEmpty());
    m_live = std::make_unique<LiveCache>(*m_api, m_admin);
    QVERIFY(m_live->isValid());
    QVERIFY(m_live->pull());
}

QWidget *TestAdmin::createPage(const QString &id)
{
    for (const Ui::PageEntry &entry : Ui::adminPages()) {
        if (entry.id == id) {
            if (entry.title.isEmpty() || entry.shortcut.isEmpty())
                return nullptr;
            QWidget *page = entry.create(m_live->context(), nullptr);
            page->resize(1100, 700);
            page->show();
            return page;
        }
    }
    return nullptr;
}

int TestAdmin::rowOf(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestAdmin::modelsPassTheTester()
{
    Ui::AccountListModel accounts(m_live->cache());
    QAbstractItemModelTester accountTester(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(accounts.rowCount() >= 3);
    Ui::AuditLogModel audit(m_live->cache());
    QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    accounts.reload();
    audit.reload();
    QCOMPARE(accounts.lastError(), QString());
}

void TestAdmin::usersTableSearches()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("admin.users")));
    auto *page = qobject_cast<Ui::FlaggableTablePage *>(widget.get());
    QVERIFY(page);
    QTableView *view = page->view();
    QVERIFY(view->model()->rowCount() >= 3); // admin, brand, clipper
    QVERIFY(rowOf(view, Ui::AccountListModel::UsernameColumn, m_clipper.username) >= 0);
    QVERIFY(!page->flagAction()->isEnabled()); // nothing selected
    QVERIFY(page->flagAction()->toolTip().contains(page->flagAction()->shortcut().toString(QKeySequence::NativeText)));

    QTest::keyClicks(page->searchField(), m_clipper.username);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, Ui::AccountListModel::EmailColumn).data().toString(), m_clipper.email);
    page->searchField()->clear();
    view->selectRow(rowOf(view, Ui::AccountListModel::UsernameColumn, m_clipper.username));
    QVERIFY(page->flagAction()->isEnabled());
    QVERIFY(!page->unflagAction()->isEnabled()); // not flagged
    saveScreenshot(*page, QStringLiteral("admin-users.png"));
}

void TestAdmin::flaggingNeedsAReasonAndQueuesTheMutation()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("admin.campaigns")));
    auto *page = qobject_cast<Ui::FlaggableTablePage *>(widget.get());
    QVERIFY(page);
    QTableView *view = page->view();
    QCOMPARE(view->model()->rowCount(), 2); // public and private campaigns alike
    const int row = rowOf(view, 0, QStringLiteral("Spring launch"));
    QVERIFY(row >= 0);
    view->selectRow(row);
    QVERIFY(page->flagAction()->isEnabled());
    page->flagAction()->trigger();

    auto *dialog = page->findChild<Ui::FlagReasonDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a reason is mandatory
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no reason
    dialog->reasonEdit()->clear();
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Misleading payout claims"));
    QVERIFY(ok->isEnabled());
    saveScreenshot(*dialog, QStringLiteral("admin-flag-dialog.png"));
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(m_live->pendingNames(), QStringList{QStringLiteral("admin.flag_campaign")});
    QCOMPARE(page->banner()->kind(), Ui::MessageBanner::Kind::Success);
    // The optimistic effect: the cached row is flagged, and Unflag… is available.
    auto cached = m_live->cache().row(QStringLiteral("campaign"), m_campaign);
    QVERIFY(cached && cached->has_value());
    QCOMPARE((**cached).value(QStringLiteral("flagged_reason")).toString(), QStringLiteral("Misleading payout claims"));
    // Still selected after the cache change; Unflag… is now available.
    QCOMPARE(view->selectionModel()->currentIndex().row(), rowOf(view, 0, QStringLiteral("Spring launch")));
    QTRY_VERIFY(page->unflagAction()->isEnabled());
    QVERIFY(view->model()->index(view->selectionModel()->currentIndex().row(), 0).data(Qt::ToolTipRole).toString()
                .contains(QStringLiteral("Misleading payout claims")));

    // The state filter narrows to flagged campaigns.
    page->stateFilter()->setCurrentIndex(2);
    QCOMPARE(view->model()->rowCount(), 1);
    page->stateFilter()->setCurrentIndex(0);
    view->selectRow(rowOf(view, 0, QStringLiteral("Spring launch")));
    saveScreenshot(*page, QStringLiteral("admin-campaigns.png"));
}

void TestAdmin::auditLogShowsEntriesAfterSync()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("admin.audit")));
    auto *page = qobject_cast<Ui::AuditLogPage *>(widget.get());
    QVERIFY(page);
    QCOMPARE(page->view()->model()->rowCount(), 0);
    QVERIFY(page->view()->isHidden()); // the empty state shows instead

    // One more flag, straight through the API, so that the log has two entries to order.
    QCOMPARE(SyncActor::status(SyncActor(m_api.get(), m_admin).run(
                 TestApiClient::mutation(QStringLiteral("admin.flag_user"),
                                         {{QStringLiteral("id"), m_clipper.id}, {QStringLiteral("reason"), QStringLiteral("Spam")}}))),
             QStringLiteral("ok"));
    QTest::qWait(20); // the queued campaign flag reaches the server later: it is the newest entry
    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0);
    QTRY_COMPARE(page->view()->model()->rowCount(), 2);
    QVERIFY(page->view()->isVisible());
    QAbstractItemModel *model = page->view()->model();
    QCOMPARE(model->index(0, Ui::AuditLogModel::ReasonColumn).data().toString(), QStringLiteral("Misleading payout claims"));
    QCOMPARE(model->index(1, Ui::AuditLogModel::ReasonColumn).data().toString(), QStringLiteral("Spam"));
    QCOMPARE(model->index(0, Ui::AuditLogModel::AdminColumn).data().toString(), m_admin.username);
    QVERIFY(model->index(0, Ui::AuditLogModel::TargetColumn).data().toString().contains(QStringLiteral("Spring launch")));
    QVERIFY(model->index(1, Ui::AuditLogModel::TargetColumn).data().toString().contains(m_clipper.username));

    QTest::keyClicks(page->searchField(), QStringLiteral("misleading"));
    QCOMPARE(model->rowCount(), 1);
    page->searchField()->clear();
    saveScreenshot(*page, QStringLiteral("audit-log.png"));
}

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
