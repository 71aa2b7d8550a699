// GET /api/v1/sync/pull and pokes against the real server on SQLite and PostgreSQL
// (core/sync/PROTOCOL.md): visibility per role, tombstones, paging, cursors.
#include "synctestkit.h"

#include "testwebsocket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ClipDesk::Testing;

namespace {

const QString Campaign = QStringLiteral("campaign");

QJsonObject setStatus(const QString &id, const char *status)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("status"), QString::fromLatin1(status)}};
}

QJsonObject change(const QString &id, const QString &field, const QJsonValue &value)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{field, value}}}};
}

// The ops of the changes about `id` in one page.
QStringList opsFor(const QJsonObject &page, const QString &id)
{
    QStringList ops;
    for (const QJsonValue &value : page.value(QStringLiteral("changes")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            ops.append(value.toObject().value(QStringLiteral("op")).toString());
    }
    return ops;
}

} // namespace

class tst_SyncPull final : public QObject
{
    Q_OBJECT

private slots:
    void visibilityPerRole_data() { BackendFixture::addBackendColumn(); }
    void visibilityPerRole();
    void tombstonesWhenCampaignLeavesView_data() { BackendFixture::addBackendColumn(); }
    void tombstonesWhenCampaignLeavesView();
    void tombstoneWhenDraftIsDeleted_data() { BackendFixture::addBackendColumn(); }
    void tombstoneWhenDraftIsDeleted();
    void smallPagesReachTheSameState_data() { BackendFixture::addBackendColumn(); }
    void smallPagesReachTheSameState();
    void cursorRules_data() { BackendFixture::addBackendColumn(); }
    void cursorRules();
    void pokesReachWhoseViewChanged_data() { BackendFixture::addBackendColumn(); }
    void pokesReachWhoseViewChanged();
    void pokesCrossServerProcesses();

private:
    SyncTestKit m_kit;
};

