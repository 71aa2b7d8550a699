// The predicted (optimistic) effect of each mutation on the cache, checked with the same domain
// rules the server runs: who may do it, what is valid, which rows change.

#include "cachefixture.h"

#include "sync/outbox.h"
#include "sync/pullapplier.h"

#include <QJsonArray>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
namespace Entity = ClipDesk::Sync::Entity;

namespace {

// One account's cache and outbox.
struct Account
{
    QString userId = newId();
    QTemporaryDir dir;
    std::unique_ptr<Sync::ClientCache> cache;
    std::unique_ptr<Sync::Outbox> outbox;
    qint64 cursor = 0;

    explicit Account(Domain::Role role)
    {
        cache = openCache(dir);
        if (cache)
            outbox = std::make_unique<Sync::Outbox>(*cache, Sync::Viewer{userId, role});
    }

    bool pull(const QList<Sync::Change> &changes)
    {
        cursor += changes.size();
        return Sync::PullApplier(*cache, outbox.get()).apply(page(changes, cursor)).has_value();
    }

    Result<qint64> run(const QString &name, const QJsonObject &args) { return outbox->enqueue(mutation(name, args)); }

    QJsonObject row(const QString &entity, const QString &id)
    {
        return cache->row(entity, id).value_or(std::nullopt).value_or(QJsonObject());
    }
};

QJsonObject terms(qint64 perClipMinor, const QString &currency = QStringLiteral("USD"))
{
    return {{QStringLiteral("requirements"), QStringLiteral("2 clips")},
            {QStringLiteral("per_clip_minor"), perClipMinor},
            {QStringLiteral("currency"), currency}};
}

QJsonObject clipperProfile(const QString &userId)
{
    return {{QStringLiteral("user_id"), userId}, {QStringLiteral("username"), QStringLiteral("ada")},
            {QStringLiteral("role"), QStringLiteral("clipper")}, {QStringLiteral("display_name"), QStringLiteral("Ada")},
            {QStringLiteral("category"), QStringLiteral("gaming")}, {QStringLiteral("niche"), QString()},
            {QStringLiteral("reach"), 10}, {QStringLiteral("social_links"), QJsonArray()},
            {QStringLiteral("portfolio_links"), QJsonArray()}, {QStringLiteral("version"), 1}};
}

QString codeOf(const Result<qint64> &result)
{
    return result ? QStringLiteral("ok") : result.error().code;
}

} // namespace

class TestLocalMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brandInvitesAClipper();
    void clipperAppliesToADiscoverableCampaign();
    void counterOffersAlternateSides();
    void acceptPredictsAMembershipThePullReplaces();
    void rejectAndWithdrawBelongToTheRightSide();
    void membershipsEnd();
    void campaignCloneActivateAndDelete();
    void profileUpdateUsesProfileRules();
    void notificationsAreMarkedReadByTheirRecipient();
    void adminsFlagCampaignsAndUsers();
};

