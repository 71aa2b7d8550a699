// Profiles, moderation, bad input, exactly-once delivery and mixed pushes.
#include "tst_syncpush.h"

#include "testwebsocket.h"

using namespace ClipDesk::Testing;
using namespace ClipDesk::Testing::PushTest;

namespace {

QJsonObject profileChanges(const QJsonObject &fields)
{
    return {{QStringLiteral("changes"), fields}};
}

QJsonObject target(const QString &id, const QString &reason)
{
    QJsonObject args{{QStringLiteral("id"), id}};
    if (!reason.isNull())
        args.insert(QStringLiteral("reason"), reason);
    return args;
}

// The cursor a fresh pull of `user` ends at: the global sequence when nothing is left to pull.
qint64 headCursor(TestApiClient &api, const TestUser &user)
{
    return api.pullAll(user.token).cursor();
}

} // namespace

void tst_SyncPush::profileUpdateConflictsPerField()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("profile"));
    const TestUser viewer = m_kit.user(QStringLiteral("brand"), QStringLiteral("viewer"));

    QJsonObject result = m_kit.push(clipper, QStringLiteral("profile.update"),
                                    profileChanges({{QStringLiteral("display_name"), QStringLiteral("Clip King")}}), 1);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result), QJsonObject({{QStringLiteral("version"), 2}}));
    // Another field, same base: merges.
    EXPECT_STATUS(m_kit.push(clipper, QStringLiteral("profile.update"), profileChanges({{QStringLiteral("bio"), QStringLiteral("I cut clips")}}), 1),
                  Ok);
    // The same field, changed after the base: conflict with the current profile.
    result = m_kit.push(clipper, QStringLiteral("profile.update"),
                        profileChanges({{QStringLiteral("display_name"), QStringLiteral("Other")}}), 1);
    EXPECT_STATUS(result, Conflict);
    const QJsonObject current = result.value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("display_name")).toString(), QStringLiteral("Clip King"));
    QCOMPARE(current.value(QStringLiteral("bio")).toString(), QStringLiteral("I cut clips"));
    QCOMPARE(current.value(QStringLiteral("username")).toString(), clipper.username);
    QCOMPARE(current.value(QStringLiteral("version")).toInt(), 3);
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("profile.update"), profileChanges({{QStringLiteral("company_name"), QStringLiteral("x")}}), 3),
                    "invalid_argument");
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("profile.update"), profileChanges({{QStringLiteral("role"), QStringLiteral("admin")}}), 3),
                    "invalid_argument");

    // Others pull the public profile.
    QJsonObject seen = m_kit.pulledRow(viewer, QStringLiteral("profile"), clipper.id);
    QCOMPARE(seen.value(QStringLiteral("display_name")).toString(), QStringLiteral("Clip King"));
    QCOMPARE(seen.value(QStringLiteral("username")).toString(), clipper.username);

    // The REST route writes through the same path: pulls see it, and it counts for conflicts.
    const TestApiReply patched = m_kit.api().patch(QStringLiteral("/api/v1/profile"), {{QStringLiteral("niche"), QStringLiteral("speedruns")}},
                                                   clipper.token);
    QCOMPARE(patched.status, 200);
    seen = m_kit.pulledRow(viewer, QStringLiteral("profile"), clipper.id);
    QCOMPARE(seen.value(QStringLiteral("niche")).toString(), QStringLiteral("speedruns"));
    QCOMPARE(seen.value(QStringLiteral("version")).toInt(), 4);
    EXPECT_STATUS(m_kit.push(clipper, QStringLiteral("profile.update"), profileChanges({{QStringLiteral("niche"), QStringLiteral("vlogs")}}), 3),
                  Conflict);
    EXPECT_STATUS(m_kit.push(clipper, QStringLiteral("profile.update"), profileChanges({{QStringLiteral("reach"), 1200}}), 3), Ok);
}

