// Fields a role may not set, transitions it may not take and terms it may not offer are
// rejected with a clear error and change nothing (PROTOCOL.md: "Everything else ... is
// read-only and rejected if sent"; "A bad name, bad arguments or a broken domain rule gives
// rejected ... and changes nothing").
#include "mutations.h"
#include "syncactor.h"
#include "syncbackend.h"
#include "testapiclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace ClipDesk::Testing;

namespace {

struct Case
{
    QString name;
    QString actor;
    QJsonObject mutation;
    QStringList codes;     // acceptable rejection codes
    QString watchCampaign; // a campaign whose row must stay as it was
};

const QString InvalidArgument = QStringLiteral("invalid_argument");

QJsonObject merged(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject withArgs(QJsonObject mutation, const QJsonObject &extraArgs)
{
    mutation.insert(QStringLiteral("args"), merged(mutation.value(QStringLiteral("args")).toObject(), extraArgs));
    return mutation;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_MassAssignment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejected_data();
    void rejected();
    void restProfileIgnoresNothing();
    void cleanupTestCase();

private:
    const SyncActor &actor(const QString &name) const { return *m_actors.constFind(name); }
    QList<Case> buildCases();
    int adminChanges();
    QJsonObject campaignRow(const QString &id);

    std::unique_ptr<SyncBackend> m_backend;
    std::unique_ptr<TestApiClient> m_api;
    QHash<QString, SyncActor> m_actors;
    PulledState m_admin;
    QList<Case> m_cases;
    QString m_draft, m_active, m_zeroBudget, m_flaggedPaused;
};

void tst_MassAssignment::initTestCase()
{
    m_backend = std::make_unique<SyncBackend>(QStringLiteral("sqlite"));
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorString()));
    m_api = std::make_unique<TestApiClient>(m_backend->server().baseUrl());
    for (const QString &name : {QStringLiteral("brandA"), QStringLiteral("brandB"), QStringLiteral("clipperA"), QStringLiteral("clipperB")}) {
        const TestUser user = m_api->registerUser(name.startsWith(u"brand") ? QStringLiteral("brand") : QStringLiteral("clipper"), name);
        QVERIFY(user.isValid());
        m_actors.insert(name, SyncActor(m_api.get(), user));
    }
    const TestUser admin = m_api->createAdmin(m_backend->server(), m_backend->dbArg());
    QVERIFY(admin.isValid());
    m_actors.insert(QStringLiteral("admin"), SyncActor(m_api.get(), admin));

    const SyncActor &brand = actor(QStringLiteral("brandA"));
    m_draft = brand.createCampaign(Mutations::activatableFields(QStringLiteral("Draft")));
    m_active = brand.createActiveCampaign(QStringLiteral("Active"));
    QJsonObject zero = Mutations::activatableFields(QStringLiteral("No money"));
    zero.insert(QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 0}, {QStringLiteral("currency"), QStringLiteral("USD")}});
    m_zeroBudget = brand.createCampaign(zero);
    qint64 version = 0;
    m_flaggedPaused = brand.createActiveCampaign(QStringLiteral("Flagged"), QStringLiteral("public"), &version);
    QVERIFY(!m_draft.isEmpty() && !m_active.isEmpty() && !m_zeroBudget.isEmpty() && !m_flaggedPaused.isEmpty());
    QCOMPARE(SyncActor::status(brand.run(Mutations::setStatus(m_flaggedPaused, QStringLiteral("paused"), version))), QStringLiteral("ok"));
    QCOMPARE(SyncActor::status(actor(QStringLiteral("admin")).run(Mutations::admin(QStringLiteral("admin.flag_campaign"), m_flaggedPaused))),
             QStringLiteral("ok"));
    adminChanges();
    m_cases = buildCases();
}

int tst_MassAssignment::adminChanges()
{
    const qsizetype before = m_admin.seqs().size();
    m_api->pullInto(actor(QStringLiteral("admin")).token(), m_admin);
    return int(m_admin.seqs().size() - before);
}

QJsonObject tst_MassAssignment::campaignRow(const QString &id)
{
    adminChanges();
    return m_admin.row(QStringLiteral("campaign"), id);
}

