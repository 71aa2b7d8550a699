// The client cache file: schema, client id and cursor persistence, and applying pull pages
// (upserts, tombstones, idempotent re-apply, all-or-nothing pages).

#include "cachefixture.h"

#include "storage/database.h"
#include "sync/cacherowwriter.h"
#include "sync/pullapplier.h"
#include "sync/rowtextscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
using Sync::Entity::Campaign;
using Sync::Entity::Offer;

namespace {

QStringList columnsOf(Sync::ClientCache &cache, const QString &table)
{
    QStringList columns;
    auto query = cache.database().exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query && query->next())
        columns.append(query->value(1).toString());
    return columns;
}

QVariant scalar(Sync::ClientCache &cache, const QString &sql, const QVariantList &args = {})
{
    const auto row = cache.database().queryOne(sql, args);
    if (!row || !*row)
        return {};
    return (*row)->value(0);
}

QJsonObject profileRow(const QString &userId, const QString &name)
{
    return {{QStringLiteral("user_id"), userId},   {QStringLiteral("username"), name.toLower()},
            {QStringLiteral("display_name"), name}, {QStringLiteral("role"), QStringLiteral("clipper")},
            {QStringLiteral("category"), QStringLiteral("gaming")}, {QStringLiteral("niche"), QStringLiteral("speedruns")},
            {QStringLiteral("reach"), 120000},     {QStringLiteral("version"), 2}};
}

} // namespace

class TestClientCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsVersionedSchemaWithDurableSettings();
    void keepsClientIdAndCursorAcrossReopen();
    void refusesNegativeCursor();
    void appliesUpsertsIntoColumnsAndRowJson();
    void upsertReplacesTheWholeRow();
    void tombstonesRemoveRows();
    void reapplyingAPageIsIdempotent();
    void failingPageLeavesOldStateAndCursor_data();
    void failingPageLeavesOldStateAndCursor();
    void refusesPageBehindTheCursor();
    void appliesPagesDecodedFromProtocolJson();
    void readsIsoTimesIntoEpochColumns();
    void listsRowsWithConditionsAndOrder();
    void appliesLargePagesWithinOneTransaction();
    void appliesReplyBodiesKeepingTheServersRowText();
    void scansRowTextsOnlyFromWellFormedPages();
    void bothBindingPathsWriteTheSameRows();
};

void TestClientCache::createsVersionedSchemaWithDurableSettings()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    QCOMPARE(cache->currentSchemaVersion().value_or(-1), Sync::ClientCache::schemaVersion());
    QVERIFY(Sync::ClientCache::schemaVersion() >= 1);

    QCOMPARE(scalar(*cache, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*cache, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL

    const QStringList campaignColumns = columnsOf(*cache, QStringLiteral("campaigns"));
    for (const char *column : {"id", "brand_id", "name", "status", "category", "visibility", "budget_minor", "currency",
                               "cpm_rate_minor", "per_clip_minor", "payout_model", "platforms", "starts_at", "ends_at",
                               "flagged_reason", "is_template", "updated_at", "version", "row_json"})
        QVERIFY2(campaignColumns.contains(QString::fromLatin1(column)), column);
    const QStringList offerColumns = columnsOf(*cache, QStringLiteral("offers"));
    for (const char *column : {"id", "thread_id", "campaign_id", "brand_id", "clipper_id", "kind", "round", "author_role",
                               "status", "per_clip_minor", "cpm_rate_minor", "created_at", "version", "row_json"})
        QVERIFY2(offerColumns.contains(QString::fromLatin1(column)), column);
    for (const char *table : {"memberships", "profiles", "notifications", "accounts", "audit_entries", "sync_state",
                              "outbox", "server_rows"})
        QVERIFY2(!columnsOf(*cache, QString::fromLatin1(table)).isEmpty(), table);
    QVERIFY(columnsOf(*cache, QStringLiteral("outbox")).contains(QStringLiteral("result_json")));
    QVERIFY(scalar(*cache, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'campaigns'"))
                .toInt() >= 4);

    // Reopening an up-to-date file migrates nothing and keeps the version.
    cache.reset();
    cache = openCache(dir);
    QVERIFY(cache);
    QCOMPARE(cache->currentSchemaVersion().value_or(-1), Sync::ClientCache::schemaVersion());
}

void TestClientCache::keepsClientIdAndCursorAcrossReopen()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString clientId = cache->clientId();
    QVERIFY(!QUuid::fromString(clientId).isNull());
    QCOMPARE(cache->cursor().value_or(-1), 0);
    QVERIFY(cache->setCursor(1041).has_value());
    cache.reset();

    cache = openCache(dir);
    QVERIFY(cache);
    QCOMPARE(cache->clientId(), clientId);
    QCOMPARE(cache->cursor().value_or(-1), 1041);

    QTemporaryDir otherDir;
    auto other = openCache(otherDir);
    QVERIFY(other);
    QVERIFY(other->clientId() != clientId); // one id per installation and account
}

void TestClientCache::refusesNegativeCursor()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const auto set = cache->setCursor(-1);
    QVERIFY(!set);
    QCOMPARE(set.error().code, QStringLiteral("invalid_argument"));
    QCOMPARE(cache->cursor().value_or(-1), 0);
}

