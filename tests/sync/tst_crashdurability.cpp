// Exactly-once under crashes: several clients push 1,000 mutations while the server is
// SIGKILLed at random moments and restarted on the same data directory and database. Clients
// retry every push whose reply did not arrive, with the same mutation ids and client id.
// Afterwards every acknowledged mutation is applied exactly once, re-pushes return the stored
// results, and the database is intact.
#include "crashclient.h"
#include "databaseinspector.h"
#include "syncbackend.h"
#include "testapiclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ClipDesk::Testing;

namespace {

constexpr int ClientCount = 4;
constexpr int MutationsPerClient = 250;
constexpr int MaxKills = 40;
constexpr qint64 ChaosBudgetMs = 100'000;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every stored change sequence value, across the synced tables (schema of core/storage/migrations.cpp).
const QString StoredSeqs = QStringLiteral(
    "SELECT change_seq AS seq FROM users UNION ALL SELECT change_seq FROM profiles"
    " UNION ALL SELECT change_seq FROM campaigns UNION ALL SELECT change_seq FROM offers"
    " UNION ALL SELECT change_seq FROM memberships UNION ALL SELECT change_seq FROM notifications"
    " UNION ALL SELECT change_seq FROM audit_log UNION ALL SELECT seq FROM tombstones");

// Consistency after the chaos: each query counts violations and must return 0.
QList<std::pair<const char *, QString>> consistencyChecks()
{
    return {
        {"change_seq values are unique",
         QStringLiteral("SELECT COUNT(*) FROM (SELECT s.seq FROM (%1) s GROUP BY s.seq HAVING COUNT(*) > 1) d").arg(StoredSeqs)},
        {"no change_seq beyond the sequence",
         QStringLiteral("SELECT COUNT(*) FROM (%1) s WHERE s.seq > (SELECT value FROM change_sequence WHERE id = 1)").arg(StoredSeqs)},
        {"no row without a change_seq", QStringLiteral("SELECT COUNT(*) FROM (%1) s WHERE s.seq <= 0").arg(StoredSeqs)},
        {"every campaign has its brand",
         QStringLiteral("SELECT COUNT(*) FROM campaigns c LEFT JOIN users u ON u.id = c.brand_id WHERE u.id IS NULL")},
        {"every stored result has its user",
         QStringLiteral("SELECT COUNT(*) FROM applied_mutations a LEFT JOIN users u ON u.id = a.user_id WHERE u.id IS NULL")},
    };
}

} // namespace

class tst_CrashDurability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactlyOnceAcrossKills_data();
    void exactlyOnceAcrossKills();
};

void tst_CrashDurability::exactlyOnceAcrossKills_data()
{
    SyncBackend::addBackendColumn();
}