QList<Case> tst_MassAssignment::buildCases()
{
    const QString brandA = QStringLiteral("brandA"), brandB = QStringLiteral("brandB");
    const QString clipperA = QStringLiteral("clipperA");
    const QString otherBrand = actor(brandB).id();
    const qint64 draftVersion = campaignRow(m_draft).value(QStringLiteral("version")).toInteger();
    const qint64 activeVersion = campaignRow(m_active).value(QStringLiteral("version")).toInteger();
    const qint64 zeroVersion = campaignRow(m_zeroBudget).value(QStringLiteral("version")).toInteger();
    const qint64 flaggedVersion = campaignRow(m_flaggedPaused).value(QStringLiteral("version")).toInteger();
    const qint64 brandProfile = actor(brandA).profileVersion();
    const qint64 clipperProfile = actor(clipperA).profileVersion();
    const QStringList invalid{InvalidArgument};

    QList<Case> cases;
    const auto create = [&](const char *name, const QJsonObject &extraFields) {
        const QJsonObject fields = merged({{QStringLiteral("name"), QStringLiteral("Sneaky")}}, extraFields);
        cases.append({QString::fromLatin1(name), brandA, Mutations::createCampaign(TestApiClient::newId(), fields), invalid, {}});
    };
    create("create with another brand's brand_id", {{QStringLiteral("brand_id"), otherBrand}});
    create("create with status", {{QStringLiteral("status"), QStringLiteral("active")}});
    create("create with version", {{QStringLiteral("version"), 99}});
    create("create with flagged_reason", {{QStringLiteral("flagged_reason"), QStringLiteral("none")}});
    create("create with is_template", {{QStringLiteral("is_template"), true}});
    create("create with id in fields", {{QStringLiteral("id"), TestApiClient::newId()}});
    create("create with created_at", {{QStringLiteral("created_at"), 0}});
    create("create with payout_model", {{QStringLiteral("payout_model"), QStringLiteral("cpm")}});
    create("create with an unknown field", {{QStringLiteral("owner"), otherBrand}});
    cases.append({QStringLiteral("create without a name"), brandA,
                  Mutations::createCampaign(TestApiClient::newId(), {{QStringLiteral("brief"), QStringLiteral("x")}}), invalid, {}});
    cases.append({QStringLiteral("create with brand_id as an argument"), brandA,
                  withArgs(Mutations::createCampaign(TestApiClient::newId(), {{QStringLiteral("name"), QStringLiteral("x")}}),
                           {{QStringLiteral("brand_id"), otherBrand}}),
                  invalid, {}});

    const auto update = [&](const char *name, const QJsonObject &changes) {
        cases.append({QString::fromLatin1(name), brandA, Mutations::updateCampaign(m_draft, changes, draftVersion), invalid, m_draft});
    };
    update("update brand_id", {{QStringLiteral("brand_id"), otherBrand}});
    update("update status", {{QStringLiteral("status"), QStringLiteral("active")}});
    update("update version", {{QStringLiteral("version"), 99}});
    update("update flagged_reason", {{QStringLiteral("flagged_reason"), QStringLiteral("x")}});
    update("update is_template", {{QStringLiteral("is_template"), true}});
    update("update id", {{QStringLiteral("id"), TestApiClient::newId()}});
    update("update updated_at", {{QStringLiteral("updated_at"), 1}});
    update("update an unknown field", {{QStringLiteral("owner"), otherBrand}});
    update("update a good field with status", {{QStringLiteral("name"), QStringLiteral("Fine")}, {QStringLiteral("status"), QStringLiteral("archived")}});
    cases.append({QStringLiteral("update with brand_id as an argument"), brandA,
                  withArgs(Mutations::updateCampaign(m_draft, {{QStringLiteral("name"), QStringLiteral("x")}}, draftVersion),
                           {{QStringLiteral("brand_id"), otherBrand}}),
                  invalid, m_draft});
    cases.append({QStringLiteral("update the budget of an active campaign to zero"), brandA,
                  Mutations::updateCampaign(m_active, {{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 0}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}, activeVersion),
                  invalid, m_active});

    const QStringList illegal{QStringLiteral("illegal_transition")};
    for (const char *status : {"completed", "archived", "paused"}) {
        cases.append({QStringLiteral("draft to %1").arg(QLatin1String(status)), brandA,
                      Mutations::setStatus(m_draft, QString::fromLatin1(status), draftVersion), illegal, m_draft});
    }
    cases.append({QStringLiteral("an unknown status"), brandA, Mutations::setStatus(m_draft, QStringLiteral("deleted"), draftVersion), invalid, m_draft});
    cases.append({QStringLiteral("activate with a zero budget"), brandA,
                  Mutations::setStatus(m_zeroBudget, QStringLiteral("active"), zeroVersion), invalid, m_zeroBudget});
    cases.append({QStringLiteral("activate a flagged campaign"), brandA,
                  Mutations::setStatus(m_flaggedPaused, QStringLiteral("active"), flaggedVersion), {QStringLiteral("campaign_flagged")}, m_flaggedPaused});
    cases.append({QStringLiteral("set_status with flagged_reason as an argument"), brandA,
                  withArgs(Mutations::setStatus(m_flaggedPaused, QStringLiteral("paused"), flaggedVersion), {{QStringLiteral("flagged_reason"), QString()}}),
                  invalid, m_flaggedPaused});
    cases.append({QStringLiteral("budget edit on another brand's campaign"), brandB,
                  Mutations::updateCampaign(m_active, {{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 1}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}, activeVersion),
                  {QStringLiteral("not_found")}, m_active});
    cases.append({QStringLiteral("pause another brand's campaign"), brandB,
                  Mutations::setStatus(m_active, QStringLiteral("paused"), activeVersion), {QStringLiteral("not_found")}, m_active});

    const QString clipperB = actor(QStringLiteral("clipperB")).id();
    cases.append({QStringLiteral("apply with terms in another currency"), clipperA,
                  Mutations::createOffer(TestApiClient::newId(), m_active, {}, Mutations::terms(1000, QStringLiteral("EUR"))), invalid, m_active});
    cases.append({QStringLiteral("invite with terms in another currency"), brandA,
                  Mutations::createOffer(TestApiClient::newId(), m_active, clipperB, Mutations::terms(1000, QStringLiteral("EUR"))), invalid, m_active});
    cases.append({QStringLiteral("terms with an unknown field"), clipperA,
                  Mutations::createOffer(TestApiClient::newId(), m_active, {}, merged(Mutations::terms(), {{QStringLiteral("bonus_minor"), 5}})),
                  invalid, m_active});
    cases.append({QStringLiteral("a clipper applies in another clipper's name"), clipperA,
                  Mutations::createOffer(TestApiClient::newId(), m_active, clipperB, Mutations::terms()),
                  {InvalidArgument, QStringLiteral("forbidden")}, m_active});
    for (const auto &[field, value] : {std::pair{"status", QJsonValue(QStringLiteral("accepted"))}, std::pair{"kind", QJsonValue(QStringLiteral("invite"))},
                                       std::pair{"round", QJsonValue(5)}, std::pair{"brand_id", QJsonValue(otherBrand)}}) {
        cases.append({QStringLiteral("offer.create with %1").arg(QLatin1String(field)), clipperA,
                      withArgs(Mutations::createOffer(TestApiClient::newId(), m_active, {}, Mutations::terms()), {{QLatin1String(field), value}}),
                      invalid, m_active});
    }

    const auto profile = [&](const char *name, const QString &who, const QJsonObject &changes, qint64 version) {
        cases.append({QString::fromLatin1(name), who, Mutations::updateProfile(changes, version), invalid, {}});
    };
    profile("profile role", brandA, {{QStringLiteral("role"), QStringLiteral("admin")}}, brandProfile);
    profile("profile user_id", brandA, {{QStringLiteral("user_id"), otherBrand}}, brandProfile);
    profile("profile reach on a brand", brandA, {{QStringLiteral("reach"), 1000000}}, brandProfile);
    profile("profile version", brandA, {{QStringLiteral("version"), 99}}, brandProfile);
    profile("profile username", brandA, {{QStringLiteral("username"), QStringLiteral("taken")}}, brandProfile);
    profile("profile email", brandA, {{QStringLiteral("email"), QStringLiteral("x@example.com")}}, brandProfile);
    profile("profile good field with role", brandA, {{QStringLiteral("display_name"), QStringLiteral("Fine")}, {QStringLiteral("role"), QStringLiteral("admin")}}, brandProfile);
    profile("profile company_name on a clipper", clipperA, {{QStringLiteral("company_name"), QStringLiteral("Acme")}}, clipperProfile);
    cases.append({QStringLiteral("profile.update with user_id as an argument"), brandA,
                  withArgs(Mutations::updateProfile({{QStringLiteral("bio"), QStringLiteral("x")}}, brandProfile), {{QStringLiteral("user_id"), otherBrand}}),
                  invalid, {}});

    cases.append({QStringLiteral("an unknown mutation"), brandA,
                  TestApiClient::mutation(QStringLiteral("campaign.force_status"), {{QStringLiteral("id"), m_draft}, {QStringLiteral("status"), QStringLiteral("active")}}),
                  {QStringLiteral("unknown_mutation")}, m_draft});
    cases.append({QStringLiteral("flag without a reason"), QStringLiteral("admin"),
                  TestApiClient::mutation(QStringLiteral("admin.flag_campaign"), {{QStringLiteral("id"), m_active}}), invalid, m_active});
    return cases;
}