void TestClientCache::appliesUpsertsIntoColumnsAndRowJson()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString brand = newId();
    const QString clipper = newId();
    const Domain::Campaign campaign = activeCampaign(newId(), brand);
    const Domain::Offer offer = pendingOffer(newId(), campaign, clipper, Domain::Role::Brand);
    const QJsonObject profile = profileRow(clipper, QStringLiteral("Ada"));

    QSignalSpy changed(cache.get(), &Sync::ClientCache::entitiesChanged);
    Sync::PullApplier applier(*cache);
    const auto applied = applier.apply(page({upsert(Campaign, campaign.id, campaignRow(campaign), 1),
                                             upsert(Offer, offer.id, Domain::offerToJson(offer), 2),
                                             upsert(Sync::Entity::Profile, clipper, profile, 3)},
                                            3));
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->upserts, 3);
    QCOMPARE(applied->deletes, 0);
    QCOMPARE(applied->cursor, 3);
    QCOMPARE(applied->changedEntities, (QSet<QString>{Campaign, Offer, Sync::Entity::Profile}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), (QStringList{Campaign, Offer, Sync::Entity::Profile}));
    QCOMPARE(cache->cursor().value_or(-1), 3);

    QCOMPARE(cache->row(Campaign, campaign.id).value_or(std::nullopt), std::optional(campaignRow(campaign)));
    QCOMPARE(cache->row(Offer, offer.id).value_or(std::nullopt), std::optional(Domain::offerToJson(offer)));
    QCOMPARE(cache->row(Sync::Entity::Profile, clipper).value_or(std::nullopt), std::optional(profile));

    auto columns = cache->database().queryOne(
        QStringLiteral("SELECT brand_id, name, status, category, visibility, budget_minor, currency, cpm_rate_minor,"
                       " per_clip_minor, payout_model, platforms, starts_at, ends_at, is_template, updated_at, version"
                       " FROM campaigns WHERE id = ?"),
        {campaign.id});
    QVERIFY(columns && *columns);
    const QSqlRecord &record = **columns;
    QCOMPARE(record.value(0).toString(), brand);
    QCOMPARE(record.value(1).toString(), QStringLiteral("Summer drop"));
    QCOMPARE(record.value(2).toString(), QStringLiteral("active"));
    QCOMPARE(record.value(3).toString(), QStringLiteral("gaming"));
    QCOMPARE(record.value(4).toString(), QStringLiteral("public"));
    QCOMPARE(record.value(5).toLongLong(), 500'000);
    QCOMPARE(record.value(6).toString(), QStringLiteral("USD"));
    QCOMPARE(record.value(7).toLongLong(), 250);
    QCOMPARE(record.value(8).toLongLong(), 0);
    QCOMPARE(record.value(9).toString(), QStringLiteral("cpm"));
    QCOMPARE(record.value(10).toString(), QStringLiteral("tiktok,youtube_shorts"));
    QCOMPARE(record.value(11).toLongLong(), campaign.startsAtMs);
    QCOMPARE(record.value(12).toLongLong(), campaign.endsAtMs);
    QCOMPARE(record.value(13).toInt(), 0);
    QCOMPARE(record.value(14).toLongLong(), campaign.updatedAtMs);
    QCOMPARE(record.value(15).toLongLong(), 3);

    QCOMPARE(scalar(*cache, QStringLiteral("SELECT per_clip_minor FROM offers WHERE id = ?"), {offer.id}).toLongLong(), 2000);
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT author_role FROM offers WHERE id = ?"), {offer.id}).toString(),
             QStringLiteral("brand"));
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT reach FROM profiles WHERE user_id = ?"), {clipper}).toLongLong(), 120000);
}

