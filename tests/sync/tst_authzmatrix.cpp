// Every mutation of PROTOCOL.md and every REST route that takes an object id, tried by every
// actor against its own object, someone else's and a random id, against the real server.
// Expectations: authztable.cpp. A rejected attempt must change nothing (the admin, who sees
// everything, pulls no change), and "not yours" must look exactly like "not found".
#include "authztable.h"
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

struct Objects
{
    QString draft, active, privateActive, tmpl, flagged, invited, membershipCampaign;
    QString application, invite, membership, notification, flaggedUser;
};

struct Attempt
{
    QJsonObject mutation;
    QString targetId;
    QString error; // the setup failed
};

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
    const SyncActor &actor(const QString &name) const { return *m_actors.constFind(name); }
    Answer attempt(const QString &actorName, const QJsonObject &mutation);
    Attempt prepare(const QString &actorName, const QString &operation, const QString &target, bool fresh);
    QString campaignTarget(const QString &target, bool fresh);
    QString offerTarget(const QString &target, bool fresh);
    QString campaignId(const QString &target) const;
    // Pulls every user's state forward; returns how many changes all of them saw together.
    int observedChanges();
    QStringList observedProblems() const;
    qint64 adminVersion(const QString &entity, const QString &id);

    std::unique_ptr<SyncBackend> m_backend;
    std::unique_ptr<TestApiClient> m_api;
    QHash<QString, SyncActor> m_actors;
    Objects m_objects;
    QMap<QString, PulledState> m_observed; // every signed-in actor's incrementally pulled state
    int m_cases = 0;
};

void tst_AuthzMatrix::initTestCase()
{
    m_backend = std::make_unique<SyncBackend>(QStringLiteral("sqlite"));
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorString()));
    m_api = std::make_unique<TestApiClient>(m_backend->server().baseUrl());

    m_actors.insert(QStringLiteral("anonymous"), SyncActor(m_api.get(), TestUser{}));
    for (const QString &name : AuthzTable::actors()) {
        if (name == u"anonymous")
            continue;
        TestUser user = name == u"admin" ? m_api->createAdmin(m_backend->server(), m_backend->dbArg())
                                         : m_api->registerUser(name.startsWith(u"brand") ? QStringLiteral("brand") : QStringLiteral("clipper"), name);
        QVERIFY2(user.isValid(), qPrintable(name));
        m_actors.insert(name, SyncActor(m_api.get(), user));
    }
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    const SyncActor &clipper = actor(QStringLiteral("clipperA"));
    const SyncActor &admin = actor(QStringLiteral("admin"));

    Objects &o = m_objects;
    o.draft = brand.createCampaign(Mutations::activatableFields(QStringLiteral("Draft"), QStringLiteral("private")));
    o.active = brand.createActiveCampaign(QStringLiteral("Active"));
    o.privateActive = brand.createActiveCampaign(QStringLiteral("Private"), QStringLiteral("private"));
    o.tmpl = brand.createTemplate(QStringLiteral("Template"));
    o.flagged = brand.createActiveCampaign(QStringLiteral("Flagged"));
    o.invited = brand.createActiveCampaign(QStringLiteral("Invited"), QStringLiteral("private"));
    o.membershipCampaign = brand.createActiveCampaign(QStringLiteral("Members"));
    for (const QString &id : {o.draft, o.active, o.privateActive, o.tmpl, o.flagged, o.invited, o.membershipCampaign})
        QVERIFY2(!id.isEmpty(), "cannot build brand A's campaigns");

    o.application = clipper.apply(o.active);
    o.invite = brand.invite(o.invited, clipper.id());
    o.membership = brand.accept(clipper.apply(o.membershipCampaign));
    QVERIFY2(!o.application.isEmpty() && !o.invite.isEmpty() && !o.membership.isEmpty(), "cannot build clipper A's offers");

    QCOMPARE(SyncActor::status(admin.run(Mutations::admin(QStringLiteral("admin.flag_campaign"), o.flagged))), QStringLiteral("ok"));
    const PulledState brandState = m_api->pullAll(brand.token());
    for (const QJsonObject &row : brandState.entityRows(QStringLiteral("notification"))) {
        if (row.value(QStringLiteral("entity_id")).toString() == o.flagged)
            o.notification = row.value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!o.notification.isEmpty(), "flagging a campaign gave its brand no notification");

    const TestUser victim = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("flagged"));
    QVERIFY(victim.isValid());
    o.flaggedUser = victim.id;
    QCOMPARE(SyncActor::status(admin.run(Mutations::admin(QStringLiteral("admin.flag_user"), victim.id))), QStringLiteral("ok"));
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

