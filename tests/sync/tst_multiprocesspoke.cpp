// Pokes cross processes: two servers share one PostgreSQL database; a change pushed to server 1
// that clipper B may see pokes B's WebSocket on server 2 ({"type":"poke","cursor":N}), and B's
// pull from server 2 then has it. The single-process SQLite case is checked the same way.
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

} // namespace

class tst_MultiProcessPoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pokeReachesTheOtherProcess_data();
    void pokeReachesTheOtherProcess();
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

    // Accounts live in the shared database: registered through server 1, signed in on server 2.
    const TestUser brandUser = writerApi.registerUser(QStringLiteral("brand"), QStringLiteral("brandA"));
    const TestUser registered = writerApi.registerUser(QStringLiteral("clipper"), QStringLiteral("clipperB"));
    QVERIFY(brandUser.isValid() && registered.isValid());
    const TestUser clipperUser = readerApi.login(registered.username, registered.password);
    QVERIFY(clipperUser.isValid());
    const SyncActor brand(&writerApi, brandUser);

    PulledState clipperState = readerApi.pullAll(clipperUser.token);
    QVERIFY2(clipperState.problems().isEmpty(), qPrintable(clipperState.problems().join(u'\n')));
    TestWebSocket socket;
    QVERIFY2(socket.open(readerServer.baseUrl(), clipperUser.token), qPrintable(socket.errorString()));

    // The brand's own view tells how far the sequence went with each of its changes.
    PulledState brandState = writerApi.pullAll(brandUser.token);
    const auto brandCursor = [&] {
        writerApi.pullInto(brandUser.token, brandState);
        return brandState.cursor();
    };
    const auto pokeAtLeast = [](qint64 cursor) {
        return [cursor](const QJsonObject &message) {
            return message.value(QStringLiteral("type")).toString() == u"poke" && message.value(QStringLiteral("cursor")).toInteger() >= cursor;
        };
    };

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

QTEST_GUILESS_MAIN(tst_MultiProcessPoke)
#include "tst_multiprocesspoke.moc"