void TestLocalMutations::brandInvitesAClipper()
{
    Account brand(Domain::Role::Brand);
    QVERIFY(brand.outbox);
    const Domain::Campaign campaign = activeCampaign(newId(), brand.userId);
    const QString clipper = newId();
    const QString otherBrand = newId();
    QJsonObject brandProfile = clipperProfile(otherBrand);
    brandProfile.insert(QStringLiteral("role"), QStringLiteral("brand"));
    QVERIFY(brand.pull({upsert(Entity::Campaign, campaign.id, campaignRow(campaign)),
                        upsert(Entity::Profile, clipper, clipperProfile(clipper)),
                        upsert(Entity::Profile, otherBrand, brandProfile)}));

    const QString offerId = newId();
    const QJsonObject invite{{QStringLiteral("id"), offerId}, {QStringLiteral("campaign_id"), campaign.id},
                             {QStringLiteral("clipper_id"), clipper}, {QStringLiteral("terms"), terms(1500)}};
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.create"), invite)), QStringLiteral("ok"));
    const QJsonObject offer = brand.row(Entity::Offer, offerId);
    QCOMPARE(offer.value(QStringLiteral("kind")).toString(), QStringLiteral("invite"));
    QCOMPARE(offer.value(QStringLiteral("thread_id")).toString(), offerId);
    QCOMPARE(offer.value(QStringLiteral("round")).toInt(), 1);
    QCOMPARE(offer.value(QStringLiteral("author_role")).toString(), QStringLiteral("brand"));
    QCOMPARE(offer.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(offer.value(QStringLiteral("brand_id")).toString(), brand.userId);
    QCOMPARE(offer.value(QStringLiteral("terms")).toObject().value(QStringLiteral("per_clip_minor")).toInt(), 1500);

    QJsonObject again = invite;
    again.insert(QStringLiteral("id"), newId());
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.create"), again)), QStringLiteral("already_exists")); // one open thread
    QJsonObject wrongCurrency = invite;
    wrongCurrency.insert(QStringLiteral("id"), newId());
    wrongCurrency.insert(QStringLiteral("clipper_id"), newId());
    wrongCurrency.insert(QStringLiteral("terms"), terms(1500, QStringLiteral("EUR")));
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.create"), wrongCurrency)), QStringLiteral("invalid_argument"));
    QJsonObject toABrand = invite;
    toABrand.insert(QStringLiteral("id"), newId());
    toABrand.insert(QStringLiteral("clipper_id"), otherBrand);
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.create"), toABrand)), QStringLiteral("invalid_argument"));
    QCOMPARE(brand.cache->rowCount(Entity::Offer).value_or(-1), 1);

    // A flagged campaign gets no new offers.
    Domain::Campaign flagged = campaign;
    flagged.flaggedReason = QStringLiteral("Misleading brief");
    QVERIFY(brand.pull({upsert(Entity::Campaign, campaign.id, campaignRow(flagged))}));
    QJsonObject toFlagged = invite;
    toFlagged.insert(QStringLiteral("id"), newId());
    toFlagged.insert(QStringLiteral("clipper_id"), newId());
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.create"), toFlagged)), QStringLiteral("campaign_flagged"));
}

void TestLocalMutations::clipperAppliesToADiscoverableCampaign()
{
    Account clipper(Domain::Role::Clipper);
    QVERIFY(clipper.outbox);
    const Domain::Campaign open = activeCampaign(newId(), newId());
    Domain::Campaign paused = activeCampaign(newId(), newId());
    paused.status = Domain::CampaignStatus::Paused;
    QVERIFY(clipper.pull({upsert(Entity::Campaign, open.id, campaignRow(open)),
                          upsert(Entity::Campaign, paused.id, campaignRow(paused))}));
    const QString offerId = newId();
    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.create"),
                                {{QStringLiteral("id"), offerId}, {QStringLiteral("campaign_id"), open.id}, {QStringLiteral("terms"), terms(900)}})),
             QStringLiteral("ok"));
    const QJsonObject offer = clipper.row(Entity::Offer, offerId);
    QCOMPARE(offer.value(QStringLiteral("kind")).toString(), QStringLiteral("application"));
    QCOMPARE(offer.value(QStringLiteral("clipper_id")).toString(), clipper.userId);
    QCOMPARE(offer.value(QStringLiteral("brand_id")).toString(), open.brandId);
    QCOMPARE(offer.value(QStringLiteral("author_role")).toString(), QStringLiteral("clipper"));

    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.create"),
                                {{QStringLiteral("id"), newId()}, {QStringLiteral("campaign_id"), paused.id}, {QStringLiteral("terms"), terms(900)}})),
             QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.create"),
                                {{QStringLiteral("id"), newId()}, {QStringLiteral("campaign_id"), newId()}, {QStringLiteral("terms"), terms(900)}})),
             QStringLiteral("not_found"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("campaign.create"),
                                {{QStringLiteral("id"), newId()}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")}}}})),
             QStringLiteral("forbidden"));
}