void tst_SyncPull::visibilityPerRole()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("seen"));
    const TestUser otherBrand = m_kit.user(QStringLiteral("brand"), QStringLiteral("unseen"));
    const TestUser invited = m_kit.user(QStringLiteral("clipper"), QStringLiteral("invited"));
    const TestUser bystander = m_kit.user(QStringLiteral("clipper"), QStringLiteral("bystander"));
    const TestUser admin = m_kit.admin();
    QVERIFY(admin.isValid());

    const QString open = m_kit.campaign(brand, QStringLiteral("Open"), true);
    const QString hidden = m_kit.campaign(brand, QStringLiteral("Hidden"), true, QStringLiteral("private"));
    const QString draft = m_kit.campaign(brand, QStringLiteral("Draft"), false);
    const QString foreign = m_kit.campaign(otherBrand, QStringLiteral("Foreign"), false);
    QVERIFY(!open.isEmpty() && !hidden.isEmpty() && !draft.isEmpty() && !foreign.isEmpty());
    const QString templateId = TestApiClient::newId();
    QCOMPARE(SyncTestKit::status(m_kit.push(brand, QStringLiteral("campaign.clone"),
                                            {{QStringLiteral("id"), open}, {QStringLiteral("new_id"), templateId},
                                             {QStringLiteral("as_template"), true}})),
             QStringLiteral("ok"));
    const QString offerId = TestApiClient::newId();
    QCOMPARE(SyncTestKit::status(m_kit.push(brand, QStringLiteral("offer.create"),
                                            {{QStringLiteral("id"), offerId}, {QStringLiteral("campaign_id"), hidden},
                                             {QStringLiteral("clipper_id"), invited.id}, {QStringLiteral("terms"), QJsonObject()}})),
             QStringLiteral("ok"));
    QCOMPARE(SyncTestKit::status(m_kit.push(invited, QStringLiteral("profile.update"),
                                            {{QStringLiteral("changes"), QJsonObject{{QStringLiteral("bio"), QStringLiteral("hi")}}}}, 1)),
             QStringLiteral("ok"));

    const auto pulled = [this](const TestUser &user) {
        PulledState state = m_kit.api().pullAll(user.token);
        if (!state.problems().isEmpty())
            qWarning() << state.problems();
        return state;
    };
    const PulledState brandView = pulled(brand);
    const PulledState otherView = pulled(otherBrand);
    const PulledState invitedView = pulled(invited);
    const PulledState bystanderView = pulled(bystander);
    const PulledState adminView = pulled(admin);
    for (const PulledState *state : {&brandView, &otherView, &invitedView, &bystanderView, &adminView})
        QVERIFY(state->problems().isEmpty());

    // Campaigns: the brand its own (templates too), clippers what is discoverable or theirs.
    for (const QString &id : {open, hidden, draft, templateId})
        QVERIFY(brandView.contains(Campaign, id));
    QVERIFY(!brandView.contains(Campaign, foreign));
    QVERIFY(otherView.contains(Campaign, foreign));
    for (const QString &id : {open, hidden, draft, templateId})
        QVERIFY(!otherView.contains(Campaign, id));
    QVERIFY(invitedView.contains(Campaign, open) && invitedView.contains(Campaign, hidden));
    QVERIFY(!invitedView.contains(Campaign, draft) && !invitedView.contains(Campaign, templateId) && !invitedView.contains(Campaign, foreign));
    QVERIFY(bystanderView.contains(Campaign, open));
    for (const QString &id : {hidden, draft, templateId, foreign})
        QVERIFY(!bystanderView.contains(Campaign, id));
    for (const QString &id : {open, hidden, draft, templateId, foreign})
        QVERIFY(adminView.contains(Campaign, id));
    // flagged_reason is for the brand and admins only.
    QVERIFY(brandView.row(Campaign, open).contains(QStringLiteral("flagged_reason")));
    QVERIFY(adminView.row(Campaign, open).contains(QStringLiteral("flagged_reason")));
    QVERIFY(!invitedView.row(Campaign, open).contains(QStringLiteral("flagged_reason")));
    QCOMPARE(invitedView.row(Campaign, hidden).value(QStringLiteral("name")).toString(), QStringLiteral("Hidden"));

    // Offers: the two sides and admins.
    QVERIFY(brandView.contains(QStringLiteral("offer"), offerId));
    QVERIFY(invitedView.contains(QStringLiteral("offer"), offerId));
    QVERIFY(adminView.contains(QStringLiteral("offer"), offerId));
    QVERIFY(!otherView.contains(QStringLiteral("offer"), offerId) && !bystanderView.contains(QStringLiteral("offer"), offerId));

    // Profiles for everyone; accounts and audit entries for admins only.
    for (const PulledState *state : {&brandView, &otherView, &bystanderView, &adminView}) {
        QCOMPARE(state->row(QStringLiteral("profile"), invited.id).value(QStringLiteral("bio")).toString(), QStringLiteral("hi"));
        QCOMPARE(state->row(QStringLiteral("profile"), invited.id).value(QStringLiteral("username")).toString(), invited.username);
    }
    QCOMPARE(adminView.row(QStringLiteral("account"), brand.id).value(QStringLiteral("role")).toString(), QStringLiteral("brand"));
    QCOMPARE(adminView.row(QStringLiteral("account"), brand.id).value(QStringLiteral("email")).toString(), brand.email);
    QVERIFY(brandView.entityRows(QStringLiteral("account")).isEmpty());
    QVERIFY(bystanderView.entityRows(QStringLiteral("account")).isEmpty());
    // Notifications: only one's own.
    for (const PulledState *state : {&brandView, &otherView, &invitedView, &bystanderView, &adminView}) {
        for (const QJsonObject &n : state->entityRows(QStringLiteral("notification")))
            QVERIFY(n.value(QStringLiteral("user_id")).toString() != brand.id || state == &brandView);
    }
}

