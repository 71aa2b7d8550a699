// ClipListModel over a real client cache filled through the PullApplier and the outbox's
// optimistic mutations: columns, roles, scopes, version filtering and live reloads, all under
// QAbstractItemModelTester.

#include "cachefixture.h"

#include "domain/clip.h"
#include "domain/cliprules.h"
#include "models/cliplistmodel.h"
#include "sync/outbox.h"
#include "sync/pullapplier.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
using ClipDesk::Ui::ClipListModel;
namespace Entity = ClipDesk::Sync::Entity;

namespace {

const QString Thumb = QStringLiteral("5d41402abc4b2a76b9719d911017c592aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

Domain::Clip clipOf(const QString &ownerId, const QString &title, Domain::ClipStatus status, qint64 updatedAtMs)
{
    Domain::Clip clip;
    clip.id = newId();
    clip.ownerId = ownerId;
    clip.title = title;
    clip.platform = QStringLiteral("tiktok");
    clip.status = status;
    clip.updatedAtMs = updatedAtMs;
    clip.version = 2;
    return clip;
}

int rowWithTitle(const ClipListModel &model, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row).value(QStringLiteral("title")).toString() == title)
            return row;
    }
    return -1;
}

} // namespace

class TestClipListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsClipsWithCampaignAndReview();
    void scopesAndVersions();
    void followsTheCacheLive();
};

void TestClipListModel::showsClipsWithCampaignAndReview()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString me = newId();
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    Domain::Clip rejected = clipOf(me, QStringLiteral("Too dark"), Domain::ClipStatus::Rejected, 2000);
    rejected.campaignId = campaign.id;
    rejected.brandId = campaign.brandId;
    rejected.reviewFeedback = QStringLiteral("Show the logo sooner");
    rejected.thumbnailSha256 = Thumb;
    rejected.mediaSha256 = Thumb;
    Domain::Clip draft = clipOf(me, QStringLiteral("Fresh draft"), Domain::ClipStatus::Draft, 3000);
    Domain::Clip published = clipOf(me, QStringLiteral("Live"), Domain::ClipStatus::Published, 1000);
    published.postedUrl = QStringLiteral("https://www.tiktok.com/@me/video/1");
    published.campaignId = newId(); // a campaign no longer cached
    QVERIFY(Sync::PullApplier(*cache).apply(page({upsert(Entity::Campaign, campaign.id, campaignRow(campaign), 1),
                                                  upsert(Entity::Clip, rejected.id, Domain::clipToJson(rejected), 2),
                                                  upsert(Entity::Clip, draft.id, Domain::clipToJson(draft), 3),
                                                  upsert(Entity::Clip, published.id, Domain::clipToJson(published), 4)},
                                                 4)));

    ClipListModel model(*cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ClipListModel::ColumnCount));
    QCOMPARE(model.headerData(ClipListModel::CampaignColumn, Qt::Horizontal).toString(), QStringLiteral("Campaign"));
    // Newest change first.
    QCOMPARE(model.index(0, ClipListModel::TitleColumn).data().toString(), QStringLiteral("Fresh draft"));
    QCOMPARE(model.index(2, ClipListModel::TitleColumn).data().toString(), QStringLiteral("Live"));

    const int row = rowWithTitle(model, QStringLiteral("Too dark"));
    QCOMPARE(row, 1);
    QCOMPARE(model.index(row, ClipListModel::CampaignColumn).data().toString(), campaign.name);
    QCOMPARE(model.index(row, ClipListModel::StatusColumn).data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(model.index(row, ClipListModel::PlatformColumn).data().toString(), QStringLiteral("TikTok"));
    QVERIFY(!model.index(row, ClipListModel::UpdatedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(row, ClipListModel::UpdatedColumn).data(ClipListModel::SortRole).toLongLong(), 2000);
    QCOMPARE(model.index(row, 0).data(ClipListModel::StatusRole).toString(), QStringLiteral("rejected"));
    QCOMPARE(model.index(row, 0).data(ClipListModel::ReviewFeedbackRole).toString(), QStringLiteral("Show the logo sooner"));
    QVERIFY(model.index(row, ClipListModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("Show the logo sooner")));
    QCOMPARE(model.index(row, 0).data(ClipListModel::ThumbnailSha256Role).toString(), Thumb);
    QCOMPARE(model.index(row, 0).data(ClipListModel::CampaignIdRole).toString(), campaign.id);
    QCOMPARE(model.index(row, 0).data(ClipListModel::CampaignNameRole).toString(), campaign.name);
    QCOMPARE(model.index(row, 0).data(ClipListModel::IdRole).toString(), rejected.id);
    QCOMPARE(model.index(row, 0).data(ClipListModel::VersionRole).toLongLong(), 2);
    QCOMPARE(model.index(0, ClipListModel::CampaignColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(2, ClipListModel::CampaignColumn).data().toString(), QStringLiteral("(campaign not cached)"));
    QCOMPARE(model.index(2, 0).data(ClipListModel::PostedUrlRole).toString(), published.postedUrl);
    QVERIFY(model.roleNames().contains(ClipListModel::ThumbnailSha256Role));
}

void TestClipListModel::scopesAndVersions()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString me = newId();
    const QString brand = newId();
    Domain::Clip first = clipOf(me, QStringLiteral("Take one"), Domain::ClipStatus::Rejected, 1000);
    first.brandId = brand;
    Domain::Clip second = Domain::ClipRules::newVersionOf(first, newId(), 2000);
    second.title = QStringLiteral("Take two");
    second.status = Domain::ClipStatus::Submitted;
    second.brandId = brand;
    const Domain::Clip someoneElse = clipOf(newId(), QStringLiteral("Not mine"), Domain::ClipStatus::Submitted, 1500);
    QVERIFY(Sync::PullApplier(*cache).apply(page({upsert(Entity::Clip, first.id, Domain::clipToJson(first), 1),
                                                  upsert(Entity::Clip, second.id, Domain::clipToJson(second), 2),
                                                  upsert(Entity::Clip, someoneElse.id, Domain::clipToJson(someoneElse), 3)},
                                                 3)));
    ClipListModel model(*cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(QStringLiteral("k.owner_id = ?"), {me});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ClipListModel::TitleColumn).data().toString(), QStringLiteral("Take two (version 2)"));
    QCOMPARE(model.index(0, 0).data(ClipListModel::VersionNumberRole).toInt(), 2);
    QCOMPARE(model.index(0, 0).data(ClipListModel::PreviousClipIdRole).toString(), first.id);
    model.setLatestVersionsOnly(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowAt(0).value(QStringLiteral("id")).toString(), second.id);
    // A brand's review queue.
    model.setLatestVersionsOnly(false);
    model.setScope(QStringLiteral("k.brand_id = ? AND k.status = 'submitted'"), {brand});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(second.id), 0);
    model.setScope({});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.lastError().isEmpty());
}

