// Pokes cross processes: two servers share one PostgreSQL database; a change pushed to server 1
// that clipper B may see pokes B's WebSocket on server 2 ({"type":"poke","cursor":N}), and B's
// pull from server 2 then has it. The single-process SQLite case is checked the same way.
#include "databaseinspector.h"
#include "mutations.h"
#include "syncactor.h"
#include "syncbackend.h"
#include "testapiclient.h"
#include "testwebsocket.h"

#include <QDateTime>
#include <QTest>

using namespace ClipDesk::Testing;

namespace {

constexpr int PokeTimeoutMs = 5'000;

qint64 pokeCursor(const TestWebSocket::Message &message)
{
    return message.json.value(QStringLiteral("cursor")).toInteger();
}

auto pokeAtLeast(qint64 cursor)
{
    return [cursor](const QJsonObject &message) {
        return message.value(QStringLiteral("type")).toString() == u"poke" && message.value(QStringLiteral("cursor")).toInteger() >= cursor;
    };
}

// How far the sequence went with the brand's changes: the brand's own view, pulled on demand.
class BrandCursor final
{
public:
    BrandCursor(TestApiClient &api, const TestUser &brand)
        : m_api(api)
        , m_token(brand.token)
        , m_state(api.pullAll(brand.token))
    {
    }
    qint64 operator()()
    {
        m_api.pullInto(m_token, m_state);
        return m_state.cursor();
    }

private:
    TestApiClient &m_api;
    QString m_token;
    PulledState m_state;
};

// A brand and a clipper registered through the writing server (accounts live in the shared
// database), the clipper signed in on the reading one. False if any step failed.
bool signUp(TestApiClient &writerApi, TestApiClient &readerApi, const QString &tag, TestUser *brand, TestUser *clipper)
{
    *brand = writerApi.registerUser(QStringLiteral("brand"), QStringLiteral("brand") + tag);
    const TestUser registered = writerApi.registerUser(QStringLiteral("clipper"), QStringLiteral("clipper") + tag);
    if (!brand->isValid() || !registered.isValid())
        return false;
    *clipper = readerApi.login(registered.username, registered.password);
    return clipper->isValid();
}

} // namespace

class tst_MultiProcessPoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pokeReachesTheOtherProcess_data();
    void pokeReachesTheOtherProcess();
    void lostListenerReconnectsAndPokesToCatchUp();
};

void tst_MultiProcessPoke::pokeReachesTheOtherProcess_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("twoProcesses");
    QTest::newRow("sqlite, one process") << QStringLiteral("sqlite") << false;
    QTest::newRow("postgresql, one process") << QStringLiteral("postgresql") << false;
    QTest::newRow("postgresql, two processes") << QStringLiteral("postgresql") << true;
}