QString tst_AuthzMatrix::campaignId(const QString &target) const
{
    const Objects &o = m_objects;
    const QHash<QString, QString> ids = {
        {QStringLiteral("draft"), o.draft},     {QStringLiteral("active"), o.active},   {QStringLiteral("discoverable"), o.active},
        {QStringLiteral("private_active"), o.privateActive}, {QStringLiteral("template"), o.tmpl},
        {QStringLiteral("flagged"), o.flagged}, {QStringLiteral("invited"), o.invited}, {QStringLiteral("taken"), o.active},
    };
    return ids.value(target, TestApiClient::newId());
}

// Brand A's campaign of that kind: the shared one, or a new one for an attempt that will change it.
QString tst_AuthzMatrix::campaignTarget(const QString &target, bool fresh)
{
    if (!fresh)
        return campaignId(target);
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    if (target == u"draft")
        return brand.createCampaign(Mutations::activatableFields(QStringLiteral("Fresh draft"), QStringLiteral("private")));
    if (target == u"active" || target == u"discoverable")
        return brand.createActiveCampaign(QStringLiteral("Fresh active"));
    if (target == u"private_active")
        return brand.createActiveCampaign(QStringLiteral("Fresh private"), QStringLiteral("private"));
    if (target == u"template")
        return brand.createTemplate(QStringLiteral("Fresh template"));
    if (target == u"flagged") {
        const QString id = brand.createActiveCampaign(QStringLiteral("Fresh flagged"));
        actor(QStringLiteral("admin")).run(Mutations::admin(QStringLiteral("admin.flag_campaign"), id));
        return id;
    }
    return {};
}

QString tst_AuthzMatrix::offerTarget(const QString &target, bool fresh)
{
    if (target == u"missing")
        return TestApiClient::newId();
    if (!fresh)
        return target == u"application" ? m_objects.application : m_objects.invite;
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    const SyncActor &clipper = actor(QStringLiteral("clipperA"));
    if (target == u"application")
        return clipper.apply(brand.createActiveCampaign(QStringLiteral("Fresh application")));
    return brand.invite(brand.createActiveCampaign(QStringLiteral("Fresh invite"), QStringLiteral("private")), clipper.id());
}