void TestClipListModel::followsTheCacheLive()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString me = newId();
    Sync::Outbox outbox(*cache, Sync::Viewer{me, Domain::Role::Clipper});
    ClipListModel model(*cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(QStringLiteral("k.owner_id = ?"), {me});
    QCOMPARE(model.rowCount(), 0);

    // An offline edit shows at once.
    const QString id = newId();
    QVERIFY(outbox.enqueue(mutation(QStringLiteral("clip.create"),
                                    {{QStringLiteral("id"), id},
                                     {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Offline")}}}})));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClipListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
    QVERIFY(outbox.enqueue(mutation(QStringLiteral("clip.update"),
                                    {{QStringLiteral("id"), id},
                                     {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")}}}})));
    QCOMPARE(model.index(0, ClipListModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));
    // The server's row replaces the prediction; a tombstone removes it.
    Domain::Clip server = clipOf(me, QStringLiteral("Renamed"), Domain::ClipStatus::Uploading, 5000);
    server.id = id;
    QVERIFY(outbox.markResult(Sync::MutationResult::ok(outbox.pending().value().at(0).mutation.id)));
    QVERIFY(outbox.markResult(Sync::MutationResult::ok(outbox.pending().value().at(0).mutation.id)));
    QVERIFY(Sync::PullApplier(*cache, &outbox).apply(page({upsert(Entity::Clip, id, Domain::clipToJson(server), 7)}, 7)));
    QCOMPARE(model.index(0, ClipListModel::StatusColumn).data().toString(), QStringLiteral("Uploading"));
    QVERIFY(Sync::PullApplier(*cache, &outbox).apply(page({tombstone(Entity::Clip, id, 8)}, 8)));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestClipListModel)
#include "tst_cliplistmodel.moc"
