// Offer and membership mutations.
#include "tst_syncpush.h"

using namespace ClipDesk::Testing;
using namespace ClipDesk::Testing::PushTest;

void tst_SyncPush::negotiationAndMembership()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("nego"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("nego"));
    const TestUser stranger = m_kit.user(QStringLiteral("clipper"), QStringLiteral("stranger"));
    const QString campaignId = m_kit.campaign(brand, QStringLiteral("Private deal"), true, QStringLiteral("private"));
    QVERIFY(!campaignId.isEmpty());

    // The brand invites; a second open thread for the same clipper is refused.
    const QString inviteId = TestApiClient::newId();
    const QJsonObject invite{{QStringLiteral("id"), inviteId}, {QStringLiteral("campaign_id"), campaignId},
                             {QStringLiteral("clipper_id"), clipper.id}, {QStringLiteral("terms"), terms(5000)}};
    QJsonObject result = m_kit.push(brand, QStringLiteral("offer.create"), invite);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result), QJsonObject({{QStringLiteral("id"), inviteId}, {QStringLiteral("thread_id"), inviteId}}));
    QJsonObject again = invite;
    again.insert(QStringLiteral("id"), TestApiClient::newId());
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.create"), again), "already_exists");
    // Someone else's negotiation is not there; the author cannot answer its own round.
    EXPECT_REJECTED(m_kit.push(stranger, QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), inviteId}}), "not_found");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), inviteId}}), "forbidden");

    // The clipper counters in another currency (refused), then properly.
    QJsonObject euro = terms(8000);
    euro.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    const QString counterId = TestApiClient::newId();
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("offer.counter"),
                               {{QStringLiteral("id"), counterId}, {QStringLiteral("offer_id"), inviteId}, {QStringLiteral("terms"), euro}}),
                    "invalid_argument");
    EXPECT_STATUS(m_kit.push(clipper, QStringLiteral("offer.counter"),
                             {{QStringLiteral("id"), counterId}, {QStringLiteral("offer_id"), inviteId}, {QStringLiteral("terms"), terms(8000)}}),
                  Ok);
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), inviteId}}), "offer_closed");
    result = m_kit.push(brand, QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), counterId}});
    EXPECT_STATUS(result, Ok);
    const QString membershipId = SyncTestKit::okResult(result).value(QStringLiteral("membership_id")).toString();
    QVERIFY(!membershipId.isEmpty());

    // Every round is kept; the membership has the agreed terms.
    const PulledState seen = m_kit.api().pullAll(clipper.token);
    QVERIFY2(seen.problems().isEmpty(), qPrintable(seen.problems().join(u'\n')));
    QCOMPARE(seen.row(QStringLiteral("offer"), inviteId).value(QStringLiteral("status")).toString(), QStringLiteral("countered"));
    const QJsonObject counter = seen.row(QStringLiteral("offer"), counterId);
    QCOMPARE(counter.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(counter.value(QStringLiteral("round")).toInt(), 2);
    QCOMPARE(counter.value(QStringLiteral("thread_id")).toString(), inviteId);
    QCOMPARE(counter.value(QStringLiteral("author_role")).toString(), QStringLiteral("clipper"));
    const QJsonObject membership = seen.row(QStringLiteral("membership"), membershipId);
    QCOMPARE(membership.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(membership.value(QStringLiteral("offer_id")).toString(), counterId);
    QCOMPARE(membership.value(QStringLiteral("terms")).toObject().value(QStringLiteral("per_clip_minor")).toInt(), 8000);
    QVERIFY(seen.contains(QStringLiteral("campaign"), campaignId)); // invited → visible although private

    // A member cannot be invited again; only the brand removes, only the member leaves.
    again.insert(QStringLiteral("id"), TestApiClient::newId());
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.create"), again), "already_exists");
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("membership.remove"), idArgs(membershipId)), "forbidden");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("membership.leave"), idArgs(membershipId)), "forbidden");
    EXPECT_REJECTED(m_kit.push(stranger, QStringLiteral("membership.leave"), idArgs(membershipId)), "not_found");
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("membership.remove"),
                             {{QStringLiteral("id"), membershipId}, {QStringLiteral("reason"), QStringLiteral("Missed deadlines")}}),
                  Ok);
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("membership.leave"), idArgs(membershipId)), "illegal_transition");
    const PulledState after = m_kit.api().pullAll(clipper.token);
    QCOMPARE(after.row(QStringLiteral("membership"), membershipId).value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
    bool notified = false;
    for (const QJsonObject &n : after.entityRows(QStringLiteral("notification")))
        notified = notified || (n.value(QStringLiteral("entity_id")).toString() == membershipId
                                && n.value(QStringLiteral("body")).toString().contains(QLatin1String("Missed deadlines")));
    QVERIFY(notified);
}

void tst_SyncPush::applicationsAndWithdrawals()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("apps"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("apps"));
    const QString open = m_kit.campaign(brand, QStringLiteral("Open"), true);
    const QString hidden = m_kit.campaign(brand, QStringLiteral("Hidden"), true, QStringLiteral("private"));
    const QString draft = m_kit.campaign(brand, QStringLiteral("Draft"), false);
    QVERIFY(!open.isEmpty() && !hidden.isEmpty() && !draft.isEmpty());

    const auto apply = [&](const QString &campaignId) {
        return m_kit.push(clipper, QStringLiteral("offer.create"),
                          {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("campaign_id"), campaignId},
                           {QStringLiteral("terms"), terms(1000)}});
    };
    EXPECT_REJECTED(apply(hidden), "not_found");
    EXPECT_REJECTED(apply(draft), "not_found");
    // A clipper names no clipper: that would let it apply for someone else.
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("offer.create"),
                               {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("campaign_id"), open},
                                {QStringLiteral("clipper_id"), clipper.id}, {QStringLiteral("terms"), terms(1000)}}),
                    "invalid_argument");
    // The brand cannot invite to a draft.
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.create"),
                               {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("campaign_id"), draft},
                                {QStringLiteral("clipper_id"), clipper.id}, {QStringLiteral("terms"), terms(1000)}}),
                    "invalid_argument");

    QJsonObject first = apply(open);
    EXPECT_STATUS(first, Ok);
    const QString firstId = SyncTestKit::okResult(first).value(QStringLiteral("id")).toString();
    EXPECT_REJECTED(apply(open), "already_exists");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("offer.withdraw"), {{QStringLiteral("offer_id"), firstId}}), "forbidden");
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("offer.reject"), {{QStringLiteral("offer_id"), firstId}}), Ok);
    // A closed thread makes room for a new one, which its author may withdraw.
    const QJsonObject second = apply(open);
    EXPECT_STATUS(second, Ok);
    const QString secondId = SyncTestKit::okResult(second).value(QStringLiteral("id")).toString();
    QCOMPARE(SyncTestKit::okResult(second).value(QStringLiteral("thread_id")).toString(), secondId);
    EXPECT_STATUS(m_kit.push(clipper, QStringLiteral("offer.withdraw"), {{QStringLiteral("offer_id"), secondId}}), Ok);
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("offer.withdraw"), {{QStringLiteral("offer_id"), secondId}}), "offer_closed");

    const PulledState state = m_kit.api().pullAll(brand.token);
    QCOMPARE(state.row(QStringLiteral("offer"), firstId).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(state.row(QStringLiteral("offer"), firstId).value(QStringLiteral("kind")).toString(), QStringLiteral("application"));
    QCOMPARE(state.row(QStringLiteral("offer"), secondId).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
}