void TestLocalMutations::counterOffersAlternateSides()
{
    Account clipper(Domain::Role::Clipper);
    QVERIFY(clipper.outbox);
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    const Domain::Offer invite = pendingOffer(newId(), campaign, clipper.userId, Domain::Role::Brand);
    QVERIFY(clipper.pull({upsert(Entity::Campaign, campaign.id, campaignRow(campaign)),
                          upsert(Entity::Offer, invite.id, Domain::offerToJson(invite))}));

    const QString roundTwo = newId();
    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.counter"),
                                {{QStringLiteral("id"), roundTwo}, {QStringLiteral("offer_id"), invite.id}, {QStringLiteral("terms"), terms(2500)}})),
             QStringLiteral("ok"));
    QCOMPARE(clipper.row(Entity::Offer, invite.id).value(QStringLiteral("status")).toString(), QStringLiteral("countered"));
    const QJsonObject next = clipper.row(Entity::Offer, roundTwo);
    QCOMPARE(next.value(QStringLiteral("round")).toInt(), 2);
    QCOMPARE(next.value(QStringLiteral("thread_id")).toString(), invite.threadId);
    QCOMPARE(next.value(QStringLiteral("author_role")).toString(), QStringLiteral("clipper"));
    QCOMPARE(next.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

    // The clipper wrote round 2: only the brand may answer it; round 1 is closed.
    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.counter"),
                                {{QStringLiteral("id"), newId()}, {QStringLiteral("offer_id"), roundTwo}, {QStringLiteral("terms"), terms(2600)}})),
             QStringLiteral("forbidden"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), roundTwo}})), QStringLiteral("forbidden"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), invite.id}})), QStringLiteral("offer_closed"));
    QCOMPARE(clipper.cache->rowCount(Entity::Offer).value_or(-1), 2);
}