void tst_MultiProcessPoke::pokeReachesTheOtherProcess()
{
    QFETCH(QString, backend);
    QFETCH(bool, twoProcesses);

    SyncBackend world(backend);
    QVERIFY2(world.start(), qPrintable(world.errorString()));
    std::unique_ptr<ServerProcess> second;
    if (twoProcesses) {
        second = world.startAnotherServer();
        QVERIFY2(second, qPrintable(world.errorString()));
    }
    ServerProcess &writerServer = world.server();
    ServerProcess &readerServer = twoProcesses ? *second : world.server();
    TestApiClient writerApi(writerServer.baseUrl());
    TestApiClient readerApi(readerServer.baseUrl());

    TestUser brandUser;
    TestUser clipperUser;
    QVERIFY(signUp(writerApi, readerApi, QStringLiteral("A"), &brandUser, &clipperUser));
    const SyncActor brand(&writerApi, brandUser);

    PulledState clipperState = readerApi.pullAll(clipperUser.token);
    QVERIFY2(clipperState.problems().isEmpty(), qPrintable(clipperState.problems().join(u'\n')));
    TestWebSocket socket;
    QVERIFY2(socket.open(readerServer.baseUrl(), clipperUser.token), qPrintable(socket.errorString()));

    BrandCursor brandCursor(writerApi, brandUser);

    // A private draft changes nothing for clipper B: no poke for it.
    qint64 version = 0;
    const QString campaign = brand.createCampaign(Mutations::activatableFields(QStringLiteral("Poke me")), &version);
    QVERIFY(!campaign.isEmpty());
    const qint64 draftCursor = brandCursor();
    QVERIFY2(!socket.waitFor(pokeAtLeast(draftCursor), 1'000).has_value(), "clipper B was poked about a draft it cannot see");

    // A public campaign going active is discoverable: clipper B's view changes.
    const qsizetype seen = socket.messageCount();
    const qint64 pushedAt = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject activated = brand.run(Mutations::setStatus(campaign, QStringLiteral("active"), version));
    QCOMPARE(SyncActor::status(activated), QStringLiteral("ok"));
    const qint64 activeCursor = brandCursor();
    QVERIFY(activeCursor > draftCursor);

    const auto poke = socket.waitFor(pokeAtLeast(activeCursor), PokeTimeoutMs, seen);
    QVERIFY2(poke.has_value(), "no poke within 5 s of a change the clipper may see");
    qInfo().noquote() << QStringLiteral("%1: poke after %2 ms").arg(QString::fromLatin1(QTest::currentDataTag())).arg(poke->receivedAtMs - pushedAt);

    QVERIFY(readerApi.pullInto(clipperUser.token, clipperState));
    QVERIFY2(clipperState.problems().isEmpty(), qPrintable(clipperState.problems().join(u'\n')));
    QVERIFY2(clipperState.cursor() >= pokeCursor(*poke), "pulling after the poke does not reach its cursor");
    const QJsonObject row = clipperState.row(QStringLiteral("campaign"), campaign);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Poke me"));

    // Pausing takes it out of discovery: another poke, and the pull brings a tombstone.
    const qsizetype seenBeforePause = socket.messageCount();
    const qint64 activeVersion = SyncActor::payload(activated).value(QStringLiteral("version")).toInteger();
    QCOMPARE(SyncActor::status(brand.run(Mutations::setStatus(campaign, QStringLiteral("paused"), activeVersion))), QStringLiteral("ok"));
    const auto secondPoke = socket.waitFor(pokeAtLeast(brandCursor()), PokeTimeoutMs, seenBeforePause);
    QVERIFY2(secondPoke.has_value(), "no poke when a visible campaign left the clipper's view");
    QVERIFY(readerApi.pullInto(clipperUser.token, clipperState));
    QVERIFY2(!clipperState.contains(QStringLiteral("campaign"), campaign), "the paused campaign is still in the clipper's cache");
    QVERIFY(socket.isConnected());
}

// PostgreSQL restarts, or an administrator ends the listening connection: notifications sent
// while no one listens are lost, so the process reconnects within seconds and pokes its sockets
// at the current cursor; then cross-process pokes flow again.
void tst_MultiProcessPoke::lostListenerReconnectsAndPokesToCatchUp()
{
    SyncBackend world(QStringLiteral("postgresql"));
    QVERIFY2(world.start(), qPrintable(world.errorString()));
    std::unique_ptr<ServerProcess> second = world.startAnotherServer();
    QVERIFY2(second, qPrintable(world.errorString()));
    TestApiClient writerApi(world.server().baseUrl());
    TestApiClient readerApi(second->baseUrl());
    TestUser brandUser;
    TestUser clipperUser;
    QVERIFY(signUp(writerApi, readerApi, QStringLiteral("L"), &brandUser, &clipperUser));
    const SyncActor brand(&writerApi, brandUser);
    TestWebSocket socket;
    QVERIFY2(socket.open(second->baseUrl(), clipperUser.token), qPrintable(socket.errorString()));
    BrandCursor brandCursor(writerApi, brandUser);

    qint64 version = 0;
    const QString campaign = brand.createCampaign(Mutations::activatableFields(QStringLiteral("Catch up")), &version);
    QVERIFY(!campaign.isEmpty());
    const QJsonObject activated = brand.run(Mutations::setStatus(campaign, QStringLiteral("active"), version));
    QCOMPARE(SyncActor::status(activated), QStringLiteral("ok"));
    const qint64 activeCursor = brandCursor();
    QVERIFY(socket.waitFor(pokeAtLeast(activeCursor), PokeTimeoutMs).has_value());

    // End both processes' listening connections. No change follows, yet server 2 pokes.
    DatabaseInspector admin(world);
    QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
    const qsizetype seen = socket.messageCount();
    const qint64 cutAt = QDateTime::currentMSecsSinceEpoch();
    const QStringList ended = admin.column(QStringLiteral("SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity"
                                                          " WHERE application_name = 'clipdesk-poke-listener'"));
    QCOMPARE(ended, (QStringList{QStringLiteral("true"), QStringLiteral("true")}));
    const auto catchUp = socket.waitFor(pokeAtLeast(activeCursor), PokeTimeoutMs, seen);
    QVERIFY2(catchUp.has_value(), "no catch-up poke within 5 s of losing the listening connection");
    qInfo().noquote() << QStringLiteral("catch-up poke %1 ms after the connection was ended").arg(catchUp->receivedAtMs - cutAt);
    QTRY_COMPARE_WITH_TIMEOUT(admin.number(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                                           " WHERE application_name = 'clipdesk-poke-listener'")),
                              qint64(2), PokeTimeoutMs);

    // Cross-process pokes flow again.
    const qsizetype beforePause = socket.messageCount();
    const qint64 activeVersion = SyncActor::payload(activated).value(QStringLiteral("version")).toInteger();
    QCOMPARE(SyncActor::status(brand.run(Mutations::setStatus(campaign, QStringLiteral("paused"), activeVersion))), QStringLiteral("ok"));
    QVERIFY2(socket.waitFor(pokeAtLeast(brandCursor()), PokeTimeoutMs, beforePause).has_value(),
             "no poke from the other process after the listener reconnected");
    QVERIFY(socket.isConnected());
}

QTEST_GUILESS_MAIN(tst_MultiProcessPoke)
#include "tst_multiprocesspoke.moc"
