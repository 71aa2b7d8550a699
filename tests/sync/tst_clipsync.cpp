// Clips through the desktop client's real sync path: the local cache, the outbox with the
// domain rules applied before anything is queued, the SyncEngine, and the real server. A
// clipper works offline across an app restart; the server decides (its answers replace the
// predictions); the brand's review comes back to the clipper's cache.

#include "testapiclient.h"
#include "serverprocess.h"
#include "domain/cliprules.h"
#include "domain/role.h"
#include "net/apiclient.h"
#include "storage/database.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

// One signed-in app instance: cache file, outbox, queue, REST client and sync engine.
class ClipDevice final
{
public:
    ClipDevice(const QString &cacheFile, const TestUser &user, const QUrl &serverUrl)
    {
        auto cache = Sync::ClientCache::open(cacheFile);
        if (!cache) {
            qWarning("cannot open the cache: %s", qPrintable(cache.error().message));
            return;
        }
        m_cache = std::move(*cache);
        m_outbox = std::make_unique<Sync::Outbox>(*m_cache, Sync::Viewer{user.id, *Domain::roleFromName(user.role)});
        m_queue = std::make_unique<Sync::MutationQueue>(*m_outbox);
        m_api.setToken(user.token);
        m_api.setTimeout(std::chrono::seconds(10));
        m_api.setBaseUrl(serverUrl);
        m_engine = std::make_unique<Sync::SyncEngine>(*m_cache, *m_outbox, m_api);
        m_engine->watch(*m_queue);
        m_engine->start();
    }
    ~ClipDevice()
    {
        if (m_engine)
            m_engine->stop();
        m_api.abortAll();
    }
    Q_DISABLE_COPY_MOVE(ClipDevice)

    bool isValid() const { return m_engine != nullptr; }
    Sync::MutationQueue &queue() { return *m_queue; }
    Sync::SyncEngine &engine() { return *m_engine; }
    qint64 pending() { return m_engine->pendingCount(); }
    void setServer(const QUrl &url) { m_api.setBaseUrl(url); }

    QJsonObject clip(const QString &id)
    {
        auto row = m_cache->row(Sync::Entity::Clip, id);
        return row && *row ? **row : QJsonObject();
    }
    qint64 versionOf(const QString &id) { return clip(id).value(QLatin1String("version")).toInteger(); }

    bool waitUntilSynced(int timeoutMs = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy synced(m_engine.get(), &Sync::SyncEngine::synced);
        m_engine->syncNow();
        while (timer.elapsed() < timeoutMs) {
            if (synced.wait(200) || !synced.isEmpty()) {
                auto pendingEntries = m_outbox->pending(1);
                if (pendingEntries && pendingEntries->isEmpty() && m_engine->state() == Sync::SyncEngine::State::Online)
                    return true;
                synced.clear();
            }
        }
        qWarning("not synced: %s", qPrintable(m_engine->lastError()));
        return false;
    }

private:
    Net::ApiClient m_api;
    std::unique_ptr<Sync::ClientCache> m_cache;
    std::unique_ptr<Sync::Outbox> m_outbox;
    std::unique_ptr<Sync::MutationQueue> m_queue;
    std::unique_ptr<Sync::SyncEngine> m_engine;
};

QString sha(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject okPush(TestApiClient &api, const TestUser &user, const QString &name, const QJsonObject &args, qint64 base = 0)
{
    const PushOutcome outcome = api.push(user.token, TestApiClient::newId(), QJsonArray{TestApiClient::mutation(name, args, base)});
    const QJsonObject result = outcome.arrived() ? outcome.result(0) : QJsonObject();
    if (result.value(QLatin1String("status")).toString() != u"ok")
        qWarning() << name << "failed:" << outcome.reply.status << result;
    return result;
}

} // namespace

class tst_ClipSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineClipRoundTrip();

private:
    QTemporaryDir m_dir;
};

