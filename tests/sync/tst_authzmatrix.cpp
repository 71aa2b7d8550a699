// Every mutation of PROTOCOL.md and every REST route that takes an object id, tried by every
// actor against its own object, someone else's and a random id, against the real server.
// Expectations: authztable.cpp. A refused attempt must change nothing (no signed-in user,
// the admin included, pulls any change afterwards), and "not yours" must look exactly like
// "not found" (same code, same message but for the id).
#include "authztable.h"
#include "authzworld.h"
#include "mutations.h"
#include "syncactor.h"
#include "syncbackend.h"
#include "testapiclient.h"
#include "visibilitymodel.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ClipDesk::Testing;

namespace {

struct Answer
{
    int http = 0;
    QJsonObject result;
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString describe(const Answer &answer)
{
    return QStringLiteral("HTTP %1 %2").arg(answer.http).arg(compact(answer.result));
}

bool matches(const QString &expected, const Answer &answer)
{
    if (expected == u"http401")
        return answer.http == 401;
    if (answer.http != 200)
        return false;
    const QString status = SyncActor::status(answer.result);
    const QString code = SyncActor::errorCode(answer.result);
    if (expected == u"ok")
        return status == u"ok";
    const bool hasMessage = !answer.result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty();
    if (status != u"rejected" || !hasMessage)
        return false;
    if (expected == u"rejected")
        return code != u"not_found" && !code.isEmpty();
    return code == expected;
}

// The mutation again, aimed at `replacement` instead of `targetId`, with a fresh mutation id.
QJsonObject retargeted(const QJsonObject &mutation, const QString &targetId, const QString &replacement)
{
    QString text = compact(mutation);
    text.replace(targetId, replacement);
    QJsonObject copy = QJsonDocument::fromJson(text.toUtf8()).object();
    copy.insert(QStringLiteral("id"), TestApiClient::newId());
    return copy;
}

QString shape(QString message, const QString &id)
{
    return message.replace(id, QStringLiteral("<id>"));
}

} // namespace

class tst_AuthzMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { observedChanges(); } // whatever an earlier failure left behind
    void mutations_data();
    void mutations();
    void restReads_data();
    void restReads();
    void campaignLists();
    void restWrites();
    void mutationIdReusedByAnotherUser();
    void badTokens();
    void pullsMatchVisibility();
    void cleanupTestCase();

private:
    const SyncActor &actor(const QString &name) const { return m_world->actor(name); }
    Answer attempt(const QString &actorName, const QJsonObject &mutation);
    // Pulls every user's state forward; returns how many changes all of them saw together.
    int observedChanges();
    QStringList observedProblems() const;
    qint64 adminVersion(const QString &entity, const QString &id);

    std::unique_ptr<SyncBackend> m_backend;
    std::unique_ptr<TestApiClient> m_api;
    std::unique_ptr<AuthzWorld> m_world;
    QMap<QString, PulledState> m_observed; // every signed-in actor's incrementally pulled state
    int m_cases = 0;
};

void tst_AuthzMatrix::initTestCase()
{
    m_backend = std::make_unique<SyncBackend>(QStringLiteral("sqlite"));
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorString()));
    m_api = std::make_unique<TestApiClient>(m_backend->server().baseUrl());

    m_world = std::make_unique<AuthzWorld>(m_api.get());
    const QString failure = m_world->build(m_backend->server(), m_backend->dbArg());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    observedChanges();
    QVERIFY2(observedProblems().isEmpty(), qPrintable(observedProblems().join(u'\n')));
}

Answer tst_AuthzMatrix::attempt(const QString &actorName, const QJsonObject &mutation)
{
    const SyncActor &who = actor(actorName);
    const PushOutcome outcome = m_api->push(who.token(), who.clientId(), QJsonArray{mutation});
    return {outcome.reply.status, outcome.results.isEmpty() ? QJsonObject{} : outcome.result(0)};
}

int tst_AuthzMatrix::observedChanges()
{
    qsizetype seen = 0;
    for (const QString &name : AuthzTable::actors()) {
        if (name == u"anonymous")
            continue;
        PulledState &state = m_observed[name];
        const qsizetype before = state.seqs().size();
        m_api->pullInto(actor(name).token(), state);
        seen += state.seqs().size() - before;
    }
    return int(seen);
}

QStringList tst_AuthzMatrix::observedProblems() const
{
    QStringList problems;
    for (auto it = m_observed.cbegin(); it != m_observed.cend(); ++it) {
        for (const QString &problem : it->problems())
            problems.append(it.key() + QStringLiteral(": ") + problem);
    }
    return problems;
}

