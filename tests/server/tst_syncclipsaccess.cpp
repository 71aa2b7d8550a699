// Who may do what with clips, deletion, new versions, pull visibility and conflicts.
#include "tst_syncclips.h"

using namespace ClipDesk::Testing;
using namespace ClipDesk::Testing::ClipTest;

namespace {

QJsonObject clipArgs(const QString &id, const QJsonObject &fields)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}};
}

QJsonObject changes(const QString &id, const QJsonObject &fields)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("changes"), fields}};
}

QJsonObject review(const QString &id, const char *decision, const QString &feedback = {})
{
    QJsonObject args{{QStringLiteral("id"), id}, {QStringLiteral("decision"), QString::fromLatin1(decision)}};
    if (!feedback.isEmpty())
        args.insert(QStringLiteral("feedback"), feedback);
    return args;
}

QJsonObject idArgs(const QString &id)
{
    return {{QStringLiteral("id"), id}};
}

} // namespace

void tst_SyncClips::authorization()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("authz"));
    QVERIFY(!w.campaignId.isEmpty());
    const TestUser stranger = m_kit.user(QStringLiteral("clipper"), QStringLiteral("authzstranger"));
    const TestUser otherBrand = m_kit.user(QStringLiteral("brand"), QStringLiteral("authzbrand"));
    const TestUser admin = m_kit.admin();
    QVERIFY(admin.isValid());
    const QString video = sha(QStringLiteral("authz-") + backend);
    QVERIFY(readyMedia(video, w.clipper.id));
    const QString id = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Mine")), video);
    QVERIFY(!id.isEmpty());

    // Roles that may never do it.
    EXPECT_REJECTED(pushClip(w.brand, QStringLiteral("clip.create"), clipArgs(TestApiClient::newId(), goodClipFields(QStringLiteral("x")))),
                    "forbidden");
    EXPECT_REJECTED(pushClip(admin, QStringLiteral("clip.update"), changes(id, {{QStringLiteral("title"), QStringLiteral("x")}}), 2),
                    "forbidden");
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.review"), review(id, "approve")), "forbidden");
    // Another clipper's clip looks like no clip at all.
    EXPECT_REJECTED(pushClip(stranger, QStringLiteral("clip.update"), changes(id, {{QStringLiteral("title"), QStringLiteral("x")}}), 2),
                    "not_found");
    EXPECT_REJECTED(pushClip(stranger, QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), video}}, 2),
                    "not_found");
    EXPECT_REJECTED(pushClip(stranger, QStringLiteral("clip.delete"), idArgs(id)), "not_found");
    EXPECT_REJECTED(submit(stranger, id, w.campaignId), "not_found");
    EXPECT_REJECTED(pushClip(stranger, QStringLiteral("clip.new_version"), {{QStringLiteral("id"), id}, {QStringLiteral("new_id"), TestApiClient::newId()}}),
                    "not_found");
    // The brand cannot review a draft (it cannot even see it).
    EXPECT_REJECTED(pushClip(w.brand, QStringLiteral("clip.review"), review(id, "approve"), 2), "not_found");
    // Read-only fields are refused, even from the owner, and nothing changes.
    for (const char *field : {"status", "owner_id", "campaign_id", "brand_id", "review_feedback", "version", "media_sha256"}) {
        EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.update"),
                                 changes(id, {{QString::fromLatin1(field), QStringLiteral("x")}, {QStringLiteral("title"), QStringLiteral("Renamed")}}), 2),
                        "invalid_argument");
    }
    EXPECT_STATUS(submit(w.clipper, id, w.campaignId), Ok);
    const qint64 version = clipRow(w.clipper, id).value(QStringLiteral("version")).toInteger();
    QCOMPARE(clipRow(w.clipper, id).value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));
    // Another campaign's brand cannot review it; this campaign's brand (or an admin) can.
    EXPECT_REJECTED(pushClip(otherBrand, QStringLiteral("clip.review"), review(id, "approve"), version), "not_found");
    EXPECT_REJECTED(pushClip(stranger, QStringLiteral("clip.publish"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("posted_url"), QStringLiteral("https://tiktok.com/@s/video/1")}}),
                    "not_found");
    EXPECT_STATUS(pushClip(admin, QStringLiteral("clip.review"), review(id, "reject", QStringLiteral("Logo hidden")), version), Ok);
    const QJsonObject row = clipRow(w.brand, id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(row.value(QStringLiteral("reviewed_by")).toString(), admin.id);
    EXPECT_REJECTED(pushClip(w.brand, QStringLiteral("clip.review"), review(id, "approve"), version + 1), "illegal_transition");
}