void tst_SyncPull::tombstonesWhenCampaignLeavesView()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("leaving"));
    const TestUser applicant = m_kit.user(QStringLiteral("clipper"), QStringLiteral("applicant"));
    const TestUser browser = m_kit.user(QStringLiteral("clipper"), QStringLiteral("browser"));
    const TestUser admin = m_kit.admin();
    const QString id = m_kit.campaign(brand, QStringLiteral("Fleeting"), true);
    QVERIFY(!id.isEmpty());
    QCOMPARE(SyncTestKit::status(m_kit.push(applicant, QStringLiteral("offer.create"),
                                            {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("campaign_id"), id},
                                             {QStringLiteral("terms"), QJsonObject()}})),
             QStringLiteral("ok"));
    PulledState browserState = m_kit.api().pullAll(browser.token);
    PulledState applicantState = m_kit.api().pullAll(applicant.token);
    QVERIFY(browserState.contains(Campaign, id) && applicantState.contains(Campaign, id));

    // Each step takes the campaign out of discovery (or back) for the browser; the applicant
    // keeps seeing it through its offer.
    struct Step
    {
        const char *name;
        QJsonObject args;
        const TestUser *by;
        qint64 base;
        bool discoverable;
    };
    const QList<Step> steps = {
        {"campaign.set_status", setStatus(id, "paused"), &brand, 2, false},
        {"campaign.set_status", setStatus(id, "active"), &brand, 3, true},
        {"admin.flag_campaign", {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("spam")}}, &admin, 0, false},
        {"admin.unflag_campaign", {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("ok")}}, &admin, 0, true},
        {"campaign.update", change(id, QStringLiteral("visibility"), QStringLiteral("private")), &brand, 6, false},
        {"campaign.update", change(id, QStringLiteral("visibility"), QStringLiteral("public")), &brand, 7, true},
    };
    qint64 version = 2;
    for (const Step &step : steps) {
        QCOMPARE(SyncTestKit::status(m_kit.push(*step.by, QString::fromLatin1(step.name), step.args, step.base)), QStringLiteral("ok"));
        const TestApiReply page = m_kit.api().pullPage(browser.token, browserState.cursor());
        QCOMPARE(page.status, 200);
        QCOMPARE(opsFor(page.json, id), QStringList(step.discoverable ? QStringLiteral("upsert") : QStringLiteral("delete")));
        QVERIFY(browserState.apply(page.json));
        QCOMPARE(browserState.contains(Campaign, id), step.discoverable);
        QVERIFY(m_kit.api().pullInto(applicant.token, applicantState));
        QVERIFY(applicantState.contains(Campaign, id));
        QCOMPARE(applicantState.row(Campaign, id).value(QStringLiteral("version")).toInteger(), ++version);
    }
    QVERIFY(browserState.problems().isEmpty());
}

void tst_SyncPull::tombstoneWhenDraftIsDeleted()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("deleter"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("onlooker"));
    const TestUser admin = m_kit.admin();
    const QString draft = m_kit.campaign(brand, QStringLiteral("Scrap"), false);
    QVERIFY(!draft.isEmpty());
    PulledState brandState = m_kit.api().pullAll(brand.token);
    PulledState adminState = m_kit.api().pullAll(admin.token);
    const qint64 clipperCursor = m_kit.api().pullAll(clipper.token).cursor();
    QVERIFY(brandState.contains(Campaign, draft) && adminState.contains(Campaign, draft));

    QCOMPARE(SyncTestKit::status(m_kit.push(brand, QStringLiteral("campaign.delete"), {{QStringLiteral("id"), draft}})),
             QStringLiteral("ok"));
    for (PulledState *state : {&brandState, &adminState}) {
        const TestApiReply page = m_kit.api().pullPage(state == &brandState ? brand.token : admin.token, state->cursor());
        QCOMPARE(opsFor(page.json, draft), QStringList(QStringLiteral("delete")));
        QVERIFY(state->apply(page.json));
        QVERIFY(!state->contains(Campaign, draft));
    }
    // The clipper never saw the draft and gets no tombstone for it.
    QCOMPARE(opsFor(m_kit.api().pullPage(clipper.token, clipperCursor).json, draft), QStringList());
}