void tst_SyncPush::adminFlagsCampaign()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser admin = m_kit.admin();
    QVERIFY(admin.isValid());
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("flagged"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("watcher"));
    const QString id = m_kit.campaign(brand, QStringLiteral("Dubious"), true);
    QVERIFY(!id.isEmpty());
    QVERIFY(!m_kit.pulledRow(clipper, QStringLiteral("campaign"), id).isEmpty());

    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("admin.flag_campaign"), target(id, QStringLiteral("spam"))), "forbidden");
    EXPECT_REJECTED(m_kit.push(admin, QStringLiteral("admin.flag_campaign"), target(id, QString())), "invalid_argument");
    EXPECT_REJECTED(m_kit.push(admin, QStringLiteral("admin.flag_campaign"), target(id, QStringLiteral("  "))), "invalid_argument");
    EXPECT_REJECTED(m_kit.push(admin, QStringLiteral("admin.flag_campaign"), target(TestApiClient::newId(), QStringLiteral("x"))), "not_found");
    EXPECT_STATUS(m_kit.push(admin, QStringLiteral("admin.flag_campaign"), target(id, QStringLiteral("Misleading brief"))), Ok);

    // Gone from discovery; the brand sees why and got a notification with the reason.
    QVERIFY(m_kit.pulledRow(clipper, QStringLiteral("campaign"), id).isEmpty());
    const PulledState brandView = m_kit.api().pullAll(brand.token);
    QCOMPARE(brandView.row(QStringLiteral("campaign"), id).value(QStringLiteral("flagged_reason")).toString(), QStringLiteral("Misleading brief"));
    QString notificationId;
    for (const QJsonObject &n : brandView.entityRows(QStringLiteral("notification"))) {
        if (n.value(QStringLiteral("entity_id")).toString() == id && n.value(QStringLiteral("kind")).toString() == u"campaign_flagged") {
            QCOMPARE(n.value(QStringLiteral("body")).toString(), QStringLiteral("Misleading brief"));
            QCOMPARE(n.value(QStringLiteral("read_at")).toInteger(), 0);
            notificationId = n.value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY(!notificationId.isEmpty());
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("notification.mark_read"), idArgs(notificationId)), "not_found");
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("notification.mark_read"), idArgs(notificationId)), Ok);
    QVERIFY(m_kit.pulledRow(brand, QStringLiteral("notification"), notificationId).value(QStringLiteral("read_at")).toInteger() > 0);

    // A flagged campaign gets no new offers and cannot go active again.
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.create"),
                               {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("campaign_id"), id},
                                {QStringLiteral("clipper_id"), clipper.id}, {QStringLiteral("terms"), terms(100)}}),
                    "campaign_flagged");
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "paused"), 2), Ok);
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "active"), 4), "campaign_flagged");

    EXPECT_STATUS(m_kit.push(admin, QStringLiteral("admin.unflag_campaign"), target(id, QStringLiteral("Brief fixed"))), Ok);
    EXPECT_REJECTED(m_kit.push(admin, QStringLiteral("admin.unflag_campaign"), target(id, QStringLiteral("again"))), "illegal_transition");
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "active"), 5), Ok);
    QVERIFY(!m_kit.pulledRow(clipper, QStringLiteral("campaign"), id).isEmpty());

    // Every admin action is in the audit log, which only admins pull.
    QStringList actions;
    for (const QJsonObject &entry : m_kit.api().pullAll(admin.token).entityRows(QStringLiteral("audit_entry"))) {
        if (entry.value(QStringLiteral("target_id")).toString() == id) {
            QCOMPARE(entry.value(QStringLiteral("admin_id")).toString(), admin.id);
            actions.append(entry.value(QStringLiteral("action")).toString() + u':' + entry.value(QStringLiteral("reason")).toString());
        }
    }
    actions.sort();
    QCOMPARE(actions, QStringList({QStringLiteral("admin.flag_campaign:Misleading brief"), QStringLiteral("admin.unflag_campaign:Brief fixed")}));
    QVERIFY(brandView.entityRows(QStringLiteral("audit_entry")).isEmpty());
}