void TestClientCache::upsertReplacesTheWholeRow()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(page({upsert(Campaign, campaign.id, campaignRow(campaign), 1)}, 1)));

    // The server's newer row lacks fields the old one had: nothing of the old row survives.
    const QJsonObject slim{{QStringLiteral("id"), campaign.id},
                           {QStringLiteral("name"), QStringLiteral("Renamed")},
                           {QStringLiteral("status"), QStringLiteral("paused")},
                           {QStringLiteral("version"), 4}};
    QVERIFY(applier.apply(page({upsert(Campaign, campaign.id, slim, 2)}, 2)));
    QCOMPARE(cache->row(Campaign, campaign.id).value_or(std::nullopt), std::optional(slim));
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT status FROM campaigns WHERE id = ?"), {campaign.id}).toString(),
             QStringLiteral("paused"));
    QVERIFY(scalar(*cache, QStringLiteral("SELECT budget_minor FROM campaigns WHERE id = ?"), {campaign.id}).isNull());
    QVERIFY(scalar(*cache, QStringLiteral("SELECT category FROM campaigns WHERE id = ?"), {campaign.id}).isNull());
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 1);
}

void TestClientCache::tombstonesRemoveRows()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const Domain::Campaign kept = activeCampaign(newId(), newId());
    const Domain::Campaign gone = activeCampaign(newId(), newId());
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(page({upsert(Campaign, kept.id, campaignRow(kept), 1),
                                upsert(Campaign, gone.id, campaignRow(gone), 2)},
                               2)));
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 2);

    // A tombstone for a row the cache never had is fine too.
    const auto applied = applier.apply(page({tombstone(Campaign, gone.id, 3), tombstone(Offer, newId(), 4)}, 4));
    QVERIFY(applied);
    QCOMPARE(applied->deletes, 2);
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 1);
    QVERIFY(!cache->row(Campaign, gone.id).value_or(QJsonObject()).has_value());
    QVERIFY(cache->row(Campaign, kept.id).value_or(std::nullopt).has_value());
    QCOMPARE(cache->cursor().value_or(-1), 4);
}

void TestClientCache::reapplyingAPageIsIdempotent()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const Domain::Campaign first = activeCampaign(newId(), newId());
    const Domain::Campaign second = activeCampaign(newId(), newId());
    const Sync::PullPage twice = page({upsert(Campaign, first.id, campaignRow(first), 7),
                                       upsert(Campaign, second.id, campaignRow(second), 8),
                                       tombstone(Campaign, second.id, 9)},
                                      9);
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(twice));
    QVERIFY(applier.apply(twice)); // a retried pull after a lost reply
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 1);
    QCOMPARE(cache->row(Campaign, first.id).value_or(std::nullopt), std::optional(campaignRow(first)));
    QCOMPARE(cache->cursor().value_or(-1), 9);
}

void TestClientCache::failingPageLeavesOldStateAndCursor_data()
{
    QTest::addColumn<QString>("badEntity");
    QTest::addColumn<bool>("mismatchedId");
    QTest::newRow("unknown entity") << QStringLiteral("spaceship") << false;
    QTest::newRow("row id differs from change id") << Campaign << true;
}

