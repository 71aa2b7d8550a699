// The Sync issues panel over real conflicts and rejections from the real server: plain-words
// titles, the server's message, both values of a conflicting field, Keep Mine re-submitting on
// top of the server's version, Discard dropping only after the user chose to. Offscreen;
// screenshot sync-issues-conflict.png.

#include "livecache.h"
#include "mutations.h"
#include "serverprocess.h"
#include "sync/changeset.h"
#include "brand/campaigneditordialog.h"
#include "brand/campaignissueeditor.h"
#include "sync/syncissuespanel.h"
#include "syncdevice.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

QJsonObject campaignRow(Sync::ClientCache &cache, const QString &id)
{
    auto row = cache.row(Sync::Entity::Campaign, id);
    return row && *row ? **row : QJsonObject();
}

qint64 versionOf(Sync::ClientCache &cache, const QString &id)
{
    return qMax<qint64>(campaignRow(cache, id).value(QLatin1String("version")).toInteger(), 1);
}

QJsonObject rename(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), name}}}};
}

} // namespace

class TestSyncIssues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conflictShowsBothValuesAndKeepMineWins();
    void rejectionShowsTheServersMessageAndDiscardRemovesIt();
    void editOpensTheEditorWithMyValuesAndSavingReplacesTheIssue();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
};

void TestSyncIssues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
}

