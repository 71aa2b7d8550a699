// Exactly-once under crashes: several clients push 1,000 mutations while the server is
// SIGKILLed at random moments and restarted on the same data directory and database. Clients
// retry every push whose reply did not arrive, with the same mutation ids and client id.
// Afterwards every acknowledged mutation is applied exactly once, re-pushes return the stored
// results, and the database is intact.
#include "crashclient.h"
#include "syncbackend.h"
#include "storage/database.h"
#include "testapiclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

// PostgreSQL consistency after the chaos: each query counts violations and must return 0.
QStringList postgresConsistencyQueries()
{
    return {
        // Every campaign belongs to an existing brand.
        QStringLiteral("SELECT COUNT(*) FROM campaigns c LEFT JOIN users u ON u.id = c.brand_id WHERE u.id IS NULL"),
    };
}

// Runs `statement` on a read-only connection to the SQLite file; the first column of every row.
QStringList sqliteRows(const QString &path, const QString &statement)
{
    QStringList rows;
    const QString name = QStringLiteral("crash-inspector-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("cannot open: ") + db.lastError().text()};
        QSqlQuery query(db);
        if (!query.exec(statement))
            rows.append(QStringLiteral("query failed: ") + query.lastError().text());
        while (query.next())
            rows.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
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

    // Chaos: clients push while a killer SIGKILLs and restarts the server at random moments.
    QElapsedTimer elapsed;
    elapsed.start();
    int kills = 0;
    bool restartFailed = false;
    QObject killerContext;
    std::function<void()> scheduleKill = [&] {
        QTimer::singleShot(300 + int(random.bounded(1200)), &killerContext, [&] {
            const bool allDone = std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isDone(); });
            if (allDone || kills >= MaxKills || elapsed.elapsed() > ChaosBudgetMs || restartFailed)
                return;
            server.kill();
            ++kills;
            if (!server.start()) {
                restartFailed = true;
                qWarning().noquote() << "restart failed:" << server.errorString();
                return;
            }
            api.setBaseUrl(server.baseUrl());
            scheduleKill();
        });
    };
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
    qInfo().noquote() << QStringLiteral("%1: %2 kills, %3 pushes, %4 retried, %5 ms").arg(backend).arg(kills).arg(attempts).arg(retries).arg(elapsed.elapsed());
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

    // Re-pushing everything returns the stored results and applies nothing again.
    const PulledState beforeRepush = api.pullAll(admin.token);
    QVERIFY2(beforeRepush.problems().isEmpty(), qPrintable(beforeRepush.problems().join(u'\n')));
    for (const auto &client : clients) {
        for (const QJsonArray &batch : client->batches()) {
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

    // The database itself is intact.
    QVERIFY(server.stop());
    if (world.isPostgres()) {
        auto db = world.postgres()->location(world.postgresDatabaseName());
        auto open = ClipDesk::Storage::Database::open(db, QStringLiteral("crash-inspector"));
        QVERIFY2(open.has_value(), open ? "" : qPrintable(open.error().message));
        ClipDesk::Storage::Database &pg = **open;
        const auto count = pg.queryOne(QStringLiteral("SELECT COUNT(*) FROM campaigns"));
        QVERIFY2(count && *count, "cannot count campaigns");
        QCOMPARE((*count)->value(0).toLongLong(), qint64(campaigns));
        for (const QString &check : postgresConsistencyQueries()) {
            const auto rows = pg.queryOne(check);
            QVERIFY2(rows.has_value(), qPrintable(check + QStringLiteral(": ") + (rows ? QString() : rows.error().message)));
            QVERIFY2(!rows->has_value() || (*rows)->value(0).toLongLong() == 0, qPrintable(QStringLiteral("inconsistent: ") + check));
        }
    } else {
        QCOMPARE(sqliteRows(world.sqlitePath(), QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(sqliteRows(world.sqlitePath(), QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(sqliteRows(world.sqlitePath(), QStringLiteral("SELECT COUNT(*) FROM campaigns")), QStringList{QString::number(campaigns)});
    }
}

QTEST_GUILESS_MAIN(tst_CrashDurability)
#include "tst_crashdurability.moc"