void tst_SyncClips::deletionRules()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("delete"));
    QVERIFY(!w.campaignId.isEmpty());
    QStringList videos;
    for (int i = 0; i < 3; ++i) {
        videos.append(sha(QStringLiteral("delete-%1-%2").arg(backend).arg(i)));
        QVERIFY(readyMedia(videos.constLast(), w.clipper.id));
    }
    // A draft goes, and reaches its owner as a tombstone.
    const QString draft = TestApiClient::newId();
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.create"), clipArgs(draft, goodClipFields(QStringLiteral("Draft")))), Ok);
    const PulledState before = m_kit.api().pullAll(w.clipper.token);
    QVERIFY(before.contains(Clip, draft));
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.delete"), idArgs(draft)), Ok);
    PulledState after = m_kit.api().pullAll(w.clipper.token, before.cursor());
    QVERIFY(!after.contains(Clip, draft));
    QVERIFY(after.problems().isEmpty());
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.delete"), idArgs(draft)), "not_found");

    // Submitted, approved and published clips stay.
    const QString submitted = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Submitted")), videos.at(0));
    EXPECT_STATUS(submit(w.clipper, submitted, w.campaignId), Ok);
    QJsonObject result = pushClip(w.clipper, QStringLiteral("clip.delete"), idArgs(submitted));
    EXPECT_REJECTED(result, "illegal_transition");
    QVERIFY(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QLatin1String("Only drafts and rejected clips")));
    const qint64 version = clipRow(w.clipper, submitted).value(QStringLiteral("version")).toInteger();
    EXPECT_STATUS(pushClip(w.brand, QStringLiteral("clip.review"), review(submitted, "approve"), version), Ok);
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.delete"), idArgs(submitted)), "illegal_transition");
    QCOMPARE(clipRow(w.brand, submitted).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

    // A rejected clip goes, for the brand that saw it too.
    const QString rejected = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Rejected")), videos.at(1));
    EXPECT_STATUS(submit(w.clipper, rejected, w.campaignId), Ok);
    EXPECT_STATUS(pushClip(w.brand, QStringLiteral("clip.review"), review(rejected, "reject", QStringLiteral("Too dark")),
                           clipRow(w.brand, rejected).value(QStringLiteral("version")).toInteger()),
                  Ok);
    PulledState brandView = m_kit.api().pullAll(w.brand.token);
    QVERIFY(brandView.contains(Clip, rejected));
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.delete"), idArgs(rejected)), Ok);
    QVERIFY(m_kit.api().pullInto(w.brand.token, brandView));
    QVERIFY(!brandView.contains(Clip, rejected));
    QVERIFY(brandView.contains(Clip, submitted));
}

void tst_SyncClips::newVersionKeepsTheReviewedOne()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("version"));
    QVERIFY(!w.campaignId.isEmpty());
    const QString video = sha(QStringLiteral("version-a-") + backend);
    const QString recut = sha(QStringLiteral("version-b-") + backend);
    QVERIFY(readyMedia(video, w.clipper.id));
    QVERIFY(readyMedia(recut, w.clipper.id));
    const QString id = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Take one")), video);
    EXPECT_STATUS(submit(w.clipper, id, w.campaignId), Ok);
    const QJsonObject seenByBrand = clipRow(w.brand, id);

    // A submitted clip is not edited in place, its video neither.
    QJsonObject result = pushClip(w.clipper, QStringLiteral("clip.update"), changes(id, {{QStringLiteral("title"), QStringLiteral("Sneaky")}}), 3);
    EXPECT_REJECTED(result, "illegal_transition");
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), recut}}, 3),
                    "illegal_transition");
    // A draft needs no new version.
    const QString draft = TestApiClient::newId();
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.create"), clipArgs(draft, goodClipFields(QStringLiteral("Draft")))), Ok);
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.new_version"), {{QStringLiteral("id"), draft}, {QStringLiteral("new_id"), TestApiClient::newId()}}),
                    "illegal_transition");

    const QString next = TestApiClient::newId();
    result = pushClip(w.clipper, QStringLiteral("clip.new_version"), {{QStringLiteral("id"), id}, {QStringLiteral("new_id"), next}});
    EXPECT_STATUS(result, Ok);
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.new_version"), {{QStringLiteral("id"), id}, {QStringLiteral("new_id"), TestApiClient::newId()}}),
                    "already_exists");
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.update"), changes(next, {{QStringLiteral("title"), QStringLiteral("Take two")}}), 1), Ok);
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), next}, {QStringLiteral("media_sha256"), recut}}, 2), Ok);
    QJsonObject row = clipRow(w.clipper, next);
    QCOMPARE(row.value(QStringLiteral("previous_clip_id")).toString(), id);
    QCOMPARE(row.value(QStringLiteral("version_number")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("Take two"));
    QCOMPARE(row.value(QStringLiteral("campaign_id")).toString(), w.campaignId);
    // What the reviewer saw is exactly as it was; the new draft is not theirs to see yet.
    QCOMPARE(clipRow(w.brand, id), seenByBrand);
    QVERIFY(clipRow(w.brand, next).isEmpty());
    EXPECT_STATUS(submit(w.clipper, next, w.campaignId), Ok);
    QCOMPARE(clipRow(w.brand, next).value(QStringLiteral("title")).toString(), QStringLiteral("Take two"));
    QCOMPARE(clipRow(w.brand, id), seenByBrand);
}

