// The sync engine against the real server: the offline round trip across two app restarts
// (exactly once, in order), conflicts and rejections reaching the Sync issues list, the offline
// state while the server is down, and pokes over the live channel. Real caches, no mocks.

#include "mutations.h"
#include "serverprocess.h"
#include "syncdevice.h"
#include "sync/changeset.h"
#include "sync/pushbatcher.h"
#include "sync/reconnectbackoff.h"
#include "sync/wakedetector.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
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

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backoffGrowsWithJitterAndResets();
    void offlineRoundTripAcrossRestarts();
    void conflictKeepsBothValues();
    void rejectionShowsTheMessageAndRestoresTheServerState();
    void pokeTriggersAPull();
    void wakeDetectorSeesSleepAndClockJumps();
    void catchUpPullsWithoutTheLiveChannelAndSkipsTheBackoff();
    void busyServerStorageKeepsThePushForLater();
    void batchesTouchEachRowOnce();
    void rejectedTokenEndsTheSession();
    void sessionRevokedElsewhereEndsItThroughTheLiveChannel();

private:
    QTemporaryDir m_dir;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSyncEngine::backoffGrowsWithJitterAndResets()
{
    Sync::ReconnectBackoff backoff(std::chrono::seconds(1), std::chrono::seconds(60));
    for (int attempt = 0; attempt < 10; ++attempt) {
        const auto ceiling = backoff.ceiling();
        QCOMPARE(ceiling, std::chrono::milliseconds(std::min<qint64>(1000LL << attempt, 60'000)));
        const auto delay = backoff.next();
        QVERIFY(delay.count() >= 1 && delay <= ceiling);
    }
    backoff.reset();
    QCOMPARE(backoff.ceiling(), std::chrono::milliseconds(1000));
}

void TestSyncEngine::offlineRoundTripAcrossRestarts()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("roundtrip-server"));
    QVERIFY(QDir().mkpath(dataDir));
    auto server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    TestApiClient api(server->baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("roundtrip"));
    QVERIFY(brand.isValid());
    const QUrl firstUrl = server->baseUrl();
    QVERIFY(server->stop());

    const QString cacheFile = m_dir.filePath(QStringLiteral("roundtrip-cache.db"));
    constexpr int Count = 50;
    QStringList ids;
    // Run 1 (offline): create 50 campaigns, rename the first half.
    {
        SyncDevice device(cacheFile, brand, firstUrl);
        QVERIFY(device.isValid());
        QSignalSpy states(&device.engine(), &Sync::SyncEngine::stateChanged);
        for (int i = 0; i < Count; ++i) {
            const QString id = TestApiClient::newId();
            auto queued = device.queue().submit(QStringLiteral("campaign.create"),
                                                {{QStringLiteral("id"), id},
                                                 {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Campaign %1").arg(i)}}}});
            QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
            ids.append(id);
        }
        for (int i = 0; i < Count / 2; ++i) {
            auto queued = device.queue().submit(QStringLiteral("campaign.update"),
                                                {{QStringLiteral("id"), ids.at(i)},
                                                 {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Campaign %1 b").arg(i)}}}},
                                                versionOf(device.cache(), ids.at(i)));
            QVERIFY(queued);
        }
        QTRY_COMPARE_WITH_TIMEOUT(device.engine().state(), Sync::SyncEngine::State::Offline, 15'000);
        QCOMPARE(device.pending(), Count + Count / 2);
    }
    // Run 2 (offline, after a restart): rename every campaign, the first half for the second time.
    {
        SyncDevice device(cacheFile, brand, firstUrl);
        QCOMPARE(device.pending(), Count + Count / 2);
        QCOMPARE(campaignRow(device.cache(), ids.at(0)).value(QLatin1String("name")).toString(), QStringLiteral("Campaign 0 b"));
        for (int i = 0; i < Count; ++i) {
            auto queued = device.queue().submit(QStringLiteral("campaign.update"),
                                                {{QStringLiteral("id"), ids.at(i)},
                                                 {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Campaign %1 c").arg(i)}}}},
                                                versionOf(device.cache(), ids.at(i)));
            QVERIFY(queued);
        }
        QCOMPARE(device.pending(), 2 * Count + Count / 2);
    }
    // Run 3 (after another restart): the server comes back on the same data; the engine pushes.
    server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    {
        SyncDevice device(cacheFile, brand, server->baseUrl());
        QVERIFY(device.waitUntilSynced(60'000));
        QCOMPARE(device.pending(), 0);
        auto issues = device.outbox().issues();
        QVERIFY(issues);
        QVERIFY2(issues->isEmpty(), qPrintable(issues->isEmpty() ? QString() : issues->first().result->message));
        QCOMPARE(campaignRow(device.cache(), ids.at(0)).value(QLatin1String("name")).toString(), QStringLiteral("Campaign 0 c"));
    }

    api.setBaseUrl(server->baseUrl());
    const TestApiReply listed = api.get(QStringLiteral("/api/v1/campaigns"), brand.token);
    QCOMPARE(listed.status, 200);
    const QJsonArray campaigns = listed.json.value(QLatin1String("campaigns")).toArray();
    QCOMPARE(campaigns.size(), Count); // exactly once: no duplicates
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : campaigns)
        byId.insert(value[QLatin1String("id")].toString(), value.toObject());
    for (int i = 0; i < Count; ++i) {
        const QJsonObject row = byId.value(ids.at(i));
        QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("Campaign %1 c").arg(i)); // the last edit won
        // create = version 1, then one version per edit, applied in the order made
        QCOMPARE(row.value(QLatin1String("version")).toInteger(), i < Count / 2 ? 3 : 2);
    }
}

void TestSyncEngine::conflictKeepsBothValues()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("twodevices"));
    QVERIFY(brand.isValid());

    SyncDevice laptop(m_dir.filePath(QStringLiteral("conflict-laptop.db")), brand, server.baseUrl());
    SyncDevice desktop(m_dir.filePath(QStringLiteral("conflict-desktop.db")), brand, server.baseUrl());
    QVERIFY(laptop.cache().clientId() != desktop.cache().clientId());
    const QString id = TestApiClient::newId();
    QVERIFY(laptop.queue().submit(QStringLiteral("campaign.create"),
                                  {{QStringLiteral("id"), id},
                                   {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Summer drop")}}}}));
    QVERIFY(laptop.waitUntilSynced());
    QVERIFY(desktop.waitUntilSynced());
    QCOMPARE(campaignRow(desktop.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Summer drop"));

    // Both edit the name from the same version; the laptop syncs first.
    desktop.engine().stop();
    const qint64 base = versionOf(desktop.cache(), id);
    QVERIFY(desktop.queue().submit(QStringLiteral("campaign.update"),
                                   {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Winter drop")}}}},
                                   base));
    QVERIFY(laptop.queue().submit(QStringLiteral("campaign.update"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Autumn drop")}}}},
                                  base));
    QVERIFY(laptop.waitUntilSynced());
    QSignalSpy issuesChanged(&desktop.engine(), &Sync::SyncEngine::issuesChanged);
    desktop.engine().start();
    QVERIFY(desktop.waitUntilSynced());
    QVERIFY(!issuesChanged.isEmpty());

    auto issues = desktop.outbox().issues();
    QVERIFY(issues);
    QCOMPARE(issues->size(), 1);
    const Sync::OutboxEntry &issue = issues->first();
    QCOMPARE(issue.state, Sync::OutboxState::Conflict);
    QCOMPARE(issue.mutation.args.value(QLatin1String("changes"))[QLatin1String("name")].toString(), QStringLiteral("Winter drop"));
    QVERIFY(issue.result);
    QCOMPARE(issue.result->current.value(QLatin1String("name")).toString(), QStringLiteral("Autumn drop"));
    // The cache shows the server's value; the user's stays in the issue.
    QCOMPARE(campaignRow(desktop.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Autumn drop"));
}

void TestSyncEngine::rejectionShowsTheMessageAndRestoresTheServerState()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("flaggedbrand"));
    const TestUser admin = api.createAdmin(server, {});
    QVERIFY(brand.isValid() && admin.isValid());

    SyncDevice device(m_dir.filePath(QStringLiteral("rejection.db")), brand, server.baseUrl());
    const QString id = TestApiClient::newId();
    QVERIFY(device.queue().submit(QStringLiteral("campaign.create"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("fields"), Mutations::activatableFields(QStringLiteral("Flag me"))}}));
    QVERIFY(device.waitUntilSynced());

    // The admin flags it while the brand, not yet aware, activates it.
    device.engine().stop();
    const PushOutcome flagged = api.push(admin.token, TestApiClient::newId(),
                                         {Mutations::admin(QStringLiteral("admin.flag_campaign"), id, QStringLiteral("Misleading brief"))});
    QVERIFY(flagged.arrived());
    QCOMPARE(flagged.result(0).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    auto activated = device.queue().submit(QStringLiteral("campaign.set_status"),
                                           {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")}},
                                           versionOf(device.cache(), id));
    QVERIFY2(activated, qPrintable(activated ? QString() : activated.error().message));
    QCOMPARE(campaignRow(device.cache(), id).value(QLatin1String("status")).toString(), QStringLiteral("active"));

    device.engine().start();
    QVERIFY(device.waitUntilSynced());
    auto issues = device.outbox().issues();
    QVERIFY(issues);
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->first().state, Sync::OutboxState::Rejected);
    QVERIFY(issues->first().result);
    QVERIFY(!issues->first().result->message.isEmpty());
    const QJsonObject row = campaignRow(device.cache(), id);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(row.value(QLatin1String("flagged_reason")).toString(), QStringLiteral("Misleading brief"));
}

void TestSyncEngine::pokeTriggersAPull()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("poked"));
    QVERIFY(brand.isValid());

    SyncDevice a(m_dir.filePath(QStringLiteral("poke-a.db")), brand, server.baseUrl());
    SyncDevice b(m_dir.filePath(QStringLiteral("poke-b.db")), brand, server.baseUrl(), true);
    b.engine().setPollInterval(std::chrono::hours(1)); // only a poke can bring the change
    QTRY_VERIFY_WITH_TIMEOUT(b.socket().isConnected(), 15'000);
    QVERIFY(b.waitUntilSynced());
    QCOMPARE(b.engine().state(), Sync::SyncEngine::State::Online);

    const QString id = TestApiClient::newId();
    QVERIFY(a.queue().submit(QStringLiteral("campaign.create"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Poke me")}}}}));
    QVERIFY(a.waitUntilSynced());
    QTRY_COMPARE_WITH_TIMEOUT(campaignRow(b.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Poke me"), 15'000);

    // Server down: the engine reports offline and keeps the pending change.
    QVERIFY(server.stop());
    QVERIFY(b.queue().submit(QStringLiteral("campaign.update"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Offline edit")}}}},
                             versionOf(b.cache(), id)));
    QTRY_COMPARE_WITH_TIMEOUT(b.engine().state(), Sync::SyncEngine::State::Offline, 15'000);
    QCOMPARE(b.pending(), 1);
}

void TestSyncEngine::wakeDetectorSeesSleepAndClockJumps()
{
    using namespace std::chrono_literals;
    Sync::WakeDetector wake(5s, 20s);
    qint64 wall = 1'700'000'000'000;
    qint64 monotonic = 0;
    wake.reset(wall, monotonic);
    const auto tick = [&](qint64 wallStep, qint64 monotonicStep) {
        wall += wallStep;
        monotonic += monotonicStep;
        return wake.check(wall, monotonic);
    };
    // Regular checks with the usual timer slack, and an NTP-sized correction, are quiet.
    for (int i = 0; i < 100; ++i)
        QVERIFY(!tick(5'000 + i % 7, 5'000));
    QVERIFY(!tick(5'000 + 900, 5'000));
    QVERIFY(!tick(5'000 - 900, 5'000));
    // Suspended for an hour: the monotonic clock stood still while the wall clock moved on.
    QVERIFY(tick(3'600'000 + 5'000, 5'000));
    QVERIFY(!tick(5'000, 5'000)); // one catch-up, then quiet again
    // The clock was set back or forward by a few minutes.
    QVERIFY(tick(5'000 - 300'000, 5'000));
    QVERIFY(!tick(5'000, 5'000));
    QVERIFY(tick(5'000 + 120'000, 5'000));
    // The process was stopped (SIGSTOP, a debugger) far longer than the check interval.
    QVERIFY(tick(90'000, 90'000));
    QVERIFY(!tick(5'000, 5'000));
}

void TestSyncEngine::catchUpPullsWithoutTheLiveChannelAndSkipsTheBackoff()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("catchup-server"));
    QVERIFY(QDir().mkpath(dataDir));
    auto server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    const QUrl url = server->baseUrl();
    TestApiClient api(url);
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("catchup"));
    QVERIFY(brand.isValid());

    // B has no live channel and polls once an hour: only a catch-up can bring A's change.
    SyncDevice a(m_dir.filePath(QStringLiteral("catchup-a.db")), brand, url);
    SyncDevice b(m_dir.filePath(QStringLiteral("catchup-b.db")), brand, url);
    b.engine().setPollInterval(std::chrono::hours(1));
    QVERIFY(b.waitUntilSynced());
    const QString id = TestApiClient::newId();
    QVERIFY(a.queue().submit(QStringLiteral("campaign.create"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Seen after waking")}}}}));
    QVERIFY(a.waitUntilSynced());
    QTest::qWait(300);
    QVERIFY(campaignRow(b.cache(), id).isEmpty());
    b.engine().catchUp();
    QTRY_COMPARE_WITH_TIMEOUT(campaignRow(b.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Seen after waking"), 15'000);

    // Failures pile up the backoff while the server is away; when the network comes back the
    // catch-up does not wait for it.
    QVERIFY(server->stop());
    QSignalSpy failed(&b.engine(), &Sync::SyncEngine::failed);
    for (int attempt = 0; attempt < 6; ++attempt) { // each failure doubles the backoff's ceiling
        b.engine().syncNow();
        QVERIFY(failed.wait(15'000));
    }
    server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    a.setServer(server->baseUrl());
    b.setServer(server->baseUrl()); // the new address alone starts nothing
    QVERIFY(a.queue().submit(QStringLiteral("campaign.update"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed while B slept")}}}},
                             versionOf(a.cache(), id)));
    QVERIFY(a.waitUntilSynced());
    QSignalSpy synced(&b.engine(), &Sync::SyncEngine::synced);
    b.engine().catchUp();
    QVERIFY(synced.wait(5'000));
    QCOMPARE(campaignRow(b.cache(), id).value(QLatin1String("name")).toString(), QStringLiteral("Renamed while B slept"));
    QCOMPARE(b.engine().state(), Sync::SyncEngine::State::Online);
}

void TestSyncEngine::busyServerStorageKeepsThePushForLater()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("busy"));
    QVERIFY(brand.isValid());
    SyncDevice device(m_dir.filePath(QStringLiteral("busy.db")), brand, server.baseUrl());
    QVERIFY(device.waitUntilSynced());

    // Another process holds the server database's write lock longer than the server waits for it:
    // the push answers 503 with the results committed so far (none), and the client keeps all.
    const QString connection = QStringLiteral("busy-lock");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(server.dataDir() + QStringLiteral("/clipdesk.db"));
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy failed(&device.engine(), &Sync::SyncEngine::failed);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(TestApiClient::newId());
            QVERIFY(device.queue().submit(QStringLiteral("campaign.create"),
                                          {{QStringLiteral("id"), ids.last()},
                                           {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Busy %1").arg(i)}}}}));
        }
        QVERIFY(failed.wait(20'000));
        QCOMPARE(device.pending(), 3);
        auto issues = device.outbox().issues();
        QVERIFY(issues && issues->isEmpty()); // a busy server is not the user's problem
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        db.close();

        device.engine().catchUp();
        QVERIFY(device.waitUntilSynced());
        QCOMPARE(device.pending(), 0);
        const auto listed = api.get(QStringLiteral("/api/v1/campaigns"), brand.token);
        QCOMPARE(listed.status, 200);
        const QJsonArray campaigns = listed.json.value(QLatin1String("campaigns")).toArray();
        QCOMPARE(campaigns.size(), ids.size()); // each exactly once
        for (const QString &id : ids)
            QCOMPARE(api.get(QStringLiteral("/api/v1/campaigns/%1").arg(id), brand.token).status, 200);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestSyncEngine::batchesTouchEachRowOnce()
{
    QCOMPARE(Net::WebSocketSession::socketUrl(QUrl(QStringLiteral("https://example.org/clipdesk/"))),
             QUrl(QStringLiteral("wss://example.org/clipdesk/ws")));
    QCOMPARE(Net::WebSocketSession::socketUrl(QUrl(QStringLiteral("http://127.0.0.1:8470"))), QUrl(QStringLiteral("ws://127.0.0.1:8470/ws")));
    const auto entry = [](const QString &id) {
        Sync::OutboxEntry e;
        e.mutation = {TestApiClient::newId(), QStringLiteral("campaign.update"), {{QStringLiteral("id"), id}}, 1};
        return e;
    };
    const QList<Sync::OutboxEntry> pending{entry(QStringLiteral("a")), entry(QStringLiteral("b")), entry(QStringLiteral("a")),
                                           entry(QStringLiteral("c"))};
    const QList<Sync::OutboxEntry> batch = Sync::PushBatcher::nextBatch(pending);
    QCOMPARE(batch.size(), 2); // stops before the second edit of "a"
    QCOMPARE(Sync::PushBatcher::nextBatch(pending.mid(2)).size(), 2);
}

void TestSyncEngine::rejectedTokenEndsTheSession()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("revoked"));
    QVERIFY(brand.isValid());
    brand.token = QStringLiteral("not-a-valid-token");
    SyncDevice device(m_dir.filePath(QStringLiteral("revoked.db")), brand, server.baseUrl());
    QSignalSpy rejected(&device.engine(), &Sync::SyncEngine::sessionRejected);
    QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 15'000);
    QCOMPARE(device.engine().state(), Sync::SyncEngine::State::Offline);
}

void TestSyncEngine::sessionRevokedElsewhereEndsItThroughTheLiveChannel()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("loggedout"));
    QVERIFY(brand.isValid());
    SyncDevice device(m_dir.filePath(QStringLiteral("loggedout.db")), brand, server.baseUrl(), true);
    QVERIFY(device.waitUntilSynced());
    QTRY_VERIFY_WITH_TIMEOUT(device.socket().isConnected(), 10'000);
    QSignalSpy rejected(&device.engine(), &Sync::SyncEngine::sessionRejected);
    QSignalSpy socketRejected(&device.socket(), &Net::WebSocketSession::rejected);
    // Signing out on the server closes the live channel; its reconnect is refused, and the
    // engine confirms over REST at once instead of at the next poll (30 s away).
    QCOMPARE(api.post(QStringLiteral("/api/v1/auth/logout"), {}, brand.token).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 15'000); // it may come while post() waits
    QVERIFY(socketRejected.size() >= 1);
    QCOMPARE(device.engine().state(), Sync::SyncEngine::State::Offline);
}

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