void TestSyncIssues::conflictShowsBothValuesAndKeepMineWins()
{
    const TestUser brand = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("twodevices"));
    QVERIFY(brand.isValid());
    SyncDevice laptop(m_dir.filePath(QStringLiteral("laptop.db")), brand, m_server->baseUrl());
    SyncDevice desktop(m_dir.filePath(QStringLiteral("desktop.db")), brand, m_server->baseUrl());
    const QString id = TestApiClient::newId();
    QVERIFY(laptop.queue().submit(QStringLiteral("campaign.create"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Summer drop")}}}}));
    QVERIFY(laptop.waitUntilSynced());
    QVERIFY(desktop.waitUntilSynced());

    desktop.engine().stop(); // offline on the desktop
    const qint64 base = versionOf(desktop.cache(), id);
    QVERIFY(desktop.queue().submit(QStringLiteral("campaign.update"), rename(id, QStringLiteral("Winter drop")), base));
    QVERIFY(laptop.queue().submit(QStringLiteral("campaign.update"), rename(id, QStringLiteral("Autumn drop")), base));
    QVERIFY(laptop.waitUntilSynced());
    desktop.engine().start();
    QVERIFY(desktop.waitUntilSynced());

    Ui::SyncIssuesPanel panel(desktop.cache(), desktop.queue());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.issueCount(), 1);
    QVERIFY2(panel.list()->item(0)->text().startsWith(QStringLiteral("Edit campaign 'Autumn drop'")), qPrintable(panel.list()->item(0)->text()));
    QVERIFY(panel.list()->item(0)->text().contains(QStringLiteral("Conflict")));
    const QString detail = panel.detailText();
    QVERIFY2(detail.contains(QStringLiteral("Winter drop")), qPrintable(detail)); // mine
    QVERIFY2(detail.contains(QStringLiteral("Autumn drop")), qPrintable(detail)); // the server's
    QVERIFY(detail.contains(QStringLiteral("Your value")));
    saveScreenshot(panel, QStringLiteral("sync-issues-conflict.png"));

    // Keep Mine: the same change again, based on the server's version; the server takes it.
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("retryIssue")), Qt::LeftButton);
    QCOMPARE(panel.issueCount(), 0);
    QCOMPARE(desktop.pending(), 1);
    QVERIFY(desktop.waitUntilSynced());
    QCOMPARE(campaignRow(desktop.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Winter drop"));
    QVERIFY(laptop.waitUntilSynced());
    QCOMPARE(campaignRow(laptop.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Winter drop"));
}

void TestSyncIssues::editOpensTheEditorWithMyValuesAndSavingReplacesTheIssue()
{
    const TestUser brand = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("editissue"));
    QVERIFY(brand.isValid());
    SyncDevice laptop(m_dir.filePath(QStringLiteral("edit-laptop.db")), brand, m_server->baseUrl());
    SyncDevice desktop(m_dir.filePath(QStringLiteral("edit-desktop.db")), brand, m_server->baseUrl());
    const QString id = TestApiClient::newId();
    QVERIFY(laptop.queue().submit(QStringLiteral("campaign.create"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Launch")}}}}));
    QVERIFY(laptop.waitUntilSynced());
    QVERIFY(desktop.waitUntilSynced());
    desktop.engine().stop();
    const qint64 base = versionOf(desktop.cache(), id);
    QVERIFY(desktop.queue().submit(QStringLiteral("campaign.update"), rename(id, QStringLiteral("Launch (desktop)")), base));
    QVERIFY(laptop.queue().submit(QStringLiteral("campaign.update"), rename(id, QStringLiteral("Launch (laptop)")), base));
    QVERIFY(laptop.waitUntilSynced());
    desktop.engine().start();
    QVERIFY(desktop.waitUntilSynced());

    Ui::SyncIssuesPanel panel(desktop.cache(), desktop.queue());
    panel.setEditorFactory([&desktop](const Sync::OutboxEntry &issue, QWidget *parent) {
        return Ui::editCampaignIssue(desktop.context(), issue, parent);
    });
    panel.show();
    QCOMPARE(panel.issueCount(), 1);
    auto *edit = panel.findChild<QPushButton *>(QStringLiteral("editIssue"));
    QVERIFY(edit && edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *editor = panel.findChild<Ui::CampaignEditorDialog *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Launch (desktop)")); // mine, over the server's version
    auto changes = editor->changes();
    QVERIFY(changes);
    QCOMPARE(changes->value(QLatin1String("name")).toString(), QStringLiteral("Launch (desktop)"));
    saveScreenshot(*editor, QStringLiteral("sync-issue-edit.png"));

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Launch (merged)"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(panel.issueCount(), 0); // saving replaced the change
    QVERIFY(desktop.waitUntilSynced());
    QCOMPARE(campaignRow(desktop.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Launch (merged)"));
    auto issues = desktop.outbox().issues();
    QVERIFY(issues && issues->isEmpty());
    QVERIFY(laptop.waitUntilSynced());
    QCOMPARE(campaignRow(laptop.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Launch (merged)"));
}

void TestSyncIssues::rejectionShowsTheServersMessageAndDiscardRemovesIt()
{
    const TestUser brand = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("flagged"));
    const TestUser admin = m_api->createAdmin(*m_server, {}, QStringLiteral("issuesadmin"));
    QVERIFY(brand.isValid() && admin.isValid());
    SyncDevice device(m_dir.filePath(QStringLiteral("rejected.db")), brand, m_server->baseUrl());
    const QString id = TestApiClient::newId();
    QVERIFY(device.queue().submit(QStringLiteral("campaign.create"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("fields"), Mutations::activatableFields(QStringLiteral("Flag me"))}}));
    QVERIFY(device.waitUntilSynced());

    device.engine().stop();
    const PushOutcome flagged = m_api->push(admin.token, TestApiClient::newId(),
                                            {Mutations::admin(QStringLiteral("admin.flag_campaign"), id, QStringLiteral("Misleading brief"))});
    QVERIFY(flagged.arrived());
    QVERIFY(device.queue().submit(QStringLiteral("campaign.set_status"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")}}, versionOf(device.cache(), id)));
    device.engine().start();
    QVERIFY(device.waitUntilSynced());

    Ui::SyncIssuesPanel panel(device.cache(), device.queue());
    panel.show();
    QCOMPARE(panel.issueCount(), 1);
    QVERIFY2(panel.list()->item(0)->text().startsWith(QStringLiteral("Set campaign 'Flag me' to active")), qPrintable(panel.list()->item(0)->text()));
    auto issues = device.outbox().issues();
    QVERIFY(issues && issues->size() == 1 && issues->first().result);
    QVERIFY(panel.detailText().contains(issues->first().result->message));
    saveScreenshot(panel, QStringLiteral("sync-issues-rejected.png"));
    QCOMPARE(campaignRow(device.cache(), id).value(QLatin1String("status")).toString(), QStringLiteral("draft"));

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("discardIssue")), Qt::LeftButton);
    QCOMPARE(panel.issueCount(), 0);
    issues = device.outbox().issues();
    QVERIFY(issues && issues->isEmpty());
}

QTEST_MAIN(TestSyncIssues)
#include "tst_syncissues.moc"
