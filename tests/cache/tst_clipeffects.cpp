// The predicted (optimistic) effect of the clip.* mutations on the cache, checked with the
// same ClipRules the server runs, against the cached campaign, membership and clips.

#include "cachefixture.h"

#include "domain/clip.h"
#include "domain/membership.h"
#include "sync/outbox.h"
#include "sync/pullapplier.h"

#include <QJsonArray>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
namespace Entity = ClipDesk::Sync::Entity;

namespace {

const QString Video = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

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
    Result<qint64> run(const QString &name, const QJsonObject &args, qint64 base = 0)
    {
        return outbox->enqueue(mutation(name, args, base));
    }
    QJsonObject clip(const QString &id) { return cache->row(Entity::Clip, id).value_or(std::nullopt).value_or(QJsonObject()); }
};

QString codeOf(const Result<qint64> &result)
{
    return result ? QStringLiteral("ok") : result.error().code;
}

Domain::Campaign ruledCampaign(const QString &brandId)
{
    Domain::Campaign campaign = activeCampaign(newId(), brandId);
    campaign.requiredHashtags = {QStringLiteral("#summerdrop")};
    campaign.disclosureText = QStringLiteral("#ad");
    campaign.blacklistedHashtags = {QStringLiteral("#competitor")};
    campaign.submissionLimitPerClipper = 1;
    return campaign;
}

QJsonObject membershipRow(const Domain::Campaign &campaign, const QString &clipperId)
{
    Domain::Membership membership;
    membership.id = newId();
    membership.campaignId = campaign.id;
    membership.brandId = campaign.brandId;
    membership.clipperId = clipperId;
    membership.offerId = newId();
    membership.version = 1;
    return Domain::membershipToJson(membership);
}

QJsonObject goodFields(const QString &title)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("caption"), QStringLiteral("Watch this #ad")},
            {QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#summerdrop")}},
            {QStringLiteral("platform"), QStringLiteral("tiktok")}};
}

QJsonObject clipArgs(const QString &id, const QJsonObject &fields)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}};
}

} // namespace

class TestClipEffects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftsAreTheClippersOwn();
    void attachPredictsUploadingUntilTheVideoIsThere();
    void submitRunsEveryRuleAgainstTheCache();
    void reviewBelongsToTheCampaignsBrand();
    void publishDeleteAndNewVersion();
};

void TestClipEffects::draftsAreTheClippersOwn()
{
    Account clipper(Domain::Role::Clipper);
    Account brand(Domain::Role::Brand);
    const QString id = newId();
    QCOMPARE(codeOf(brand.run(QStringLiteral("clip.create"), clipArgs(id, goodFields(QStringLiteral("x"))))), QStringLiteral("forbidden"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.create"), clipArgs(id, QJsonObject{{QStringLiteral("caption"), QStringLiteral("no title")}}))),
             QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.create"), clipArgs(id, goodFields(QStringLiteral("Mine"))))), QStringLiteral("ok"));
    QJsonObject row = clipper.clip(id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(row.value(QStringLiteral("owner_id")).toString(), clipper.userId);
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.create"), clipArgs(id, goodFields(QStringLiteral("Again"))))), QStringLiteral("already_exists"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}}}})),
             QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.update"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")}}}})),
             QStringLiteral("ok"));
    QCOMPARE(clipper.clip(id).value(QStringLiteral("title")).toString(), QStringLiteral("Renamed"));

    // Another clipper's clip in the cache (as an admin's cache would hold) is not theirs to change.
    Domain::Clip foreign;
    foreign.id = newId();
    foreign.ownerId = newId();
    foreign.title = QStringLiteral("Theirs");
    foreign.version = 1;
    QVERIFY(clipper.pull({upsert(Entity::Clip, foreign.id, Domain::clipToJson(foreign))}));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.update"),
                                {{QStringLiteral("id"), foreign.id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}}})),
             QStringLiteral("not_found"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.delete"), {{QStringLiteral("id"), foreign.id}})), QStringLiteral("not_found"));
}

