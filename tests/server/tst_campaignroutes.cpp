// REST reads of campaigns (GET /api/v1/campaigns, GET /api/v1/campaigns/{id}) against the real
// server on SQLite and PostgreSQL: what the caller may see, and 404 for everything else.
#include "synctestkit.h"

#include <QJsonArray>
#include <QtTest>

using namespace ClipDesk::Testing;

namespace {

QStringList listedIds(const TestApiReply &reply)
{
    QStringList ids;
    for (const QJsonValue &row : reply.json.value(QStringLiteral("campaigns")).toArray())
        ids.append(row.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QString campaignPath(const QString &id)
{
    return QStringLiteral("/api/v1/campaigns/") + id;
}

} // namespace

class tst_CampaignRoutes final : public QObject
{
    Q_OBJECT

private slots:
    void listsWhatTheCallerMaySee_data() { BackendFixture::addBackendColumn(); }
    void listsWhatTheCallerMaySee();
    void readsOneOr404_data() { BackendFixture::addBackendColumn(); }
    void readsOneOr404();
    void refusesBadRequests_data() { BackendFixture::addBackendColumn(); }
    void refusesBadRequests();

private:
    SyncTestKit m_kit;
};

void tst_CampaignRoutes::listsWhatTheCallerMaySee()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("lister"));
    const TestUser otherBrand = m_kit.user(QStringLiteral("brand"), QStringLiteral("rival"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("lister"));
    const TestUser admin = m_kit.admin();
    QVERIFY(admin.isValid());
    const QString open = m_kit.campaign(brand, QStringLiteral("Open"), true);
    const QString hidden = m_kit.campaign(brand, QStringLiteral("Hidden"), true, QStringLiteral("private"));
    const QString draft = m_kit.campaign(brand, QStringLiteral("Draft"), false);
    QVERIFY(!open.isEmpty() && !hidden.isEmpty() && !draft.isEmpty());
    TestApiClient &api = m_kit.api();

    TestApiReply reply = api.get(QStringLiteral("/api/v1/campaigns"), brand.token);
    QCOMPARE(reply.status, 200);
    QStringList ids = listedIds(reply);
    ids.sort();
    QStringList own{open, hidden, draft};
    own.sort();
    QCOMPARE(ids, own); // only its own

    reply = api.get(QStringLiteral("/api/v1/campaigns"), otherBrand.token);
    QCOMPARE(reply.status, 200);
    QVERIFY(listedIds(reply).isEmpty());

    ids = listedIds(api.get(QStringLiteral("/api/v1/campaigns"), clipper.token));
    QVERIFY(ids.contains(open));
    QVERIFY(!ids.contains(hidden) && !ids.contains(draft));
    for (const QJsonValue &row : api.get(QStringLiteral("/api/v1/campaigns"), clipper.token).json.value(QStringLiteral("campaigns")).toArray())
        QVERIFY(!row.toObject().contains(QStringLiteral("flagged_reason")));

    ids = listedIds(api.get(QStringLiteral("/api/v1/campaigns"), admin.token));
    QVERIFY(ids.contains(open) && ids.contains(hidden) && ids.contains(draft));

    // ?status= filters.
    ids = listedIds(api.get(QStringLiteral("/api/v1/campaigns?status=draft"), brand.token));
    QCOMPARE(ids, QStringList(draft));
    ids = listedIds(api.get(QStringLiteral("/api/v1/campaigns?status=active"), brand.token));
    ids.sort();
    QStringList active{open, hidden};
    active.sort();
    QCOMPARE(ids, active);

    // An invite makes a private campaign visible to the invited clipper.
    QCOMPARE(SyncTestKit::status(m_kit.push(brand, QStringLiteral("offer.create"),
                                            {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("campaign_id"), hidden},
                                             {QStringLiteral("clipper_id"), clipper.id}, {QStringLiteral("terms"), QJsonObject()}})),
             QStringLiteral("ok"));
    QVERIFY(listedIds(api.get(QStringLiteral("/api/v1/campaigns?status=active"), clipper.token)).contains(hidden));
}

void tst_CampaignRoutes::readsOneOr404()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("reader"));
    const TestUser otherBrand = m_kit.user(QStringLiteral("brand"), QStringLiteral("snoop"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("reader"));
    const TestUser admin = m_kit.admin();
    const QString open = m_kit.campaign(brand, QStringLiteral("Visible"), true);
    const QString draft = m_kit.campaign(brand, QStringLiteral("Secret"), false);
    TestApiClient &api = m_kit.api();

    TestApiReply reply = api.get(campaignPath(open), clipper.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), open);
    QCOMPARE(reply.json.value(QStringLiteral("name")).toString(), QStringLiteral("Visible"));
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(!reply.json.contains(QStringLiteral("flagged_reason")));
    // The same row as a pull shows.
    QCOMPARE(reply.json, m_kit.pulledRow(clipper, QStringLiteral("campaign"), open));

    reply = api.get(campaignPath(draft), brand.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("flagged_reason")).toString(), QString());
    QCOMPARE(api.get(campaignPath(draft), admin.token).status, 200);

    // Not visible and not existing look the same.
    for (const TestUser *user : {&clipper, &otherBrand}) {
        reply = api.get(campaignPath(draft), user->token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    }
    reply = api.get(campaignPath(TestApiClient::newId()), brand.token);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));

    // A flagged campaign leaves discovery: 404 for clippers, the reason for its brand.
    QCOMPARE(SyncTestKit::status(m_kit.push(admin, QStringLiteral("admin.flag_campaign"),
                                            {{QStringLiteral("id"), open}, {QStringLiteral("reason"), QStringLiteral("Off-topic")}})),
             QStringLiteral("ok"));
    QCOMPARE(api.get(campaignPath(open), clipper.token).status, 404);
    QCOMPARE(api.get(campaignPath(open), brand.token).json.value(QStringLiteral("flagged_reason")).toString(), QStringLiteral("Off-topic"));
}

void tst_CampaignRoutes::refusesBadRequests()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("strict"));
    TestApiClient &api = m_kit.api();
    QCOMPARE(api.get(QStringLiteral("/api/v1/campaigns")).status, 401);
    QCOMPARE(api.get(campaignPath(TestApiClient::newId())).status, 401);
    const TestApiReply reply = api.get(QStringLiteral("/api/v1/campaigns?status=live"), brand.token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_argument"));
    // Writes go through sync mutations.
    QCOMPARE(api.post(QStringLiteral("/api/v1/campaigns"), {{QStringLiteral("name"), QStringLiteral("x")}}, brand.token).status, 405);
}

QTEST_GUILESS_MAIN(tst_CampaignRoutes)
#include "tst_campaignroutes.moc"