void tst_SyncPush::adminFlagsUser()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser admin = m_kit.admin();
    QVERIFY(admin.isValid());
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("rogue"));
    TestWebSocket socket;
    QVERIFY2(socket.open(m_kit.server().process->baseUrl(), clipper.token), qPrintable(socket.errorString()));

    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("admin.flag_user"), target(admin.id, QStringLiteral("x"))), "forbidden");
    EXPECT_REJECTED(m_kit.push(admin, QStringLiteral("admin.flag_user"), target(admin.id, QStringLiteral("x"))), "invalid_argument");
    EXPECT_STATUS(m_kit.push(admin, QStringLiteral("admin.flag_user"), target(clipper.id, QStringLiteral("Fake views"))), Ok);

    // Sessions end, the socket closes, and signing in is refused with the reason.
    QVERIFY(socket.waitForDisconnected(10'000));
    QVERIFY(m_kit.api().get(QStringLiteral("/api/v1/auth/me"), clipper.token).status >= 400);
    const TestApiReply login = m_kit.api().post(QStringLiteral("/api/v1/auth/login"),
                                                {{QStringLiteral("login"), clipper.username},
                                                 {QStringLiteral("password"), TestApiClient::DefaultPassword}});
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), QStringLiteral("account_flagged"));
    QVERIFY(login.errorMessage().contains(QLatin1String("Fake views")));
    QCOMPARE(m_kit.pulledRow(admin, QStringLiteral("account"), clipper.id).value(QStringLiteral("flagged_reason")).toString(),
             QStringLiteral("Fake views"));

    EXPECT_STATUS(m_kit.push(admin, QStringLiteral("admin.unflag_user"), target(clipper.id, QStringLiteral("Appeal granted"))), Ok);
    QVERIFY(m_kit.api().login(clipper.username, TestApiClient::DefaultPassword).isValid());
    QCOMPARE(m_kit.pulledRow(admin, QStringLiteral("account"), clipper.id).value(QStringLiteral("flagged_reason")).toString(), QString());
}

void tst_SyncPush::badInputChangesNothing()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("careless"));
    const QString id = m_kit.campaign(brand, QStringLiteral("Steady"), false);
    QVERIFY(!id.isEmpty());
    TestApiClient &api = m_kit.api();
    const qint64 before = headCursor(api, brand);

    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.explode"), idArgs(id)), "unknown_mutation");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.update"), changes(QStringLiteral("not-a-uuid"), {{QStringLiteral("name"), QStringLiteral("x")}}), 1),
                    "invalid_argument");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.update"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QStringLiteral("name=x")}}, 1),
                    "invalid_argument");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.delete"), {{QStringLiteral("id"), id}, {QStringLiteral("force"), true}}),
                    "invalid_argument");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("budget"), -5}}), 1), "invalid_argument");
    QJsonObject argsNotObject = TestApiClient::mutation(QStringLiteral("campaign.delete"), {});
    argsNotObject.insert(QStringLiteral("args"), QJsonArray{id});
    EXPECT_REJECTED(m_kit.pushWith(brand, TestApiClient::newId(), argsNotObject), "invalid_argument");

    // Malformed requests are refused as a whole.
    const QJsonObject valid = TestApiClient::mutation(QStringLiteral("campaign.delete"), idArgs(id));
    const auto pushBody = [&](const QJsonObject &body) {
        return api.send(QByteArrayLiteral("POST"), TestApiClient::PushPath, QJsonDocument(body).toJson(), brand.token);
    };
    QCOMPARE(pushBody({{QStringLiteral("mutations"), QJsonArray{valid}}}).status, 400);
    QCOMPARE(pushBody({{QStringLiteral("client_id"), QStringLiteral("laptop")}, {QStringLiteral("mutations"), QJsonArray{valid}}}).status, 400);
    QCOMPARE(pushBody({{QStringLiteral("client_id"), TestApiClient::newId()}, {QStringLiteral("mutations"), valid}}).status, 400);
    QJsonObject noId = valid;
    noId.remove(QStringLiteral("id"));
    QCOMPARE(pushBody({{QStringLiteral("client_id"), TestApiClient::newId()}, {QStringLiteral("mutations"), QJsonArray{valid, noId}}}).status, 400);
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(TestApiClient::mutation(QStringLiteral("campaign.explode"), {}));
    QCOMPARE(pushBody({{QStringLiteral("client_id"), TestApiClient::newId()}, {QStringLiteral("mutations"), tooMany}}).status, 400);
    QCOMPARE(api.send(QByteArrayLiteral("POST"), TestApiClient::PushPath, QByteArrayLiteral("{\"client_id\":"), brand.token).status, 400);
    QCOMPARE(api.send(QByteArrayLiteral("POST"), TestApiClient::PushPath,
                      QJsonDocument(QJsonObject{{QStringLiteral("client_id"), TestApiClient::newId()},
                                                {QStringLiteral("mutations"), QJsonArray{valid}}}).toJson())
                 .status,
             401);

    QCOMPARE(headCursor(api, brand), before);
    const QJsonObject row = m_kit.pulledRow(brand, QStringLiteral("campaign"), id);
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Steady"));
}