void tst_MassAssignment::rejected_data()
{
    QTest::addColumn<int>("index");
    // The cases need the server's objects; initTestCase() ran before this.
    for (qsizetype i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases.at(i).name)) << int(i);
}

void tst_MassAssignment::rejected()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    const QJsonObject before = c.watchCampaign.isEmpty() ? QJsonObject() : campaignRow(c.watchCampaign);
    adminChanges();

    const QJsonObject result = actor(c.actor).run(c.mutation);
    qDebug().noquote() << c.name << "→" << compact(result.value(QStringLiteral("error")).toObject());
    QVERIFY2(SyncActor::status(result) == u"rejected", qPrintable(compact(result)));
    QVERIFY2(c.codes.contains(SyncActor::errorCode(result)),
             qPrintable(QStringLiteral("expected %1, got %2").arg(c.codes.join(u'|'), compact(result))));
    QVERIFY2(!result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty(), "no message");

    QCOMPARE(adminChanges(), 0);
    if (!c.watchCampaign.isEmpty())
        QCOMPARE(campaignRow(c.watchCampaign), before);
    // The REST row the owner reads is unchanged too.
    if (!c.watchCampaign.isEmpty()) {
        const TestApiReply row = m_api->get(QStringLiteral("/api/v1/campaigns/") + c.watchCampaign, actor(QStringLiteral("brandA")).token());
        QCOMPARE(row.status, 200);
        const QJsonObject restRow = row.json.contains(QStringLiteral("campaign")) ? row.json.value(QStringLiteral("campaign")).toObject() : row.json;
        QCOMPARE(restRow.value(QStringLiteral("version")), before.value(QStringLiteral("version")));
        QCOMPARE(restRow.value(QStringLiteral("status")), before.value(QStringLiteral("status")));
        QCOMPARE(restRow.value(QStringLiteral("brand_id")), before.value(QStringLiteral("brand_id")));
    }
}