void tst_SyncPull::smallPagesReachTheSameState()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("pager"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("pager"));
    // Creates, edits, status changes and a deletion, interleaved over many rows.
    QStringList ids;
    QJsonArray batch;
    for (int i = 0; i < 24; ++i) {
        const QString id = TestApiClient::newId();
        ids.append(id);
        batch.append(TestApiClient::mutation(QStringLiteral("campaign.create"),
                                             {{QStringLiteral("id"), id},
                                              {QStringLiteral("fields"), SyncTestKit::readyFields(QStringLiteral("Page %1").arg(i))}}));
    }
    for (int i = 0; i < 24; i += 2)
        batch.append(TestApiClient::mutation(QStringLiteral("campaign.set_status"), setStatus(ids.at(i), "active"), 1));
    for (int i = 0; i < 24; i += 3)
        batch.append(TestApiClient::mutation(QStringLiteral("campaign.update"), change(ids.at(i), QStringLiteral("goals"), QStringLiteral("more")), 1));
    batch.append(TestApiClient::mutation(QStringLiteral("campaign.delete"), {{QStringLiteral("id"), ids.at(1)}}));
    const PushOutcome pushed = m_kit.api().push(brand.token, TestApiClient::newId(), batch);
    QVERIFY(pushed.arrived());
    for (const QJsonValue &result : pushed.results)
        QCOMPARE(SyncTestKit::status(result.toObject()), QStringLiteral("ok"));

    for (const TestUser *user : {&brand, &clipper}) {
        const PulledState whole = m_kit.api().pullAll(user->token);
        QVERIFY(whole.problems().isEmpty());
        for (int limit : {1, 3, 7}) {
            PulledState paged;
            QVERIFY(m_kit.api().pullInto(user->token, paged, limit));
            QVERIFY2(paged.problems().isEmpty(), qPrintable(paged.problems().join(u'\n')));
            QCOMPARE(paged.rows(), whole.rows());
            QCOMPARE(paged.cursor(), whole.cursor());
            QVERIFY(paged.pageCount() > 1);
        }
    }
    const PulledState brandState = m_kit.api().pullAll(brand.token);
    QVERIFY(!brandState.contains(Campaign, ids.at(1)));
    QCOMPARE(brandState.row(Campaign, ids.at(0)).value(QStringLiteral("goals")).toString(), QStringLiteral("more"));
    QCOMPARE(brandState.row(Campaign, ids.at(0)).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // Every page stays within its limit and says whether more follows.
    const TestApiReply first = m_kit.api().pullPage(brand.token, 0, 5);
    QCOMPARE(first.json.value(QStringLiteral("changes")).toArray().size(), 5);
    QCOMPARE(first.json.value(QStringLiteral("has_more")).toBool(), true);
    QCOMPARE(first.json.value(QStringLiteral("cursor")).toInteger(),
             first.json.value(QStringLiteral("changes")).toArray().last().toObject().value(QStringLiteral("seq")).toInteger());
}

void tst_SyncPull::cursorRules()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("cursor"));
    TestApiClient &api = m_kit.api();
    const qint64 head = api.pullAll(brand.token).cursor();
    QVERIFY(head > 0);

    // At the head: nothing, same cursor. Beyond it: the cursor never moves backwards.
    TestApiReply page = api.pullPage(brand.token, head);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(page.json.value(QStringLiteral("cursor")).toInteger(), head);
    QCOMPARE(page.json.value(QStringLiteral("has_more")).toBool(), false);
    page = api.pullPage(brand.token, head + 1000);
    QCOMPARE(page.json.value(QStringLiteral("cursor")).toInteger(), head + 1000);

    // A new change moves the head; pulling from the old head returns exactly it.
    const QString id = m_kit.campaign(brand, QStringLiteral("Next"), false);
    page = api.pullPage(brand.token, head);
    const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QVERIFY(changes.at(0).toObject().value(QStringLiteral("seq")).toInteger() > head);
    QCOMPARE(page.json.value(QStringLiteral("cursor")).toInteger(), changes.at(0).toObject().value(QStringLiteral("seq")).toInteger());

    for (const char *query : {"cursor=-1", "cursor=abc", "limit=0", "limit=-4", "limit=ten"})
        QCOMPARE(api.get(QStringLiteral("/api/v1/sync/pull?") + QLatin1String(query), brand.token).status, 400);
    QCOMPARE(api.get(QStringLiteral("/api/v1/sync/pull?limit=999999"), brand.token).status, 200);
    QCOMPARE(api.get(QStringLiteral("/api/v1/sync/pull")).status, 401);
}