void TestClientCache::failingPageLeavesOldStateAndCursor()
{
    QFETCH(QString, badEntity);
    QFETCH(bool, mismatchedId);
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    Domain::Campaign campaign = activeCampaign(newId(), newId());
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(page({upsert(Campaign, campaign.id, campaignRow(campaign), 10)}, 10)));
    QSignalSpy changed(cache.get(), &Sync::ClientCache::entitiesChanged);

    Domain::Campaign renamed = campaign;
    renamed.name = QStringLiteral("Should not stick");
    const Domain::Campaign added = activeCampaign(newId(), newId());
    QJsonObject badRow = campaignRow(activeCampaign(newId(), newId()));
    const QString badId = mismatchedId ? newId() : badRow.value(QStringLiteral("id")).toString();
    const auto failed = applier.apply(page({upsert(Campaign, campaign.id, campaignRow(renamed), 11),
                                            upsert(Campaign, added.id, campaignRow(added), 12),
                                            tombstone(Campaign, campaign.id, 13),
                                            upsert(badEntity, badId, badRow, 14)},
                                           14));
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("invalid_argument"));
    QCOMPARE(cache->cursor().value_or(-1), 10);
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 1);
    QCOMPARE(cache->row(Campaign, campaign.id).value_or(std::nullopt), std::optional(campaignRow(campaign)));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!cache->database().inWriteTransaction());

    // The cache stays usable: the corrected page applies.
    QVERIFY(applier.apply(page({upsert(Campaign, added.id, campaignRow(added), 12)}, 12)));
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 2);
}

void TestClientCache::refusesPageBehindTheCursor()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(page({upsert(Campaign, campaign.id, campaignRow(campaign), 20)}, 20)));
    Domain::Campaign older = campaign;
    older.name = QStringLiteral("Older");
    const auto stale = applier.apply(page({upsert(Campaign, campaign.id, campaignRow(older), 5)}, 5));
    QVERIFY(!stale);
    QCOMPARE(cache->row(Campaign, campaign.id).value_or(std::nullopt), std::optional(campaignRow(campaign)));
    QCOMPARE(cache->cursor().value_or(-1), 20);
}

void TestClientCache::appliesPagesDecodedFromProtocolJson()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QByteArray json = R"({"changes": [
        {"seq": 1041, "entity": "campaign", "id": "c3d1a6f0-0000-4000-8000-000000000001", "op": "upsert",
         "row": {"id": "c3d1a6f0-0000-4000-8000-000000000001", "name": "Summer drop", "status": "draft",
                 "budget": {"minor": 12345, "currency": "EUR"}, "platforms": ["tiktok"], "version": 5}},
        {"seq": 1042, "entity": "campaign", "id": "77ab0000-0000-4000-8000-000000000002", "op": "delete"},
        {"seq": 1043, "entity": "notification", "id": "99990000-0000-4000-8000-000000000003", "op": "upsert",
         "row": {"id": "99990000-0000-4000-8000-000000000003", "user_id": "u1", "kind": "offer", "title": "New offer",
                 "created_at": 1700000000000, "read_at": 0, "version": 1}}
      ], "cursor": 1043, "has_more": false})";
    const auto decoded = Sync::ChangeCodec::pageFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(decoded);
    Sync::PullApplier applier(*cache);
    const auto applied = applier.apply(*decoded);
    QVERIFY(applied);
    QCOMPARE(applied->upserts, 2);
    QCOMPARE(applied->deletes, 1);
    QCOMPARE(cache->cursor().value_or(-1), 1043);
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT currency || ':' || budget_minor || ':' || platforms FROM campaigns")).toString(),
             QStringLiteral("EUR:12345:tiktok"));
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT created_at FROM notifications WHERE user_id = 'u1'")).toLongLong(),
             1700000000000LL);
}