void tst_MassAssignment::restProfileIgnoresNothing()
{
    // PATCH /api/v1/profile is the other way to edit a profile: the same fields are refused there.
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    const QJsonObject before = m_api->get(QStringLiteral("/api/v1/profile"), brand.token()).json;
    for (const QJsonObject &changes : {QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}},
                                       QJsonObject{{QStringLiteral("user_id"), actor(QStringLiteral("brandB")).id()}},
                                       QJsonObject{{QStringLiteral("reach"), 5}},
                                       QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Fine")}, {QStringLiteral("version"), 77}}}) {
        const TestApiReply reply = m_api->patch(QStringLiteral("/api/v1/profile"), changes, brand.token());
        QVERIFY2(reply.status == 400, qPrintable(QStringLiteral("HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.errorCode(), InvalidArgument);
        QCOMPARE(adminChanges(), 0);
    }
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/profile"), brand.token()).json, before);
    const TestApiReply me = m_api->get(QStringLiteral("/api/v1/auth/me"), brand.token());
    QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("brand"));
}

void tst_MassAssignment::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral("mass-assignment cases checked: %1").arg(m_cases.size() + 4);
    m_api.reset();
    m_backend.reset();
}

QTEST_GUILESS_MAIN(tst_MassAssignment)
#include "tst_massassignment.moc"
