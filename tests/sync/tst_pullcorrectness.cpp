// Incremental pulls are exact: while brands, clippers and an admin push random edits in
// parallel (several requests in flight), every user keeps pulling small pages with its cursor.
// Afterwards each user's incrementally pulled state equals (a) a fresh full pull and (b) the
// admin's full state filtered by an independent implementation of PROTOCOL.md's visibility
// rules. The admin's pulls never skip a change that was acknowledged before the pull began.
#include "editgenerator.h"
#include "syncactor.h"
#include "syncbackend.h"
#include "testapiclient.h"
#include "visibilitymodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace ClipDesk::Testing;

namespace {

constexpr int Rounds = 250;

struct Reader
{
    SyncActor actor;
    PulledState state;
};

// A campaign or offer version a push reply acknowledged.
struct Acknowledged
{
    QString entity;
    QString id;
    qint64 version = 0;
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// {"name": count, ...} for the log.
QString summary(const QHash<QString, int> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// First difference between two states, for failure messages.
QString difference(const QMap<QString, QJsonObject> &expected, const QMap<QString, QJsonObject> &actual)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return QStringLiteral("missing %1").arg(it.key());
        if (actual.value(it.key()) != it.value())
            return QStringLiteral("%1 differs:\n expected %2\n actual   %3").arg(it.key(), compact(it.value()), compact(actual.value(it.key())));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            return QStringLiteral("unexpected %1").arg(it.key());
    }
    return {};
}

} // namespace

class tst_PullCorrectness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incrementalEqualsFullAndVisibility_data();
    void incrementalEqualsFullAndVisibility();
};

void tst_PullCorrectness::incrementalEqualsFullAndVisibility_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("twoProcesses");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << false;
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << false;
    // Two server processes on one database: writes and pulls land on either at random, so
    // sequence values are handed out by concurrent transactions.
    QTest::newRow("postgresql, two processes") << QStringLiteral("postgresql") << true;
}