void TestLocalMutations::acceptPredictsAMembershipThePullReplaces()
{
    Account clipper(Domain::Role::Clipper);
    QVERIFY(clipper.outbox);
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    Domain::Offer invite = pendingOffer(newId(), campaign, clipper.userId, Domain::Role::Brand);
    QVERIFY(clipper.pull({upsert(Entity::Campaign, campaign.id, campaignRow(campaign)),
                          upsert(Entity::Offer, invite.id, Domain::offerToJson(invite))}));
    const Sync::Mutation accept = mutation(QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), invite.id}});
    QVERIFY(clipper.outbox->enqueue(accept));
    QCOMPARE(clipper.row(Entity::Offer, invite.id).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const auto predicted = clipper.cache->rows(Entity::Membership);
    QVERIFY(predicted);
    QCOMPARE(predicted->size(), 1);
    QCOMPARE(predicted->at(0).value(QStringLiteral("offer_id")).toString(), invite.id);
    QCOMPARE(predicted->at(0).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(predicted->at(0).value(QStringLiteral("terms")).toObject().value(QStringLiteral("per_clip_minor")).toInt(), 2000);

    // The server answers with its own membership id and the pull brings the real rows.
    const QString membershipId = newId();
    QVERIFY(clipper.outbox->markResult(Sync::MutationResult::ok(accept.id, {{QStringLiteral("membership_id"), membershipId}})));
    invite.status = Domain::OfferStatus::Accepted;
    invite.version = 2;
    QJsonObject membership = predicted->at(0);
    membership.insert(QStringLiteral("id"), membershipId);
    membership.insert(QStringLiteral("version"), 1);
    QVERIFY(clipper.pull({upsert(Entity::Offer, invite.id, Domain::offerToJson(invite)),
                          upsert(Entity::Membership, membershipId, membership)}));
    const auto settled = clipper.cache->rows(Entity::Membership);
    QVERIFY(settled);
    QCOMPARE(settled->size(), 1);
    QCOMPARE(settled->at(0).value(QStringLiteral("id")).toString(), membershipId);
    QCOMPARE(clipper.row(Entity::Offer, invite.id), Domain::offerToJson(invite));
}

void TestLocalMutations::rejectAndWithdrawBelongToTheRightSide()
{
    Account brand(Domain::Role::Brand);
    QVERIFY(brand.outbox);
    const Domain::Campaign campaign = activeCampaign(newId(), brand.userId);
    const Domain::Offer invite = pendingOffer(newId(), campaign, newId(), Domain::Role::Brand);
    const Domain::Offer application = pendingOffer(newId(), campaign, newId(), Domain::Role::Clipper);
    const Domain::Offer notOurs = pendingOffer(newId(), activeCampaign(newId(), newId()), newId(), Domain::Role::Clipper);
    QVERIFY(brand.pull({upsert(Entity::Campaign, campaign.id, campaignRow(campaign)),
                        upsert(Entity::Offer, invite.id, Domain::offerToJson(invite)),
                        upsert(Entity::Offer, application.id, Domain::offerToJson(application)),
                        upsert(Entity::Offer, notOurs.id, Domain::offerToJson(notOurs))}));
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.reject"), {{QStringLiteral("offer_id"), invite.id}})), QStringLiteral("forbidden"));
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.withdraw"), {{QStringLiteral("offer_id"), application.id}})), QStringLiteral("forbidden"));
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.reject"), {{QStringLiteral("offer_id"), notOurs.id}})), QStringLiteral("not_found"));
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.withdraw"), {{QStringLiteral("offer_id"), invite.id}})), QStringLiteral("ok"));
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.reject"), {{QStringLiteral("offer_id"), application.id}})), QStringLiteral("ok"));
    QCOMPARE(brand.row(Entity::Offer, invite.id).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(brand.row(Entity::Offer, application.id).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(brand.row(Entity::Offer, application.id).value(QStringLiteral("responded_at")).toInteger() > 0);
    QCOMPARE(codeOf(brand.run(QStringLiteral("offer.reject"), {{QStringLiteral("offer_id"), application.id}})), QStringLiteral("offer_closed"));
}

void TestLocalMutations::membershipsEnd()
{
    Account clipper(Domain::Role::Clipper);
    Account brand(Domain::Role::Brand);
    QVERIFY(clipper.outbox && brand.outbox);
    const auto membership = [&](const QString &id) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), newId()},
                           {QStringLiteral("brand_id"), brand.userId}, {QStringLiteral("clipper_id"), clipper.userId},
                           {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("joined_at"), 1000},
                           {QStringLiteral("ended_at"), 0}, {QStringLiteral("version"), 1}};
    };
    const QString first = newId();
    const QString second = newId();
    const QList<Sync::Change> rows{upsert(Entity::Membership, first, membership(first)),
                                   upsert(Entity::Membership, second, membership(second))};
    QVERIFY(clipper.pull(rows));
    QVERIFY(brand.pull(rows));

    QCOMPARE(codeOf(clipper.run(QStringLiteral("membership.remove"), {{QStringLiteral("id"), first}})), QStringLiteral("forbidden"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("membership.leave"), {{QStringLiteral("id"), first}})), QStringLiteral("ok"));
    QCOMPARE(clipper.row(Entity::Membership, first).value(QStringLiteral("status")).toString(), QStringLiteral("left"));
    QVERIFY(clipper.row(Entity::Membership, first).value(QStringLiteral("ended_at")).toInteger() > 0);
    QCOMPARE(codeOf(clipper.run(QStringLiteral("membership.leave"), {{QStringLiteral("id"), first}})), QStringLiteral("invalid_argument"));

    QCOMPARE(codeOf(brand.run(QStringLiteral("membership.remove"),
                              {{QStringLiteral("id"), second}, {QStringLiteral("reason"), QStringLiteral("No clips in a month")}})),
             QStringLiteral("ok"));
    QCOMPARE(brand.row(Entity::Membership, second).value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
}