void tst_CrashDurability::exactlyOnceAcrossKills()
{
    QFETCH(QString, backend);
    const quint32 seed = qEnvironmentVariableIsSet("CLIPDESK_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("CLIPDESK_CRASH_SEED"))
                                                                          : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
    qInfo().noquote() << QStringLiteral("%1: seed %2 (rerun with CLIPDESK_CRASH_SEED=%2)").arg(backend).arg(seed);
    QRandomGenerator random(seed);

    SyncBackend world(backend);
    QVERIFY2(world.start(), qPrintable(world.errorString()));
    ServerProcess &server = world.server();
    TestApiClient api(server.baseUrl());
    api.setTimeoutMs(10'000);

    std::vector<std::unique_ptr<CrashClient>> clients;
    for (int i = 0; i < ClientCount; ++i) {
        const TestUser user = api.registerUser(QStringLiteral("brand"), QStringLiteral("crash%1").arg(i));
        QVERIFY(user.isValid());
        clients.push_back(std::make_unique<CrashClient>(&api, SyncActor(&api, user), random.generate()));
        clients.back()->plan(MutationsPerClient);
    }
    const TestUser admin = api.createAdmin(server, world.dbArg());
    QVERIFY(admin.isValid());
    const PulledState baseline = api.pullAll(admin.token);
    QVERIFY2(baseline.problems().isEmpty(), qPrintable(baseline.problems().join(u'\n')));

    // Chaos: clients push while a killer SIGKILLs and restarts the server at random moments.
    QElapsedTimer elapsed;
    elapsed.start();
    int kills = 0;
    int killsInFlight = 0;
    bool armed = false;
    bool restartFailed = false;
    QObject killerContext;
    const auto anyInFlight = [&] { return std::any_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isInFlight(); }); };
    const auto chaosOver = [&] {
        return restartFailed || kills >= MaxKills || elapsed.elapsed() > ChaosBudgetMs
               || std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isDone(); });
    };
    std::function<void()> scheduleKill;
    const std::function<void()> killNow = [&] {
        armed = false;
        if (chaosOver())
            return;
        killsInFlight += anyInFlight() ? 1 : 0;
        server.kill();
        ++kills;
        if (!server.start()) {
            restartFailed = true;
            qWarning().noquote() << "restart failed:" << server.errorString();
            return;
        }
        api.setBaseUrl(server.baseUrl());
        scheduleKill();
    };
    // After a random 0.3-1.5 s the killer arms; it strikes 0-15 ms after the next push leaves
    // (or at once if one is on its way, or after 0.4 s if the clients stay quiet).
    scheduleKill = [&] {
        QTimer::singleShot(300 + int(random.bounded(1200)), &killerContext, [&] {
            armed = true;
            if (anyInFlight()) {
                armed = false;
                QTimer::singleShot(int(random.bounded(15)), &killerContext, killNow);
                return;
            }
            QTimer::singleShot(400, &killerContext, [&] {
                if (armed)
                    killNow();
            });
        });
    };
    for (const auto &client : clients) {
        client->setOnSend([&] {
            if (!armed)
                return;
            armed = false;
            QTimer::singleShot(int(random.bounded(15)), &killerContext, killNow);
        });
    }
    for (const auto &client : clients)
        client->start();
    scheduleKill();
    const bool finished = QTest::qWaitFor([&] {
        return restartFailed || std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isDone(); });
    }, 150'000);
    QVERIFY2(!restartFailed, qPrintable(server.errorString()));
    QVERIFY2(finished, "the clients did not get through their outboxes in time");
    int attempts = 0, retries = 0;
    for (const auto &client : clients) {
        QVERIFY2(client->fatalError().isEmpty(), qPrintable(client->fatalError()));
        attempts += client->pushAttempts();
        retries += client->retries();
    }
    qInfo().noquote() << QStringLiteral("%1: %2 kills (%3 with a push in flight), %4 pushes, %5 retried, %6 ms")
                             .arg(backend).arg(kills).arg(killsInFlight).arg(attempts).arg(retries).arg(elapsed.elapsed());
    QVERIFY2(kills > 0, "the server was never killed");

    // Every acknowledged mutation was applied: all of them are ok (no other writer touches these campaigns).
    int acknowledged = 0;
    for (const auto &client : clients) {
        for (const QJsonArray &batch : client->batches()) {
            for (const QJsonValue &value : batch) {
                const QString id = value.toObject().value(QStringLiteral("id")).toString();
                const QJsonObject result = client->results().value(id);
                QVERIFY2(result.value(QStringLiteral("status")).toString() == u"ok",
                         qPrintable(QStringLiteral("%1: %2").arg(compact(value.toObject()), compact(result))));
                ++acknowledged;
            }
        }
    }
    QCOMPARE(acknowledged, ClientCount * MutationsPerClient);

    // Re-pushing each client's last batch (the server cannot know its replies arrived) returns
    // the stored results and applies nothing again. Earlier batches were acknowledged by the
    // pushes after them, so their stored results are gone (PROTOCOL.md, "Exactly once").
    const PulledState beforeRepush = api.pullAll(admin.token);
    QVERIFY2(beforeRepush.problems().isEmpty(), qPrintable(beforeRepush.problems().join(u'\n')));
    for (const auto &client : clients) {
        for (const QJsonArray &batch : {client->batches().constLast()}) {
            const PushOutcome again = api.push(client->actor().token(), client->actor().clientId(), batch);
            QVERIFY2(again.arrived(), qPrintable(QString::fromUtf8(again.reply.body)));
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const QString id = batch.at(i).toObject().value(QStringLiteral("id")).toString();
                QCOMPARE(again.result(i), client->results().value(id));
            }
        }
    }
    PulledState state = beforeRepush;
    QVERIFY(api.pullInto(admin.token, state));
    QCOMPARE(state.seqs().size(), beforeRepush.seqs().size()); // the re-push changed nothing

    // Each campaign exists once, with exactly as many versions as updates were applied.
    int campaigns = 0;
    for (const auto &client : clients) {
        const auto &expected = client->expected();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QJsonObject row = state.row(QStringLiteral("campaign"), it.key());
            QVERIFY2(!row.isEmpty(), qPrintable(QStringLiteral("campaign %1 is missing").arg(it.key())));
            QCOMPARE(row.value(QStringLiteral("brand_id")).toString(), client->actor().id());
            QCOMPARE(row.value(QStringLiteral("version")).toInteger(), 1 + it->updates);
            QCOMPARE(row.value(QStringLiteral("brief")).toString(), it->brief);
            ++campaigns;
        }
    }
    QCOMPARE(state.entityRows(QStringLiteral("campaign")).size(), qsizetype(campaigns));

    // One change per applied mutation, and nothing else: no double application, and no
    // sequence value taken by a transaction that died with the server.
    QCOMPARE(state.cursor() - baseline.cursor(), qint64(ClientCount * MutationsPerClient));

    // The database itself is intact.
    QVERIFY(server.stop());
    DatabaseInspector db(world);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    if (!world.isPostgres()) {
        QCOMPARE(db.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(db.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    }
    QCOMPARE(db.number(QStringLiteral("SELECT COUNT(*) FROM campaigns")), qint64(campaigns));
    // Stored results are kept only for each client's last push; the earlier ones were
    // acknowledged by the pushes after them.
    qint64 unacknowledged = 0;
    for (const auto &client : clients)
        unacknowledged += client->batches().constLast().size();
    QCOMPARE(db.number(QStringLiteral("SELECT COUNT(*) FROM applied_mutations")), unacknowledged);
    QCOMPARE(db.number(QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")), state.cursor());
    // How often the exactly-once path was exercised: pushes whose reply was lost, then retried.
    qsizetype lostReplies = 0;
    qsizetype retriedMutations = 0;
    for (const auto &client : clients) {
        lostReplies += client->lostReplies().size();
        for (const CrashClient::LostReply &lost : client->lostReplies())
            retriedMutations += client->batches().at(lost.batch).size();
    }
    qInfo().noquote() << QStringLiteral("%1: %2 replies were lost and their %3 mutations pushed again").arg(backend).arg(lostReplies).arg(retriedMutations);
    for (const auto &[what, query] : consistencyChecks())
        QVERIFY2(db.number(query) == 0, qPrintable(QLatin1String(what) + QStringLiteral(" fails: ") + db.column(query).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_CrashDurability)
#include "tst_crashdurability.moc"