void tst_SyncPush::retryIsAppliedOnce()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("retry"));
    const TestUser other = m_kit.user(QStringLiteral("brand"), QStringLiteral("copycat"));
    TestApiClient &api = m_kit.api();
    const QString clientId = TestApiClient::newId();
    const QString id = TestApiClient::newId();
    const QJsonArray batch{
        TestApiClient::mutation(QStringLiteral("campaign.create"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("fields"), SyncTestKit::readyFields(QStringLiteral("Once"))}}),
        TestApiClient::mutation(QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("goals"), QStringLiteral("Twice?")}}), 1),
        TestApiClient::mutation(QStringLiteral("campaign.set_status"), setStatus(id, "active"), 1),
        TestApiClient::mutation(QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("goals"), QStringLiteral("stale")}}), 1),
        TestApiClient::mutation(QStringLiteral("campaign.fly"), {}),
    };
    const PushOutcome first = api.push(brand.token, clientId, batch);
    QVERIFY(first.arrived());
    QStringList statuses;
    for (const QJsonValue &result : first.results)
        statuses.append(SyncTestKit::status(result.toObject()));
    // The 4th edits a field this same client changed after its base: its own edit, no conflict.
    QCOMPARE(statuses, QStringList({Ok, Ok, Ok, Ok, Rejected}));
    const qint64 cursor = headCursor(api, brand);

    // The retry (a lost reply) returns the stored results and changes nothing.
    const PushOutcome retry = api.push(brand.token, clientId, batch);
    QVERIFY(retry.arrived());
    QCOMPARE(retry.results, first.results);
    QCOMPARE(headCursor(api, brand), cursor);
    QCOMPARE(m_kit.pulledRow(brand, QStringLiteral("campaign"), id).value(QStringLiteral("version")).toInt(), 4);

    // The same ids from another account are refused, not applied and not leaked.
    const PushOutcome stolen = api.push(other.token, clientId, batch);
    QVERIFY(stolen.arrived());
    for (const QJsonValue &result : stolen.results) {
        EXPECT_REJECTED(result.toObject(), "mutation_id_reused");
        QVERIFY(!result.toObject().contains(QStringLiteral("result")));
    }
    QCOMPARE(headCursor(api, brand), cursor);
}

void tst_SyncPush::retryAfterRestartIsAppliedOnce()
{
    QFETCH(QString, backend);
    std::unique_ptr<BackendFixture::Server> server = m_kit.fixture().start(backend);
    QVERIFY2(server, qPrintable(m_kit.fixture().errorString()));
    TestApiClient api(server->process->baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("restart"));
    QVERIFY(brand.isValid());
    const QString clientId = TestApiClient::newId();
    const QString id = TestApiClient::newId();
    const QJsonArray batch{
        TestApiClient::mutation(QStringLiteral("campaign.create"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("fields"), SyncTestKit::readyFields(QStringLiteral("Durable"))}}),
        TestApiClient::mutation(QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("Durable 2")}}), 1),
    };
    const PushOutcome first = api.push(brand.token, clientId, batch);
    QVERIFY(first.arrived());
    QCOMPARE(SyncTestKit::status(first.result(1)), Ok);
    const qint64 cursor = api.pullAll(brand.token).cursor();

    QVERIFY(server->process->stop());
    std::unique_ptr<BackendFixture::Server> restarted = m_kit.fixture().start(backend, {}, server.get());
    QVERIFY2(restarted, qPrintable(m_kit.fixture().errorString()));
    api.setBaseUrl(restarted->process->baseUrl());
    const PushOutcome retry = api.push(brand.token, clientId, batch);
    QVERIFY(retry.arrived());
    QCOMPARE(retry.results, first.results);
    const PulledState state = api.pullAll(brand.token);
    QCOMPARE(state.cursor(), cursor);
    QCOMPARE(state.row(QStringLiteral("campaign"), id).value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(state.row(QStringLiteral("campaign"), id).value(QStringLiteral("name")).toString(), QStringLiteral("Durable 2"));
}