void TestClientCache::readsIsoTimesIntoEpochColumns()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString id = newId();
    const QJsonObject row{{QStringLiteral("id"), id},
                          {QStringLiteral("name"), QStringLiteral("Dates as text")},
                          {QStringLiteral("starts_at"), QStringLiteral("2024-05-01T12:00:00.000Z")}};
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(page({upsert(Campaign, id, row, 1)}, 1)));
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT starts_at FROM campaigns WHERE id = ?"), {id}).toLongLong(),
             1714564800000LL);
    QVERIFY(scalar(*cache, QStringLiteral("SELECT ends_at FROM campaigns WHERE id = ?"), {id}).isNull());
}

void TestClientCache::listsRowsWithConditionsAndOrder()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString brand = newId();
    QList<Sync::Change> changes;
    for (int i = 0; i < 5; ++i) {
        Domain::Campaign campaign = activeCampaign(newId(), brand);
        campaign.name = QStringLiteral("Campaign %1").arg(4 - i);
        campaign.status = i % 2 ? Domain::CampaignStatus::Paused : Domain::CampaignStatus::Active;
        changes.append(upsert(Campaign, campaign.id, campaignRow(campaign), i + 1));
    }
    Sync::PullApplier applier(*cache);
    QVERIFY(applier.apply(page(changes, 5)));
    const auto active = cache->rows(Campaign, QStringLiteral("status = ?"), {QStringLiteral("active")}, QStringLiteral("name"));
    QVERIFY(active);
    QCOMPARE(active->size(), 3);
    QCOMPARE(active->at(0).value(QStringLiteral("name")).toString(), QStringLiteral("Campaign 0"));
    QCOMPARE(active->at(2).value(QStringLiteral("name")).toString(), QStringLiteral("Campaign 4"));
    QCOMPARE(cache->rows(Campaign).value_or(QList<QJsonObject>()).size(), 5);
    QVERIFY(!cache->rows(QStringLiteral("spaceship")));
}

void TestClientCache::appliesLargePagesWithinOneTransaction()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString brand = newId();
    QList<Sync::Change> changes;
    for (int i = 0; i < 5000; ++i) {
        Domain::Campaign campaign = activeCampaign(newId(), brand);
        campaign.name = QStringLiteral("Bulk %1").arg(i);
        changes.append(upsert(Campaign, campaign.id, campaignRow(campaign), i + 1));
    }
    Sync::PullApplier applier(*cache);
    const auto applied = applier.apply(page(changes, 5000, true));
    QVERIFY(applied);
    QCOMPARE(applied->upserts, 5000);
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 5000);
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE brand_id = ?"), {brand}).toInt(), 5000);
}

void TestClientCache::appliesReplyBodiesKeepingTheServersRowText()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    const QString goneId = newId();
    // Key order and spacing as another server might write them; a string holding braces.
    const QByteArray rowText = QJsonDocument(campaignRow(campaign)).toJson(QJsonDocument::Indented).trimmed();
    const QByteArray body = "{ \"has_more\": true, \"changes\": [\n"
                            "  {\"row\": " + rowText + ", \"entity\": \"campaign\", \"op\": \"upsert\", \"id\": \""
                            + campaign.id.toLatin1() + "\", \"seq\": 5, \"note\": \"}{\\\"]\"},\n"
                            "  {\"seq\": 6, \"entity\": \"offer\", \"id\": \"" + goneId.toLatin1() + "\", \"op\": \"delete\"}\n"
                            "], \"cursor\": 6 }";
    const auto texts = Sync::RowTextScanner::rowTexts(body);
    QVERIFY(texts);
    QCOMPARE(texts->size(), 2);
    QCOMPARE(texts->at(0).toByteArray(), rowText);
    QVERIFY(texts->at(1).isEmpty());

    Sync::PullApplier applier(*cache);
    const auto applied = applier.applyResponse(body);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->upserts, 1);
    QCOMPARE(applied->deletes, 1);
    QVERIFY(applied->hasMore);
    QCOMPARE(cache->cursor().value_or(-1), 6);
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT row_json FROM campaigns")).toString().toUtf8(), rowText);
    QCOMPARE(cache->row(Campaign, campaign.id).value_or(std::nullopt), std::optional(campaignRow(campaign)));
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT budget_minor FROM campaigns")).toLongLong(), 500'000);

    const auto broken = applier.applyResponse("{\"changes\": [");
    QVERIFY(!broken);
    QCOMPARE(cache->cursor().value_or(-1), 6);
}