qint64 tst_AuthzMatrix::adminVersion(const QString &entity, const QString &id)
{
    observedChanges();
    return m_observed[QStringLiteral("admin")].row(entity, id).value(QStringLiteral("version")).toInteger();
}

void tst_AuthzMatrix::mutations_data()
{
    QTest::addColumn<QString>("actorName");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    for (const AuthzTable::Row &row : AuthzTable::mutationRows()) {
        for (qsizetype i = 0; i < AuthzTable::actors().size(); ++i) {
            const QString &name = AuthzTable::actors().at(i);
            if (row.outcomes.at(i) != u"-")
                QTest::addRow("%s %s %s", qPrintable(name), qPrintable(row.operation), qPrintable(row.target))
                    << name << row.operation << row.target << row.outcomes.at(i);
        }
    }
}

void tst_AuthzMatrix::mutations()
{
    QFETCH(QString, actorName);
    QFETCH(QString, operation);
    QFETCH(QString, target);
    QFETCH(QString, expected);

    const AuthzWorld::Attempt a = m_world->prepare(actorName, operation, target, expected == u"ok", [this](const QString &id) {
        return adminVersion(QStringLiteral("campaign"), id);
    });
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    observedChanges(); // the setup's own changes

    const Answer answer = attempt(actorName, a.mutation);
    ++m_cases;
    QVERIFY2(matches(expected, answer),
             qPrintable(QStringLiteral("expected %1, got %2").arg(expected, describe(answer))));
    const int changes = observedChanges();
    if (expected == u"ok")
        QVERIFY2(changes > 0, "an applied mutation left no change for anyone to pull");
    else
        QVERIFY2(changes == 0, qPrintable(QStringLiteral("a refused attempt changed %1 row(s)").arg(changes)));

    if (expected == u"not_found" && target != u"missing") {
        // Someone else's object and an object that does not exist must be indistinguishable.
        const QString randomId = TestApiClient::newId();
        const Answer missing = attempt(actorName, retargeted(a.mutation, a.targetId, randomId));
        ++m_cases;
        QCOMPARE(missing.http, answer.http);
        QCOMPARE(SyncActor::status(missing.result), SyncActor::status(answer.result));
        QCOMPARE(SyncActor::errorCode(missing.result), SyncActor::errorCode(answer.result));
        const auto message = [](const Answer &x) {
            return x.result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        };
        QCOMPARE(shape(message(missing), randomId), shape(message(answer), a.targetId));
        QCOMPARE(observedChanges(), 0);
    }
    QVERIFY2(observedProblems().isEmpty(), qPrintable(observedProblems().join(u'\n')));
}

void tst_AuthzMatrix::restReads_data()
{
    QTest::addColumn<QString>("actorName");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    for (const AuthzTable::Row &row : AuthzTable::restRows()) {
        for (qsizetype i = 0; i < AuthzTable::actors().size(); ++i) {
            const QString &name = AuthzTable::actors().at(i);
            QTest::addRow("%s %s %s", qPrintable(name), qPrintable(row.operation), qPrintable(row.target))
                << name << row.operation << row.target << row.outcomes.at(i);
        }
    }
}