void tst_SyncClips::pullVisibilityPerRole()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("visible"));
    QVERIFY(!w.campaignId.isEmpty());
    const TestUser otherClipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("visibleother"));
    const TestUser otherBrand = m_kit.user(QStringLiteral("brand"), QStringLiteral("visibleother"));
    const TestUser admin = m_kit.admin();
    const QString video = sha(QStringLiteral("visible-") + backend);
    QVERIFY(readyMedia(video, w.clipper.id));
    const QString draft = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Draft")), video);
    const QString sent = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Sent")), video);
    EXPECT_STATUS(submit(w.clipper, sent, w.campaignId), Ok);
    const QString uploading = TestApiClient::newId();
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.create"), clipArgs(uploading, goodClipFields(QStringLiteral("Up")))), Ok);
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.attach_media"),
                           {{QStringLiteral("id"), uploading}, {QStringLiteral("media_sha256"), sha(QStringLiteral("not-yet-") + backend)}}, 1),
                  Ok);

    const auto clipIds = [&](const TestUser &user) {
        const PulledState state = m_kit.api().pullAll(user.token);
        QStringList ids;
        for (const QJsonObject &row : state.entityRows(Clip)) {
            const QString id = row.value(QStringLiteral("id")).toString();
            if (id == draft || id == sent || id == uploading)
                ids.append(row.value(QStringLiteral("title")).toString());
        }
        ids.sort();
        return ids;
    };
    QCOMPARE(clipIds(w.clipper), QStringList({QStringLiteral("Draft"), QStringLiteral("Sent"), QStringLiteral("Up")}));
    QCOMPARE(clipIds(w.brand), QStringList({QStringLiteral("Sent")}));
    QCOMPARE(clipIds(otherClipper), QStringList());
    QCOMPARE(clipIds(otherBrand), QStringList());
    QCOMPARE(clipIds(admin), QStringList({QStringLiteral("Draft"), QStringLiteral("Sent"), QStringLiteral("Up")}));
}

void tst_SyncClips::perFieldConflicts()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("conflicts"));
    const QString id = TestApiClient::newId();
    const QString device = TestApiClient::newId();
    EXPECT_STATUS(m_kit.pushWith(clipper, device, TestApiClient::mutation(QStringLiteral("clip.create"),
                                                                          clipArgs(id, goodClipFields(QStringLiteral("Base"))))),
                  Ok);
    // The creating device's offline edits build on its own row.
    EXPECT_STATUS(m_kit.pushWith(clipper, device, TestApiClient::mutation(QStringLiteral("clip.update"),
                                                                          changes(id, {{QStringLiteral("title"), QStringLiteral("A")}}), 0)),
                  Ok);
    // Another device based on version 1: a different field merges, the same field conflicts.
    EXPECT_STATUS(pushClip(clipper, QStringLiteral("clip.update"), changes(id, {{QStringLiteral("caption"), QStringLiteral("Caption B")}}), 1), Ok);
    const QJsonObject conflict = pushClip(clipper, QStringLiteral("clip.update"), changes(id, {{QStringLiteral("title"), QStringLiteral("B")}}), 1);
    EXPECT_STATUS(conflict, Conflict);
    const QJsonObject current = conflict.value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("title")).toString(), QStringLiteral("A"));
    QCOMPARE(current.value(QStringLiteral("caption")).toString(), QStringLiteral("Caption B"));
    QCOMPARE(current.value(QStringLiteral("version")).toInt(), 3);
    EXPECT_STATUS(pushClip(clipper, QStringLiteral("clip.update"), changes(id, {{QStringLiteral("title"), QStringLiteral("B")}}), 3), Ok);
    QCOMPARE(clipRow(clipper, id).value(QStringLiteral("title")).toString(), QStringLiteral("B"));
}