void TestClientCache::scansRowTextsOnlyFromWellFormedPages()
{
    QVERIFY(!Sync::RowTextScanner::rowTexts("[]"));
    QVERIFY(!Sync::RowTextScanner::rowTexts("{\"cursor\": 1}"));
    QVERIFY(!Sync::RowTextScanner::rowTexts("{\"changes\": [{\"row\": {\"a\": \"unterminated}]}"));
    const auto empty = Sync::RowTextScanner::rowTexts("{\"changes\": [], \"cursor\": 0}");
    QVERIFY(empty && empty->isEmpty());
    const auto nested = Sync::RowTextScanner::rowTexts(R"({"changes": [{"row": {"terms": {"x": [1, {"y": "]"}]}}, "id": "a"}]})");
    QVERIFY(nested);
    QCOMPARE(nested->at(0).toByteArray(), QByteArray(R"({"terms": {"x": [1, {"y": "]"}]}})"));
}

void TestClientCache::bothBindingPathsWriteTheSameRows()
{
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    if (!cache->rowWriter().usesNativeStatements())
        qWarning("The Qt SQLite driver does not use the linked SQLite library: bulk pulls bind through QtSql.");
    Sync::CacheRowWriter viaQtSql(cache->database(), Sync::CacheRowWriter::Binding::QtSql);
    QVERIFY(!viaQtSql.usesNativeStatements());

    Domain::Campaign campaign = activeCampaign(newId(), newId());
    campaign.isTemplate = true;
    campaign.flaggedReason = QStringLiteral("Ünïcode reason");
    const QJsonObject row = campaignRow(campaign);
    const QString first = newId();
    const QString second = newId();
    {
        Storage::WriteTransaction transaction(cache->database());
        QVERIFY(cache->rowWriter().upsert(Campaign, first, row));
        QVERIFY(viaQtSql.upsert(Campaign, second, row));
        QVERIFY(cache->rowWriter().upsert(Sync::Entity::Profile, first, profileRow(first, QStringLiteral("Zoë"))));
        QVERIFY(viaQtSql.upsert(Sync::Entity::Profile, second, profileRow(second, QStringLiteral("Zoë"))));
        QVERIFY(transaction.commit());
    }
    const QString columns = QStringLiteral("brand_id, name, status, category, visibility, budget_minor, currency, cpm_rate_minor,"
                                           " per_clip_minor, payout_model, platforms, starts_at, ends_at, flagged_reason,"
                                           " is_template, updated_at, version, row_json, typeof(budget_minor), typeof(name)");
    const auto one = cache->database().queryOne(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(columns), {first});
    const auto two = cache->database().queryOne(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(columns), {second});
    QVERIFY(one && *one && two && *two);
    for (int i = 0; i < (*one)->count(); ++i)
        QCOMPARE((*one)->value(i), (*two)->value(i));
    QCOMPARE((*one)->value(QStringLiteral("flagged_reason")).toString(), QStringLiteral("Ünïcode reason"));
    QCOMPARE(scalar(*cache, QStringLiteral("SELECT display_name FROM profiles WHERE user_id = ?"), {second}).toString(),
             QStringLiteral("Zoë"));

    {
        Storage::WriteTransaction transaction(cache->database());
        QVERIFY(cache->rowWriter().remove(Campaign, second));
        QVERIFY(viaQtSql.remove(Campaign, first));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(cache->rowCount(Campaign).value_or(-1), 0);
}

QTEST_GUILESS_MAIN(TestClientCache)
#include "tst_clientcache.moc"