void tst_ClipSync::offlineClipRoundTrip()
{
    QVERIFY(m_dir.isValid());
    const QString dataDir = m_dir.filePath(QStringLiteral("server"));
    QVERIFY(QDir().mkpath(dataDir));
    auto server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    TestApiClient api(server->baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("clipsyncbrand"));
    const TestUser clipper = api.registerUser(QStringLiteral("clipper"), QStringLiteral("clipsyncclipper"));
    QVERIFY(brand.isValid() && clipper.isValid());

    // An active campaign with rules, and the clipper a member.
    const QString campaignId = TestApiClient::newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("Summer drop")},
                             {QStringLiteral("category"), QStringLiteral("gaming")},
                             {QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 500000}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
                             {QStringLiteral("cpm_rate_minor"), 250},
                             {QStringLiteral("platforms"), QJsonArray{QStringLiteral("tiktok")}},
                             {QStringLiteral("starts_at"), now - day},
                             {QStringLiteral("ends_at"), now + 30 * day},
                             {QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("#summerdrop")}},
                             {QStringLiteral("disclosure_text"), QStringLiteral("#ad")}};
    QVERIFY(!okPush(api, brand, QStringLiteral("campaign.create"), {{QStringLiteral("id"), campaignId}, {QStringLiteral("fields"), fields}}).isEmpty());
    QVERIFY(!okPush(api, brand, QStringLiteral("campaign.set_status"),
                    {{QStringLiteral("id"), campaignId}, {QStringLiteral("status"), QStringLiteral("active")}}, 1).isEmpty());
    const QString offerId = TestApiClient::newId();
    QVERIFY(!okPush(api, clipper, QStringLiteral("offer.create"),
                    {{QStringLiteral("id"), offerId}, {QStringLiteral("campaign_id"), campaignId},
                     {QStringLiteral("terms"), QJsonObject{{QStringLiteral("per_clip_minor"), 1000}}}}).isEmpty());
    QVERIFY(!okPush(api, brand, QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), offerId}}).isEmpty());

    const QString cacheFile = m_dir.filePath(QStringLiteral("clipper-cache.db"));
    const QString clipId = TestApiClient::newId();
    const QString video = sha(QStringLiteral("round-trip-video"));
    QUrl serverUrl = server->baseUrl();
    // Run 1: the first sync brings the campaign and the membership; then the server goes away.
    {
        ClipDevice device(cacheFile, clipper, serverUrl);
        QVERIFY(device.isValid());
        QVERIFY(device.waitUntilSynced());
        QVERIFY(server->stop());

        // Offline: every edit shows at once.
        QVERIFY(device.queue().submit(QStringLiteral("clip.create"),
                                      {{QStringLiteral("id"), clipId},
                                       {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), QStringLiteral("First cut")},
                                                                              {QStringLiteral("platform"), QStringLiteral("tiktok")}}}}));
        QCOMPARE(device.clip(clipId).value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QVERIFY(device.queue().submit(QStringLiteral("clip.update"),
                                      {{QStringLiteral("id"), clipId},
                                       {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Best moment")},
                                                                               {QStringLiteral("caption"), QStringLiteral("Watch this #ad")}}}},
                                      device.versionOf(clipId)));
        QVERIFY(device.queue().submit(QStringLiteral("clip.attach_media"),
                                      {{QStringLiteral("id"), clipId}, {QStringLiteral("media_sha256"), video}}, device.versionOf(clipId)));
        QCOMPARE(device.clip(clipId).value(QLatin1String("title")).toString(), QStringLiteral("Best moment"));
        QCOMPARE(device.clip(clipId).value(QLatin1String("status")).toString(), QStringLiteral("uploading"));
        // The same rules as the server's run before anything is queued.
        auto refused = device.queue().submit(QStringLiteral("clip.submit"),
                                             {{QStringLiteral("id"), clipId}, {QStringLiteral("campaign_id"), campaignId}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("still uploading")), qPrintable(refused.error().message));
        refused = device.queue().submit(QStringLiteral("clip.update"),
                                        {{QStringLiteral("id"), clipId}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("hashtags"), QJsonArray{QStringLiteral("two words")}}}}});
        QVERIFY(!refused);
        QCOMPARE(device.pending(), 3);
        // Pushing them fails: the engine says it is offline.
        QTRY_COMPARE_WITH_TIMEOUT(device.engine().state(), Sync::SyncEngine::State::Offline, 15'000);
        QCOMPARE(device.pending(), 3);
    }

    // The upload finished on the server meanwhile (the uploads module writes clip_media).
    {
        auto location = Storage::DatabaseLocation::parse(QStringLiteral("sqlite"), dataDir);
        QVERIFY(location);
        auto db = Storage::Database::open(*location, QStringLiteral("test-inspector"));
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO clip_media (sha256, owner_id, size_bytes, thumbnail_sha256, status, created_at)"
                                           " VALUES (?, ?, 100, ?, 'ready', ?)"),
                            {video, clipper.id, sha(QStringLiteral("thumb")), now}));
    }
    server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    serverUrl = server->baseUrl();
    api.setBaseUrl(serverUrl);

    // Run 2 (after a restart): the queue survived; pushing it makes the server's row the truth.
    {
        ClipDevice device(cacheFile, clipper, serverUrl);
        QVERIFY(device.isValid());
        QCOMPARE(device.pending(), 3);
        QCOMPARE(device.clip(clipId).value(QLatin1String("title")).toString(), QStringLiteral("Best moment"));
        QVERIFY(device.waitUntilSynced());
        QJsonObject row = device.clip(clipId);
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("draft")); // the server has the video
        QCOMPARE(row.value(QLatin1String("thumbnail_sha256")).toString(), sha(QStringLiteral("thumb")));
        QCOMPARE(row.value(QLatin1String("version")).toInteger(), 3);
        QCOMPARE(row.value(QLatin1String("owner_id")).toString(), clipper.id);

        // Missing the required hashtag: refused locally with the server's words; then fixed.
        auto refused = device.queue().submit(QStringLiteral("clip.submit"),
                                             {{QStringLiteral("id"), clipId}, {QStringLiteral("campaign_id"), campaignId}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("#summerdrop")), qPrintable(refused.error().message));
        QVERIFY(device.queue().submit(QStringLiteral("clip.update"),
                                      {{QStringLiteral("id"), clipId},
                                       {QStringLiteral("changes"), QJsonObject{{QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#SummerDrop")}}}}},
                                      device.versionOf(clipId)));
        QVERIFY(device.queue().submit(QStringLiteral("clip.submit"),
                                      {{QStringLiteral("id"), clipId}, {QStringLiteral("campaign_id"), campaignId}}));
        QCOMPARE(device.clip(clipId).value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
        QVERIFY(device.waitUntilSynced());
        QCOMPARE(device.clip(clipId).value(QLatin1String("brand_id")).toString(), brand.id);

        // The brand reviews; the clipper's cache gets the verdict and the feedback.
        const PulledState brandView = api.pullAll(brand.token);
        QCOMPARE(brandView.row(QStringLiteral("clip"), clipId).value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
        QVERIFY(!okPush(api, brand, QStringLiteral("clip.review"),
                        {{QStringLiteral("id"), clipId}, {QStringLiteral("decision"), QStringLiteral("reject")},
                         {QStringLiteral("feedback"), QStringLiteral("Show the product sooner")}},
                        brandView.row(QStringLiteral("clip"), clipId).value(QLatin1String("version")).toInteger())
                     .isEmpty());
        QVERIFY(device.waitUntilSynced());
        row = device.clip(clipId);
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(row.value(QLatin1String("review_feedback")).toString(), QStringLiteral("Show the product sooner"));

        // A reviewed clip is not edited in place (refused locally); a new version is.
        QVERIFY(!device.queue().submit(QStringLiteral("clip.update"),
                                       {{QStringLiteral("id"), clipId}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}}},
                                       device.versionOf(clipId)));
        const QString nextId = TestApiClient::newId();
        QVERIFY(device.queue().submit(QStringLiteral("clip.new_version"), {{QStringLiteral("id"), clipId}, {QStringLiteral("new_id"), nextId}}));
        QVERIFY(device.queue().submit(QStringLiteral("clip.update"),
                                      {{QStringLiteral("id"), nextId}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Best moment, sooner")}}}}));
        QCOMPARE(device.clip(nextId).value(QLatin1String("version_number")).toInt(), 2);
        QVERIFY(device.waitUntilSynced());
        const QJsonObject next = device.clip(nextId);
        QCOMPARE(next.value(QLatin1String("title")).toString(), QStringLiteral("Best moment, sooner"));
        QCOMPARE(next.value(QLatin1String("previous_clip_id")).toString(), clipId);
        QCOMPARE(next.value(QLatin1String("media_sha256")).toString(), video);
        QCOMPARE(next.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(device.clip(clipId).value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        // The rejected one may go now.
        QVERIFY(device.queue().submit(QStringLiteral("clip.delete"), {{QStringLiteral("id"), clipId}}));
        QVERIFY(device.clip(clipId).isEmpty());
        QVERIFY(device.waitUntilSynced());
        QVERIFY(device.clip(clipId).isEmpty());
        QVERIFY(!api.pullAll(clipper.token).contains(QStringLiteral("clip"), clipId));
        QVERIFY(!api.pullAll(brand.token).contains(QStringLiteral("clip"), clipId));
    }
    QVERIFY(server->stop());
}

QTEST_GUILESS_MAIN(tst_ClipSync)
#include "tst_clipsync.moc"