void tst_PullCorrectness::incrementalEqualsFullAndVisibility()
{
    QFETCH(QString, backend);
    QFETCH(bool, twoProcesses);
    const quint32 seed = qEnvironmentVariableIsSet("CLIPDESK_PULL_SEED") ? quint32(qEnvironmentVariableIntValue("CLIPDESK_PULL_SEED"))
                                                                         : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
    qInfo().noquote() << QStringLiteral("%1: seed %2 (rerun with CLIPDESK_PULL_SEED=%2)").arg(QString::fromLatin1(QTest::currentDataTag())).arg(seed);
    EditGenerator generator(seed);
    QRandomGenerator &random = generator.random();

    SyncBackend world(backend);
    QVERIFY2(world.start(), qPrintable(world.errorString()));
    TestApiClient api(world.server().baseUrl());
    std::unique_ptr<ServerProcess> secondServer;
    std::unique_ptr<TestApiClient> secondApi;
    if (twoProcesses) {
        secondServer = world.startAnotherServer();
        QVERIFY2(secondServer, qPrintable(world.errorString()));
        secondApi = std::make_unique<TestApiClient>(secondServer->baseUrl());
    }
    // The server a request goes to.
    const auto anyApi = [&]() -> TestApiClient & { return secondApi && random.bounded(2) == 1 ? *secondApi : api; };

    QList<Reader> readers; // the admin first
    const TestUser admin = api.createAdmin(world.server(), world.dbArg());
    QVERIFY(admin.isValid());
    readers.append({SyncActor(&api, admin), {}});
    QStringList clipperIds;
    for (const char *name : {"brand1", "brand2", "clipper1", "clipper2", "clipper3"}) {
        const QString role = QLatin1String(name).startsWith(QLatin1String("brand")) ? QStringLiteral("brand") : QStringLiteral("clipper");
        const TestUser user = api.registerUser(role, QString::fromLatin1(name));
        QVERIFY(user.isValid());
        readers.append({SyncActor(&api, user), {}});
        if (role == u"clipper")
            clipperIds.append(user.id);
    }
    PulledState &adminState = readers[0].state;

    QHash<QString, int> okByName, notOk;
    QSet<QString> deleted;
    QList<Acknowledged> acknowledged;
    int adminChecks = 0;
    QElapsedTimer elapsed;
    elapsed.start();

    for (int round = 0; round < Rounds; ++round) {
        // The admin's view as of now: pushes acknowledged so far must show up in its next pull.
        const QList<Acknowledged> ackedBeforePull = acknowledged;
        PulledState snapshot = adminState;

        struct Push { QNetworkReply *reply; QJsonArray batch; };
        struct Pull { QNetworkReply *reply; qsizetype reader; };
        QList<Push> pushes;
        QList<Pull> pulls;
        QList<QNetworkReply *> inFlight;
        for (qsizetype i = 0; i < readers.size(); ++i) {
            if (random.bounded(100) < 70) {
                const QJsonArray batch = generator.next(readers.at(i).actor, snapshot, clipperIds);
                if (!batch.isEmpty()) {
                    pushes.append({anyApi().startPush(readers.at(i).actor.token(), readers.at(i).actor.clientId(), batch), batch});
                    inFlight.append(pushes.constLast().reply);
                }
            }
            if (i == 0 || random.bounded(100) < 60) {
                const int limit = 3 + int(random.bounded(30));
                pulls.append({anyApi().startPull(readers.at(i).actor.token(), readers.at(i).state.cursor(), limit), i});
                inFlight.append(pulls.constLast().reply);
            }
        }
        QVERIFY2(TestApiClient::waitForAll(inFlight, 60'000), "requests did not finish");

        for (const Push &push : pushes) {
            const PushOutcome outcome = TestApiClient::pushOutcome(TestApiClient::take(push.reply));
            QVERIFY2(outcome.arrived() && outcome.results.size() == push.batch.size(),
                     qPrintable(QStringLiteral("push failed: HTTP %1 %2").arg(outcome.reply.status).arg(QString::fromUtf8(outcome.reply.body.left(400)))));
            for (qsizetype i = 0; i < push.batch.size(); ++i) {
                const QJsonObject mutation = push.batch.at(i).toObject();
                const QJsonObject result = outcome.result(i);
                const QString name = mutation.value(QStringLiteral("name")).toString();
                const QString status = SyncActor::status(result);
                QVERIFY2(status == u"ok" || status == u"rejected" || status == u"conflict", qPrintable(compact(result)));
                if (status != u"ok") {
                    ++notOk[name + u':' + (status == u"conflict" ? status : SyncActor::errorCode(result))];
                    continue;
                }
                ++okByName[name];
                const QJsonObject payload = SyncActor::payload(result);
                if (name == u"campaign.delete")
                    deleted.insert(mutation.value(QStringLiteral("args")).toObject().value(QStringLiteral("id")).toString());
                else if (name.startsWith(u"campaign.") && payload.contains(QStringLiteral("version")))
                    acknowledged.append({QStringLiteral("campaign"), payload.value(QStringLiteral("id")).toString(), payload.value(QStringLiteral("version")).toInteger()});
                else if (name == u"offer.create" || name == u"offer.counter")
                    acknowledged.append({QStringLiteral("offer"), payload.value(QStringLiteral("id")).toString(), 0});
            }
        }
        bool adminCaughtUp = false;
        for (const Pull &pull : pulls) {
            const TestApiReply reply = TestApiClient::take(pull.reply);
            PulledState &state = readers[pull.reader].state;
            QVERIFY2(reply.status == 200, qPrintable(QStringLiteral("pull failed: HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(400)))));
            bool hasMore = true;
            QVERIFY(state.apply(reply.json, &hasMore));
            QVERIFY2(state.problems().isEmpty(), qPrintable(state.problems().join(u'\n')));
            if (pull.reader == 0 && !hasMore)
                adminCaughtUp = true;
        }
        // Pull chains that started after a reply arrived and ran to has_more=false hold that change.
        if (adminCaughtUp) {
            for (const Acknowledged &ack : ackedBeforePull) {
                if (ack.entity == u"campaign" && deleted.contains(ack.id))
                    continue;
                const QJsonObject row = adminState.row(ack.entity, ack.id);
                ++adminChecks;
                QVERIFY2(!row.isEmpty(), qPrintable(QStringLiteral("round %1: acknowledged %2/%3 missing from the admin's pull").arg(round).arg(ack.entity, ack.id)));
                QVERIFY2(row.value(QStringLiteral("version")).toInteger() >= ack.version,
                         qPrintable(QStringLiteral("round %1: %2/%3 pulled at version %4 after version %5 was acknowledged")
                                        .arg(round).arg(ack.entity, ack.id).arg(row.value(QStringLiteral("version")).toInteger()).arg(ack.version)));
            }
        }
    }
    qInfo().noquote() << QStringLiteral("%1: %2 rounds in %3 ms, %4 acknowledged changes checked in later pulls; applied %5; refused %6")
                             .arg(QString::fromLatin1(QTest::currentDataTag())).arg(Rounds).arg(elapsed.elapsed()).arg(adminChecks)
                             .arg(summary(okByName), summary(notOk));
    // The run must have exercised the visibility-changing operations.
    for (const char *name : {"campaign.create", "campaign.set_status", "campaign.update", "offer.create", "offer.accept", "admin.flag_campaign"})
        QVERIFY2(okByName.value(QString::fromLatin1(name)) > 0, name);

    // Everyone catches up; incremental == fresh full pull == the admin's state through the rules.
    for (Reader &reader : readers) {
        QVERIFY(api.pullInto(reader.actor.token(), reader.state, 50));
        QVERIFY2(reader.state.problems().isEmpty(), qPrintable(reader.state.problems().join(u'\n')));
    }
    // The complete state: the admin's, plus each user's own notifications (nobody sees them all).
    QList<PulledState> fresh;
    QMap<QString, QJsonObject> everything;
    for (const Reader &reader : readers) {
        fresh.append(api.pullAll(reader.actor.token()));
        QVERIFY2(fresh.constLast().problems().isEmpty(), qPrintable(fresh.constLast().problems().join(u'\n')));
        VisibilityModel::addNotifications(everything, fresh.constLast().rows());
    }
    for (auto it = fresh.constFirst().rows().cbegin(); it != fresh.constFirst().rows().cend(); ++it)
        everything.insert(it.key(), it.value());

    for (qsizetype i = 0; i < readers.size(); ++i) {
        const Reader &reader = readers.at(i);
        const QString who = reader.actor.role() + u' ' + reader.actor.user().username;
        const QString vsFresh = difference(fresh.at(i).rows(), reader.state.rows());
        QVERIFY2(vsFresh.isEmpty(), qPrintable(who + QStringLiteral(" incremental vs full pull: ") + vsFresh));

        if (reader.actor.role() == u"clipper") {
            for (const QJsonObject &campaign : reader.state.entityRows(QStringLiteral("campaign")))
                QVERIFY2(campaign.value(QStringLiteral("flagged_reason")).toString().isEmpty(), qPrintable(who + QStringLiteral(" sees a flag reason")));
        }
        const QMap<QString, QJsonObject> expected = VisibilityModel::visibleTo(everything, reader.actor.id(), reader.actor.role());
        const QString vsRules = difference(expected, VisibilityModel::comparable(reader.state.rows(), reader.actor.role()));
        QVERIFY2(vsRules.isEmpty(), qPrintable(who + QStringLiteral(" vs the visibility rules: ") + vsRules));
    }
}

QTEST_GUILESS_MAIN(tst_PullCorrectness)
#include "tst_pullcorrectness.moc"