void TestClipEffects::attachPredictsUploadingUntilTheVideoIsThere()
{
    Account clipper(Domain::Role::Clipper);
    const QString id = newId();
    QVERIFY(clipper.run(QStringLiteral("clip.create"), clipArgs(id, goodFields(QStringLiteral("Clip")))));
    const auto attach = [&](const QJsonValue &sha) {
        return clipper.run(QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), sha}});
    };
    QCOMPARE(codeOf(attach(QStringLiteral("not-a-hash"))), QStringLiteral("invalid_argument"));
    QVERIFY(attach(Video));
    QCOMPARE(clipper.clip(id).value(QStringLiteral("status")).toString(), QStringLiteral("uploading"));
    QVERIFY(attach(Video)); // sent again once the upload finished
    QCOMPARE(clipper.clip(id).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(clipper.clip(id).value(QStringLiteral("media_sha256")).toString(), Video);
    QVERIFY(attach(QJsonValue::Null));
    QCOMPARE(clipper.clip(id).value(QStringLiteral("media_sha256")).toString(), QString());
}

void TestClipEffects::submitRunsEveryRuleAgainstTheCache()
{
    Account clipper(Domain::Role::Clipper);
    const QString brandId = newId();
    const Domain::Campaign campaign = ruledCampaign(brandId);
    QVERIFY(clipper.pull({upsert(Entity::Campaign, campaign.id, campaignRow(campaign))}));
    const auto draft = [&](const QJsonObject &fields) {
        const QString id = newId();
        if (!clipper.run(QStringLiteral("clip.create"), clipArgs(id, fields))
            || !clipper.run(QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), Video}})
            || !clipper.run(QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), Video}}))
            return QString();
        return id;
    };
    const auto submit = [&](const QString &id) {
        return clipper.run(QStringLiteral("clip.submit"), {{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), campaign.id}});
    };
    const QString good = draft(goodFields(QStringLiteral("Good")));
    QVERIFY(!good.isEmpty());
    QCOMPARE(codeOf(submit(good)), QStringLiteral("forbidden")); // not a member yet
    const QJsonObject membership = membershipRow(campaign, clipper.userId);
    QVERIFY(clipper.pull({upsert(Entity::Membership, membership.value(QStringLiteral("id")).toString(), membership)}));
    QJsonObject noTag = goodFields(QStringLiteral("No tag"));
    noTag.insert(QStringLiteral("hashtags"), QJsonArray());
    const auto refused = submit(draft(noTag));
    QCOMPARE(codeOf(refused), QStringLiteral("invalid_argument"));
    QVERIFY(refused.error().message.contains(QLatin1String("#summerdrop")));
    QJsonObject banned = goodFields(QStringLiteral("Banned"));
    banned.insert(QStringLiteral("caption"), QStringLiteral("#ad #competitor"));
    QCOMPARE(codeOf(submit(draft(banned))), QStringLiteral("invalid_argument"));
    QJsonObject noDisclosure = goodFields(QStringLiteral("No disclosure"));
    noDisclosure.insert(QStringLiteral("caption"), QString());
    QCOMPARE(codeOf(submit(draft(noDisclosure))), QStringLiteral("invalid_argument"));

    QCOMPARE(codeOf(submit(good)), QStringLiteral("ok"));
    const QJsonObject row = clipper.clip(good);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(row.value(QStringLiteral("campaign_id")).toString(), campaign.id);
    QCOMPARE(row.value(QStringLiteral("brand_id")).toString(), brandId);
    // The limit (1) counts the cached submissions.
    QCOMPARE(codeOf(submit(draft(goodFields(QStringLiteral("Second"))))), QStringLiteral("submission_limit"));
    QCOMPARE(codeOf(submit(good)), QStringLiteral("illegal_transition"));
}