void TestLocalMutations::campaignCloneActivateAndDelete()
{
    Account brand(Domain::Role::Brand);
    QVERIFY(brand.outbox);
    const Domain::Campaign source = activeCampaign(newId(), brand.userId);
    QVERIFY(brand.pull({upsert(Entity::Campaign, source.id, campaignRow(source))}));

    const QString templateId = newId();
    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.clone"),
                              {{QStringLiteral("id"), source.id}, {QStringLiteral("new_id"), templateId},
                               {QStringLiteral("as_template"), true}, {QStringLiteral("name"), QStringLiteral("Summer template")}})),
             QStringLiteral("ok"));
    const QJsonObject copy = brand.row(Entity::Campaign, templateId);
    QCOMPARE(copy.value(QStringLiteral("is_template")).toBool(), true);
    QCOMPARE(copy.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(copy.value(QStringLiteral("name")).toString(), QStringLiteral("Summer template"));
    QCOMPARE(copy.value(QStringLiteral("budget")), campaignRow(source).value(QStringLiteral("budget")));
    // A template never goes active.
    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.set_status"), {{QStringLiteral("id"), templateId}, {QStringLiteral("status"), QStringLiteral("active")}})),
             QStringLiteral("invalid_argument"));

    // A fresh draft without budget cannot go active; with one it can.
    const QString draftId = newId();
    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.create"),
                              {{QStringLiteral("id"), draftId}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Draft")}}}})),
             QStringLiteral("ok"));
    const auto refused = brand.run(QStringLiteral("campaign.set_status"), {{QStringLiteral("id"), draftId}, {QStringLiteral("status"), QStringLiteral("active")}});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("budget")));
    QJsonObject setup = campaignRow(source);
    for (const QString &readOnly : {QStringLiteral("id"), QStringLiteral("brand_id"), QStringLiteral("is_template"), QStringLiteral("status"),
                                    QStringLiteral("flagged_reason"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                    QStringLiteral("version"), QStringLiteral("payout_model"), QStringLiteral("name")})
        setup.remove(readOnly);
    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.update"), {{QStringLiteral("id"), draftId}, {QStringLiteral("changes"), setup}})),
             QStringLiteral("ok"));
    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.set_status"), {{QStringLiteral("id"), draftId}, {QStringLiteral("status"), QStringLiteral("active")}})),
             QStringLiteral("ok"));
    QCOMPARE(brand.row(Entity::Campaign, draftId).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.delete"), {{QStringLiteral("id"), templateId}})), QStringLiteral("ok"));
    QVERIFY(brand.row(Entity::Campaign, templateId).isEmpty());
    QCOMPARE(brand.outbox->pendingCount().value_or(-1), 5);
}

void TestLocalMutations::profileUpdateUsesProfileRules()
{
    Account clipper(Domain::Role::Clipper);
    QVERIFY(clipper.outbox);
    QVERIFY(clipper.pull({upsert(Entity::Profile, clipper.userId, clipperProfile(clipper.userId))}));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("profile.update"),
                                {{QStringLiteral("changes"), QJsonObject{{QStringLiteral("niche"), QStringLiteral("speedruns")}, {QStringLiteral("reach"), 50000}}}})),
             QStringLiteral("ok"));
    QJsonObject row = clipper.row(Entity::Profile, clipper.userId);
    QCOMPARE(row.value(QStringLiteral("niche")).toString(), QStringLiteral("speedruns"));
    QCOMPARE(row.value(QStringLiteral("reach")).toInteger(), 50000);
    QCOMPARE(row.value(QStringLiteral("username")).toString(), QStringLiteral("ada")); // server-only fields survive

    QCOMPARE(codeOf(clipper.run(QStringLiteral("profile.update"), {{QStringLiteral("changes"), QJsonObject{{QStringLiteral("category"), QStringLiteral("knitting")}}}})),
             QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("profile.update"), {{QStringLiteral("changes"), QJsonObject{{QStringLiteral("company_name"), QStringLiteral("ACME")}}}})),
             QStringLiteral("invalid_argument"));
    QCOMPARE(clipper.row(Entity::Profile, clipper.userId).value(QStringLiteral("category")).toString(), QStringLiteral("gaming"));
    QCOMPARE(clipper.outbox->pendingCount().value_or(-1), 1);
}

void TestLocalMutations::notificationsAreMarkedReadByTheirRecipient()
{
    Account clipper(Domain::Role::Clipper);
    QVERIFY(clipper.outbox);
    const auto notification = [](const QString &id, const QString &userId) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("user_id"), userId}, {QStringLiteral("kind"), QStringLiteral("offer")},
                           {QStringLiteral("title"), QStringLiteral("New offer")}, {QStringLiteral("created_at"), 1000},
                           {QStringLiteral("read_at"), 0}, {QStringLiteral("version"), 1}};
    };
    const QString mine = newId();
    const QString theirs = newId();
    QVERIFY(clipper.pull({upsert(Entity::Notification, mine, notification(mine, clipper.userId)),
                          upsert(Entity::Notification, theirs, notification(theirs, newId()))}));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("notification.mark_read"), {{QStringLiteral("id"), mine}})), QStringLiteral("ok"));
    QVERIFY(clipper.row(Entity::Notification, mine).value(QStringLiteral("read_at")).toInteger() > 0);
    QCOMPARE(codeOf(clipper.run(QStringLiteral("notification.mark_read"), {{QStringLiteral("id"), theirs}})), QStringLiteral("not_found"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("notification.mark_read"), {{QStringLiteral("id"), QStringLiteral("nope")}})),
             QStringLiteral("invalid_argument"));
}