void tst_SyncPull::pokesReachWhoseViewChanged()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("poker"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("poked"));
    const QString draft = m_kit.campaign(brand, QStringLiteral("Quiet"), false);
    const QString open = m_kit.campaign(brand, QStringLiteral("Loud"), true);
    TestWebSocket brandSocket;
    TestWebSocket clipperSocket;
    QVERIFY(brandSocket.open(m_kit.server().process->baseUrl(), brand.token));
    QVERIFY(clipperSocket.open(m_kit.server().process->baseUrl(), clipper.token));
    const qsizetype brandSeen = brandSocket.messageCount();
    const qsizetype clipperSeen = clipperSocket.messageCount();

    // A draft concerns only its brand; a discoverable campaign concerns every clipper.
    QCOMPARE(SyncTestKit::status(m_kit.push(brand, QStringLiteral("campaign.update"), change(draft, QStringLiteral("goals"), QStringLiteral("a")), 1)),
             QStringLiteral("ok"));
    const auto draftPoke = brandSocket.waitFor(TestWebSocket::typeIs(QStringLiteral("poke")), 10'000, brandSeen);
    QVERIFY(draftPoke);
    QCOMPARE(SyncTestKit::status(m_kit.push(brand, QStringLiteral("campaign.update"), change(open, QStringLiteral("goals"), QStringLiteral("b")), 2)),
             QStringLiteral("ok"));
    const qint64 head = m_kit.api().pullAll(clipper.token).cursor();
    const auto openPoke = clipperSocket.waitFor(TestWebSocket::typeIs(QStringLiteral("poke")), 10'000, clipperSeen);
    QVERIFY(openPoke);
    QCOMPARE(openPoke->json.value(QStringLiteral("cursor")).toInteger(), head);
    // The draft's poke, had there been one, would have come first.
    QCOMPARE(clipperSocket.messageCount(), clipperSeen + 1);
    QVERIFY(draftPoke->json.value(QStringLiteral("cursor")).toInteger() < head);
}

void tst_SyncPull::pokesCrossServerProcesses()
{
    // Two server processes on one PostgreSQL database: a push on one pokes sockets on the other.
    std::unique_ptr<BackendFixture::Server> first = m_kit.fixture().start(QStringLiteral("postgresql"));
    QVERIFY2(first, qPrintable(m_kit.fixture().errorString()));
    std::unique_ptr<BackendFixture::Server> second = m_kit.fixture().start(QStringLiteral("postgresql"), {}, first.get());
    QVERIFY2(second, qPrintable(m_kit.fixture().errorString()));
    TestApiClient api(first->process->baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("procA"));
    const TestUser clipper = api.registerUser(QStringLiteral("clipper"), QStringLiteral("procB"));
    QVERIFY(brand.isValid() && clipper.isValid());
    TestWebSocket onFirst;
    TestWebSocket onSecond;
    QVERIFY(onFirst.open(first->process->baseUrl(), clipper.token));
    QVERIFY(onSecond.open(second->process->baseUrl(), clipper.token));

    const QString id = TestApiClient::newId();
    const PushOutcome created = api.push(brand.token, TestApiClient::newId(),
                                         {TestApiClient::mutation(QStringLiteral("campaign.create"),
                                                                  {{QStringLiteral("id"), id},
                                                                   {QStringLiteral("fields"), SyncTestKit::readyFields(QStringLiteral("Shared"))}}),
                                          TestApiClient::mutation(QStringLiteral("campaign.set_status"), setStatus(id, "active"), 1)});
    QVERIFY(created.arrived());
    const auto remote = onSecond.waitFor(TestWebSocket::typeIs(QStringLiteral("poke")), 10'000);
    QVERIFY(remote);
    const auto local = onFirst.waitFor(TestWebSocket::typeIs(QStringLiteral("poke")), 10'000);
    QVERIFY(local);
    QCOMPARE(remote->json.value(QStringLiteral("cursor")), local->json.value(QStringLiteral("cursor")));
    // Pulling on the second process shows what was pushed on the first.
    TestApiClient secondApi(second->process->baseUrl());
    QVERIFY(secondApi.pullAll(clipper.token).contains(Campaign, id));
    // One poke per process, not two.
    QTest::qWait(300);
    QCOMPARE(onFirst.messageCount(), 1);
    QCOMPARE(onSecond.messageCount(), 1);
}

QTEST_GUILESS_MAIN(tst_SyncPull)
#include "tst_syncpull.moc"