void TestClipEffects::reviewBelongsToTheCampaignsBrand()
{
    Account brand(Domain::Role::Brand);
    Account otherBrand(Domain::Role::Brand);
    Account admin(Domain::Role::Admin);
    Domain::Clip clip;
    clip.id = newId();
    clip.ownerId = newId();
    clip.brandId = brand.userId;
    clip.campaignId = newId();
    clip.title = QStringLiteral("For review");
    clip.mediaSha256 = Video;
    clip.status = Domain::ClipStatus::Submitted;
    clip.version = 4;
    for (Account *account : {&brand, &otherBrand, &admin})
        QVERIFY(account->pull({upsert(Entity::Clip, clip.id, Domain::clipToJson(clip))}));
    const auto review = [&](Account &who, const char *decision, const QString &feedback) {
        return who.run(QStringLiteral("clip.review"), {{QStringLiteral("id"), clip.id}, {QStringLiteral("decision"), QString::fromLatin1(decision)},
                                                       {QStringLiteral("feedback"), feedback}}, 4);
    };
    QCOMPARE(codeOf(review(otherBrand, "approve", {})), QStringLiteral("not_found"));
    QCOMPARE(codeOf(review(brand, "reject", {})), QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(review(brand, "reject", QStringLiteral("Too dark"))), QStringLiteral("ok"));
    QCOMPARE(brand.clip(clip.id).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(brand.clip(clip.id).value(QStringLiteral("review_feedback")).toString(), QStringLiteral("Too dark"));
    QCOMPARE(codeOf(review(admin, "approve", {})), QStringLiteral("ok"));
    QCOMPARE(admin.clip(clip.id).value(QStringLiteral("reviewed_by")).toString(), admin.userId);
}

void TestClipEffects::publishDeleteAndNewVersion()
{
    Account clipper(Domain::Role::Clipper);
    Domain::Clip approved;
    approved.id = newId();
    approved.ownerId = clipper.userId;
    approved.title = QStringLiteral("Approved");
    approved.platform = QStringLiteral("tiktok");
    approved.mediaSha256 = Video;
    approved.status = Domain::ClipStatus::Approved;
    approved.version = 5;
    QVERIFY(clipper.pull({upsert(Entity::Clip, approved.id, Domain::clipToJson(approved))}));
    const auto publish = [&](const QString &url) {
        return clipper.run(QStringLiteral("clip.publish"), {{QStringLiteral("id"), approved.id}, {QStringLiteral("posted_url"), url}});
    };
    QCOMPARE(codeOf(publish(QStringLiteral("https://instagram.com/reel/1"))), QStringLiteral("invalid_argument"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.delete"), {{QStringLiteral("id"), approved.id}})), QStringLiteral("illegal_transition"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.update"),
                                {{QStringLiteral("id"), approved.id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}}})),
             QStringLiteral("illegal_transition"));
    const QString nextId = newId();
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.new_version"), {{QStringLiteral("id"), approved.id}, {QStringLiteral("new_id"), nextId}})),
             QStringLiteral("ok"));
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.new_version"), {{QStringLiteral("id"), approved.id}, {QStringLiteral("new_id"), newId()}})),
             QStringLiteral("already_exists"));
    const QJsonObject next = clipper.clip(nextId);
    QCOMPARE(next.value(QStringLiteral("previous_clip_id")).toString(), approved.id);
    QCOMPARE(next.value(QStringLiteral("version_number")).toInt(), 2);
    QCOMPARE(next.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(codeOf(publish(QStringLiteral("https://www.tiktok.com/@me/video/1"))), QStringLiteral("ok"));
    QCOMPARE(clipper.clip(approved.id).value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(clipper.clip(approved.id).value(QStringLiteral("title")).toString(), QStringLiteral("Approved"));
    // A draft goes at once.
    QCOMPARE(codeOf(clipper.run(QStringLiteral("clip.delete"), {{QStringLiteral("id"), nextId}})), QStringLiteral("ok"));
    QVERIFY(clipper.clip(nextId).isEmpty());
}

QTEST_GUILESS_MAIN(TestClipEffects)
#include "tst_clipeffects.moc"