void tst_AuthzMatrix::restReads()
{
    QFETCH(QString, actorName);
    QFETCH(QString, route);
    QFETCH(QString, target);
    QFETCH(QString, expected);

    const bool profile = route.contains(u"/users/");
    const QString id = profile ? (target == u"missing" ? TestApiClient::newId() : actor(target).id()) : m_world->campaignId(target);
    const QString pattern = route.section(u' ', 1);
    const TestApiReply reply = m_api->get(QString(pattern).replace(QStringLiteral("{id}"), id), actor(actorName).token());
    ++m_cases;
    const int expectedStatus = expected == u"http401" ? 401 : expected.toInt();
    QVERIFY2(reply.status == expectedStatus, qPrintable(QStringLiteral("HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)))));
    if (reply.status == 200 && !profile) {
        const QJsonObject row = reply.json.contains(QStringLiteral("campaign")) ? reply.json.value(QStringLiteral("campaign")).toObject() : reply.json;
        QCOMPARE(row.value(QStringLiteral("id")).toString(), id);
        if (actor(actorName).role() == u"clipper")
            QVERIFY2(row.value(QStringLiteral("flagged_reason")).toString().isEmpty(), "a clipper sees a flag reason");
    }
    if (reply.status == 404 && target != u"missing") {
        const QString randomId = TestApiClient::newId();
        const TestApiReply missing = m_api->get(QString(pattern).replace(QStringLiteral("{id}"), randomId), actor(actorName).token());
        ++m_cases;
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), reply.errorCode());
        QCOMPARE(shape(missing.errorMessage(), randomId), shape(reply.errorMessage(), id));
    }
    QCOMPARE(observedChanges(), 0);
}

void tst_AuthzMatrix::campaignLists()
{
    for (qsizetype i = 0; i < AuthzTable::actors().size(); ++i) {
        const QString &name = AuthzTable::actors().at(i);
        const TestApiReply reply = m_api->get(QStringLiteral("/api/v1/campaigns"), actor(name).token());
        if (name == u"anonymous") {
            QCOMPARE(reply.status, 401);
            ++m_cases;
            continue;
        }
        QCOMPARE(reply.status, 200);
        QSet<QString> listed;
        for (const QJsonValue &row : reply.json.value(QStringLiteral("campaigns")).toArray())
            listed.insert(row.toObject().value(QStringLiteral("id")).toString());
        // ?status= narrows what the caller may see; it never widens it.
        const TestApiReply drafts = m_api->get(QStringLiteral("/api/v1/campaigns?status=draft"), actor(name).token());
        QCOMPARE(drafts.status, 200);
        for (const QJsonValue &row : drafts.json.value(QStringLiteral("campaigns")).toArray()) {
            ++m_cases;
            QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
            QVERIFY2(listed.contains(row.toObject().value(QStringLiteral("id")).toString()), "?status= shows more than the full list");
        }
        for (const AuthzTable::Row &row : AuthzTable::restRows()) {
            if (!row.operation.contains(u"campaigns") || row.target == u"missing")
                continue;
            ++m_cases;
            const bool expected = row.outcomes.at(i) == u"200";
            QVERIFY2(listed.contains(m_world->campaignId(row.target)) == expected,
                     qPrintable(QStringLiteral("%1 %2 %3 in GET /api/v1/campaigns").arg(name, expected ? QStringLiteral("misses") : QStringLiteral("sees"), row.target)));
        }
    }
}

void tst_AuthzMatrix::restWrites()
{
    // Writes go through sync only: no REST route may change a campaign, whoever asks.
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Hijacked")}, {QStringLiteral("status"), QStringLiteral("archived")}};
    const QList<std::pair<QByteArray, QString>> writes = {
        {"POST", QStringLiteral("/api/v1/campaigns")},
        {"PUT", QStringLiteral("/api/v1/campaigns/%1").arg(m_world->objects().active)},
        {"PATCH", QStringLiteral("/api/v1/campaigns/%1").arg(m_world->objects().active)},
        {"POST", QStringLiteral("/api/v1/campaigns/%1").arg(m_world->objects().active)},
        {"DELETE", QStringLiteral("/api/v1/campaigns/%1").arg(m_world->objects().active)},
        {"DELETE", QStringLiteral("/api/v1/campaigns/%1").arg(m_world->objects().draft)},
    };
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (const QString &name : AuthzTable::actors()) {
        for (const auto &[method, path] : writes) {
            const TestApiReply reply = m_api->send(method, path, method == "DELETE" ? QByteArray() : payload, actor(name).token());
            ++m_cases;
            QVERIFY2(reply.status >= 400 && reply.status < 500,
                     qPrintable(QStringLiteral("%1 %2 by %3 → HTTP %4").arg(QString::fromLatin1(method), path, name).arg(reply.status)));
            QCOMPARE(observedChanges(), 0);
        }
    }
}

void tst_AuthzMatrix::mutationIdReusedByAnotherUser()
{
    const SyncActor &owner = actor(QStringLiteral("brandA"));
    const SyncActor &other = actor(QStringLiteral("brandB"));
    const QString campaign = TestApiClient::newId();
    const QJsonObject mutation = Mutations::createCampaign(campaign, {{QStringLiteral("name"), QStringLiteral("Mine")}});
    const QJsonObject first = owner.run(mutation);
    QCOMPARE(SyncActor::status(first), QStringLiteral("ok"));
    observedChanges();

    // The owner's client id and mutation id from another user: refused, the stored result stays private.
    const PushOutcome reused = m_api->push(other.token(), owner.clientId(), QJsonArray{mutation});
    ++m_cases;
    QVERIFY2(reused.arrived(), reused.reply.body.constData());
    QCOMPARE(SyncActor::status(reused.result(0)), QStringLiteral("rejected"));
    QCOMPARE(SyncActor::errorCode(reused.result(0)), QStringLiteral("mutation_id_reused"));
    QVERIFY2(!reused.result(0).contains(QStringLiteral("result")), "the other user's stored result leaked");
    QCOMPARE(observedChanges(), 0);

    // The same mutation id under the other user's own client id (PROTOCOL.md keys exactly-once
    // on (client_id, id), so this is a different mutation): it may not touch the owner's campaign.
    const PushOutcome ownClient = m_api->push(other.token(), other.clientId(), QJsonArray{mutation});
    ++m_cases;
    QVERIFY2(ownClient.arrived(), ownClient.reply.body.constData());
    QCOMPARE(SyncActor::status(ownClient.result(0)), QStringLiteral("rejected"));
    QVERIFY2(QStringList({QStringLiteral("mutation_id_reused"), QStringLiteral("already_exists")}).contains(SyncActor::errorCode(ownClient.result(0))),
             qPrintable(compact(ownClient.result(0))));
    QCOMPARE(observedChanges(), 0);
    const QJsonObject row = m_observed[QStringLiteral("admin")].row(QStringLiteral("campaign"), campaign);
    QCOMPARE(row.value(QStringLiteral("brand_id")).toString(), owner.id());
    QCOMPARE(row.value(QStringLiteral("version")).toInteger(), 1);

    // The owner's retry gets the stored result and changes nothing.
    const QJsonObject again = owner.run(mutation);
    ++m_cases;
    QCOMPARE(again, first);
    QCOMPARE(observedChanges(), 0);
}

void tst_AuthzMatrix::badTokens()
{
    const QString bogus = QStringLiteral("not-a-token");
    const QJsonObject mutation = Mutations::createCampaign(TestApiClient::newId(), {{QStringLiteral("name"), QStringLiteral("Ghost")}});
    for (const QString &token : {QString(), bogus}) {
        QCOMPARE(m_api->push(token, TestApiClient::newId(), QJsonArray{mutation}).reply.status, 401);
        QCOMPARE(m_api->pullPage(token, 0).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/campaigns"), token).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/profile"), token).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/auth/me"), token).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/media/") + QString(64, u'a'), token).status, 401);
        m_cases += 6;
    }
    QCOMPARE(observedChanges(), 0);
}