Attempt tst_AuthzMatrix::prepare(const QString &actorName, const QString &operation, const QString &target, bool fresh)
{
    const SyncActor &admin = actor(QStringLiteral("admin"));
    Attempt a;
    const auto need = [&a](const QString &id, const char *what) {
        if (id.isEmpty())
            a.error = QStringLiteral("cannot build a fresh ") + QLatin1String(what);
        return id;
    };
    if (operation == u"campaign.create") {
        a.targetId = target == u"new" ? TestApiClient::newId() : campaignId(target);
        a.mutation = Mutations::createCampaign(a.targetId, {{QStringLiteral("name"), QStringLiteral("Created")}});
    } else if (operation.startsWith(u"campaign.") && operation != u"campaign.explode") {
        a.targetId = need(campaignTarget(target, fresh), "campaign");
        const qint64 version = adminVersion(QStringLiteral("campaign"), a.targetId);
        if (operation == u"campaign.update")
            a.mutation = Mutations::updateCampaign(a.targetId, {{QStringLiteral("name"), QStringLiteral("Renamed")}}, version);
        else if (operation == u"campaign.set_status")
            a.mutation = Mutations::setStatus(a.targetId, target == u"active" ? QStringLiteral("paused") : QStringLiteral("active"), version);
        else if (operation == u"campaign.clone")
            a.mutation = Mutations::cloneCampaign(a.targetId, TestApiClient::newId(), false);
        else
            a.mutation = Mutations::deleteCampaign(a.targetId);
    } else if (operation == u"offer.create") {
        a.targetId = need(campaignTarget(target, fresh), "campaign");
        const bool brand = actorName.startsWith(u"brand") || actorName == u"admin";
        a.mutation = Mutations::createOffer(TestApiClient::newId(), a.targetId, brand ? actor(QStringLiteral("clipperA")).id() : QString(),
                                            Mutations::terms());
    } else if (operation.startsWith(u"offer.")) {
        a.targetId = need(offerTarget(target, fresh), "offer");
        if (operation == u"offer.counter")
            a.mutation = Mutations::counterOffer(TestApiClient::newId(), a.targetId, Mutations::terms(2500));
        else if (operation == u"offer.accept")
            a.mutation = Mutations::acceptOffer(a.targetId);
        else if (operation == u"offer.reject")
            a.mutation = Mutations::rejectOffer(a.targetId);
        else
            a.mutation = Mutations::withdrawOffer(a.targetId);
    } else if (operation.startsWith(u"membership.")) {
        a.targetId = target == u"missing" ? TestApiClient::newId() : m_objects.membership;
        if (fresh) {
            const SyncActor &brand = actor(QStringLiteral("brandA"));
            a.targetId = need(brand.accept(actor(QStringLiteral("clipperA")).apply(brand.createActiveCampaign(QStringLiteral("Fresh member")))),
                              "membership");
        }
        a.mutation = operation == u"membership.remove" ? Mutations::removeMember(a.targetId) : Mutations::leaveMembership(a.targetId);
    } else if (operation == u"profile.update") {
        const qint64 version = actorName == u"anonymous" ? 0 : actor(actorName).profileVersion();
        a.mutation = Mutations::updateProfile({{QStringLiteral("display_name"), QStringLiteral("Renamed %1").arg(m_cases)}}, version);
    } else if (operation == u"notification.mark_read") {
        a.targetId = target == u"missing" ? TestApiClient::newId() : m_objects.notification;
        if (fresh) {
            const QString campaign = need(campaignTarget(QStringLiteral("flagged"), true), "flagged campaign");
            a.targetId.clear();
            for (const QJsonObject &row : m_api->pullAll(actor(actorName).token()).entityRows(QStringLiteral("notification"))) {
                if (row.value(QStringLiteral("entity_id")).toString() == campaign)
                    a.targetId = row.value(QStringLiteral("id")).toString();
            }
            need(a.targetId, "notification");
        }
        a.mutation = Mutations::markNotificationRead(a.targetId);
    } else if (operation == u"admin.flag_campaign" || operation == u"admin.unflag_campaign") {
        a.targetId = need(campaignTarget(target, fresh), "campaign");
        a.mutation = Mutations::admin(operation, a.targetId);
    } else if (operation == u"admin.flag_user" || operation == u"admin.unflag_user") {
        a.targetId = target == u"missing" ? TestApiClient::newId()
                     : target == u"user"  ? actor(QStringLiteral("clipperB")).id()
                                          : m_objects.flaggedUser;
        if (fresh) {
            a.targetId = need(m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("target")).id, "user");
            if (operation == u"admin.unflag_user")
                admin.run(Mutations::admin(QStringLiteral("admin.flag_user"), a.targetId));
        }
        a.mutation = Mutations::admin(operation, a.targetId);
    } else {
        a.mutation = TestApiClient::mutation(operation, {});
    }
    return a;
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

    const Attempt a = prepare(actorName, operation, target, expected == u"ok");
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
    const QString id = profile ? (target == u"missing" ? TestApiClient::newId() : actor(target).id()) : campaignId(target);
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
        for (const AuthzTable::Row &row : AuthzTable::restRows()) {
            if (!row.operation.contains(u"campaigns") || row.target == u"missing")
                continue;
            ++m_cases;
            const bool expected = row.outcomes.at(i) == u"200";
            QVERIFY2(listed.contains(campaignId(row.target)) == expected,
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
        {"PUT", QStringLiteral("/api/v1/campaigns/%1").arg(m_objects.active)},
        {"PATCH", QStringLiteral("/api/v1/campaigns/%1").arg(m_objects.active)},
        {"POST", QStringLiteral("/api/v1/campaigns/%1").arg(m_objects.active)},
        {"DELETE", QStringLiteral("/api/v1/campaigns/%1").arg(m_objects.active)},
        {"DELETE", QStringLiteral("/api/v1/campaigns/%1").arg(m_objects.draft)},
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
        m_cases += 5;
    }
    QCOMPARE(observedChanges(), 0);
}

void tst_AuthzMatrix::pullsMatchVisibility()
{
    const PulledState all = m_api->pullAll(actor(QStringLiteral("admin")).token());
    QVERIFY2(all.problems().isEmpty(), qPrintable(all.problems().join(u'\n')));
    for (const QString &name : AuthzTable::actors()) {
        if (name == u"anonymous" || name == u"admin")
            continue;
        const SyncActor &who = actor(name);
        const PulledState mine = m_api->pullAll(who.token(), 0, 7);
        QVERIFY2(mine.problems().isEmpty(), qPrintable(mine.problems().join(u'\n')));
        const QMap<QString, QJsonObject> expected = VisibilityModel::visibleTo(all.rows(), who.id(), who.role());
        const QMap<QString, QJsonObject> got = VisibilityModel::comparable(mine.rows(), who.role());
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
    m_api.reset();
    m_backend.reset();
}

QTEST_GUILESS_MAIN(tst_AuthzMatrix)
#include "tst_authzmatrix.moc"