void TestLocalMutations::adminsFlagCampaignsAndUsers()
{
    Account admin(Domain::Role::Admin);
    QVERIFY(admin.outbox);
    const Domain::Campaign campaign = activeCampaign(newId(), newId());
    const QString userId = newId();
    const QJsonObject account{{QStringLiteral("id"), userId}, {QStringLiteral("email"), QStringLiteral("x@example.com")},
                              {QStringLiteral("username"), QStringLiteral("x")}, {QStringLiteral("role"), QStringLiteral("clipper")},
                              {QStringLiteral("flagged_reason"), QString()}, {QStringLiteral("version"), 1}};
    QVERIFY(admin.pull({upsert(Entity::Campaign, campaign.id, campaignRow(campaign)), upsert(Entity::Account, userId, account)}));

    QCOMPARE(codeOf(admin.run(QStringLiteral("admin.flag_campaign"), {{QStringLiteral("id"), campaign.id}, {QStringLiteral("reason"), QStringLiteral("  ")}})),
             QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(admin.run(QStringLiteral("admin.flag_campaign"), {{QStringLiteral("id"), campaign.id}, {QStringLiteral("reason"), QStringLiteral("Scam")}})),
             QStringLiteral("ok"));
    QCOMPARE(admin.row(Entity::Campaign, campaign.id).value(QStringLiteral("flagged_reason")).toString(), QStringLiteral("Scam"));
    QCOMPARE(admin.row(Entity::Campaign, campaign.id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(codeOf(admin.run(QStringLiteral("admin.flag_user"), {{QStringLiteral("id"), userId}, {QStringLiteral("reason"), QStringLiteral("Spam")}})),
             QStringLiteral("ok"));
    QCOMPARE(admin.row(Entity::Account, userId).value(QStringLiteral("flagged_reason")).toString(), QStringLiteral("Spam"));
    QCOMPARE(codeOf(admin.run(QStringLiteral("admin.unflag_user"), {{QStringLiteral("id"), userId}, {QStringLiteral("reason"), QStringLiteral("Appeal")}})),
             QStringLiteral("ok"));
    QCOMPARE(admin.row(Entity::Account, userId).value(QStringLiteral("flagged_reason")).toString(), QString());
    QCOMPARE(codeOf(admin.run(QStringLiteral("admin.flag_user"), {{QStringLiteral("id"), newId()}, {QStringLiteral("reason"), QStringLiteral("?")}})),
             QStringLiteral("not_found"));
    QCOMPARE(codeOf(admin.run(QStringLiteral("campaign.update"), {{QStringLiteral("id"), campaign.id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}}})),
             QStringLiteral("forbidden"));

    // The brand sees the flag and cannot reactivate a flagged campaign.
    Account brand(Domain::Role::Brand);
    QVERIFY(brand.outbox);
    Domain::Campaign paused = activeCampaign(newId(), brand.userId);
    paused.status = Domain::CampaignStatus::Paused;
    paused.flaggedReason = QStringLiteral("Scam");
    QVERIFY(brand.pull({upsert(Entity::Campaign, paused.id, campaignRow(paused))}));
    QCOMPARE(codeOf(brand.run(QStringLiteral("campaign.set_status"), {{QStringLiteral("id"), paused.id}, {QStringLiteral("status"), QStringLiteral("active")}})),
             QStringLiteral("campaign_flagged"));
}

QTEST_GUILESS_MAIN(TestLocalMutations)
#include "tst_localmutations.moc"