void tst_AuthzMatrix::pullsMatchVisibility()
{
    // Fresh full pulls (small pages) by everyone, checked against the rules applied to the
    // admin's complete state.
    QMap<QString, PulledState> fresh;
    QMap<QString, QJsonObject> all;
    for (const QString &name : AuthzTable::actors()) {
        if (name == u"anonymous")
            continue;
        fresh.insert(name, m_api->pullAll(actor(name).token(), 0, 7));
        QVERIFY2(fresh[name].problems().isEmpty(), qPrintable(fresh[name].problems().join(u'\n')));
        VisibilityModel::addNotifications(all, fresh[name].rows());
    }
    const QMap<QString, QJsonObject> &adminRows = fresh[QStringLiteral("admin")].rows();
    for (auto it = adminRows.cbegin(); it != adminRows.cend(); ++it)
        all.insert(it.key(), it.value());

    for (auto entry = fresh.cbegin(); entry != fresh.cend(); ++entry) {
        const QString &name = entry.key();
        const SyncActor &who = actor(name);
        // The incrementally pulled state is the same as the fresh one.
        QVERIFY2(m_observed[name].rows() == entry->rows(), qPrintable(name + QStringLiteral(": incremental and full pulls differ")));
        const QMap<QString, QJsonObject> expected = VisibilityModel::visibleTo(all, who.id(), who.role());
        const QMap<QString, QJsonObject> got = VisibilityModel::comparable(entry->rows(), who.role());
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            ++m_cases;
            QVERIFY2(expected.contains(it.key()), qPrintable(name + QStringLiteral(" may not see ") + it.key()));
            QVERIFY2(expected.value(it.key()) == it.value(), qPrintable(name + QStringLiteral(" got another row for ") + it.key()));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(got.contains(it.key()), qPrintable(name + QStringLiteral(" misses ") + it.key()));
    }
}

void tst_AuthzMatrix::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral("authorization cases checked: %1").arg(m_cases);
    m_world.reset();
    m_api.reset();
    m_backend.reset();
}

QTEST_GUILESS_MAIN(tst_AuthzMatrix)
#include "tst_authzmatrix.moc"