void tst_SyncPush::acknowledgedResultsAreForgotten()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("forgetful"));
    TestApiClient &api = m_kit.api();
    const QString clientId = TestApiClient::newId();
    const QString id = TestApiClient::newId();
    const QJsonArray created{TestApiClient::mutation(
        QStringLiteral("campaign.create"), {{QStringLiteral("id"), id}, {QStringLiteral("fields"), SyncTestKit::readyFields(QStringLiteral("Pruned"))}})};
    const PushOutcome first = api.push(brand.token, clientId, created);
    QCOMPARE(SyncTestKit::status(first.result(0)), Ok);
    // Another client's pushes do not touch this client's stored results.
    const PushOutcome elsewhere = api.push(brand.token, TestApiClient::newId(), {TestApiClient::mutation(
        QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("goals"), QStringLiteral("From B")}}), 1)});
    QCOMPARE(SyncTestKit::status(elsewhere.result(0)), Ok);
    QCOMPARE(api.push(brand.token, clientId, created).results, first.results);

    // A push that starts with a new mutation acknowledges everything before it: the stored
    // results go, so the table stays as small as the outboxes in flight.
    const QJsonArray renamed{TestApiClient::mutation(QStringLiteral("campaign.update"),
                                                     changes(id, {{QStringLiteral("name"), QStringLiteral("Pruned 2")}}), 2)};
    const PushOutcome second = api.push(brand.token, clientId, renamed);
    QCOMPARE(SyncTestKit::status(second.result(0)), Ok);
    QCOMPARE(api.push(brand.token, clientId, renamed).results, second.results); // the latest is still kept
    // A client that broke the contract and pushed an acknowledged mutation again would now be
    // answered afresh: the create meets its own campaign.
    const PushOutcome replayed = api.push(brand.token, clientId, created);
    EXPECT_REJECTED(replayed.result(0), "already_exists");
    QCOMPARE(m_kit.pulledRow(brand, QStringLiteral("campaign"), id).value(QStringLiteral("name")).toString(), QStringLiteral("Pruned 2"));
}

void tst_SyncPush::mixedPushKeepsOrder()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("mixed"));
    const QString id = TestApiClient::newId();
    const QJsonArray batch{
        TestApiClient::mutation(QStringLiteral("campaign.create"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Mixed")}}}}),
        TestApiClient::mutation(QStringLiteral("campaign.update"), changes(TestApiClient::newId(), {{QStringLiteral("name"), QStringLiteral("x")}}), 1),
        TestApiClient::mutation(QStringLiteral("campaign.create"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Dup")}}}}),
        TestApiClient::mutation(QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("No base")}}), 0),
        TestApiClient::mutation(QStringLiteral("campaign.set_status"), setStatus(id, "active"), 1),
        TestApiClient::mutation(QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("goals"), QStringLiteral("After all")}}), 1),
    };
    const PushOutcome outcome = m_kit.api().push(brand.token, TestApiClient::newId(), batch);
    QVERIFY(outcome.arrived());
    QCOMPARE(outcome.results.size(), batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        QCOMPARE(outcome.result(i).value(QStringLiteral("id")).toString(), batch.at(i).toObject().value(QStringLiteral("id")).toString());
    EXPECT_STATUS(outcome.result(0), Ok);
    EXPECT_REJECTED(outcome.result(1), "not_found");
    EXPECT_REJECTED(outcome.result(2), "already_exists");
    // Editing the row this client created, before ever pulling it (base 0), is its own edit.
    EXPECT_STATUS(outcome.result(3), Ok);
    EXPECT_REJECTED(outcome.result(4), "invalid_argument"); // not ready to go active
    EXPECT_STATUS(outcome.result(5), Ok);
    QCOMPARE(SyncTestKit::okResult(outcome.result(5)).value(QStringLiteral("version")).toInt(), 3);
    const QJsonObject row = m_kit.pulledRow(brand, QStringLiteral("campaign"), id);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("No base"));
    QCOMPARE(row.value(QStringLiteral("goals")).toString(), QStringLiteral("After all"));
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
}
