// Clip lifecycle, the submission rules, the limit and duplicates; the test executable's main().
#include "tst_syncclips.h"

#include "domain/cliprules.h"
#include "media/fingerprint.h"
#include "storage/database.h"
#include "testmedia.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
using namespace ClipDesk::Testing::ClipTest;

namespace ClipDesk::Testing::ClipTest {

QJsonObject ruledCampaignFields(const QString &name, int submissionLimit)
{
    QJsonObject fields = SyncTestKit::readyFields(name);
    fields.insert(QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("#summerdrop")});
    fields.insert(QStringLiteral("disclosure_text"), QStringLiteral("Paid partnership with Acme"));
    fields.insert(QStringLiteral("blacklisted_hashtags"), QJsonArray{QStringLiteral("#competitor")});
    fields.insert(QStringLiteral("submission_limit_per_clipper"), submissionLimit);
    return fields;
}

QString sha(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject goodClipFields(const QString &title)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("caption"), QStringLiteral("The drop is here. Paid partnership with Acme")},
            {QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#SummerDrop"), QStringLiteral("#fyp")}},
            {QStringLiteral("platform"), QStringLiteral("tiktok")}};
}

bool nearVideoFingerprints(QByteArray (&prints)[3])
{
    // A clip and a re-encoded, scaled copy of its middle part; and an unrelated clip.
    const QString original = TestMedia::generate(QStringLiteral("clips-near-original.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=320x240:rate=25:duration=10"),
         QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
    const QString variant = TestMedia::generate(QStringLiteral("clips-near-variant.mp4"),
        {QStringLiteral("-ss"), QStringLiteral("2"), QStringLiteral("-i"), original, QStringLiteral("-t"), QStringLiteral("6"),
         QStringLiteral("-vf"), QStringLiteral("scale=240:180"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
         QStringLiteral("-crf"), QStringLiteral("32"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
    const QString unrelated = TestMedia::generate(QStringLiteral("clips-near-unrelated.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("mandelbrot=size=320x240:rate=25"),
         QStringLiteral("-t"), QStringLiteral("8"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
         QStringLiteral("yuv420p")});
    if (original.isEmpty() || variant.isEmpty() || unrelated.isEmpty())
        return false;
    const QString paths[3] = {original, variant, unrelated};
    for (int i = 0; i < 3; ++i) {
        const auto fingerprint = Media::computeFingerprint(paths[i], Media::JobControl{});
        if (!fingerprint) {
            qWarning() << "cannot fingerprint" << paths[i] << fingerprint.error().message;
            return false;
        }
        prints[i] = fingerprint->toBytes();
    }
    return true;
}

} // namespace ClipDesk::Testing::ClipTest

namespace {

QJsonObject clipArgs(const QString &id, const QJsonObject &fields)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}};
}

QJsonObject attach(const QString &id, const QJsonValue &sha256)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), sha256}};
}

QString errorMessage(const QJsonObject &result)
{
    return result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

qint64 versionOf(const QJsonObject &result)
{
    return SyncTestKit::okResult(result).value(QStringLiteral("version")).toInteger();
}

} // namespace

ClipWorld tst_SyncClips::world(const QString &name, int submissionLimit)
{
    ClipWorld w;
    w.brand = m_kit.user(QStringLiteral("brand"), name + QStringLiteral("b"));
    w.clipper = m_kit.user(QStringLiteral("clipper"), name + QStringLiteral("c"));
    const QString id = TestApiClient::newId();
    if (SyncTestKit::status(m_kit.push(w.brand, QStringLiteral("campaign.create"),
                                       clipArgs(id, ruledCampaignFields(name, submissionLimit))))
            != Ok
        || SyncTestKit::status(m_kit.push(w.brand, QStringLiteral("campaign.set_status"),
                                          {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")}}, 1))
               != Ok
        || !join(w.brand, w.clipper, id)) {
        qWarning() << "cannot set up the clip world" << name;
        return {};
    }
    w.campaignId = id;
    return w;
}

bool tst_SyncClips::join(const TestUser &brand, const TestUser &clipper, const QString &campaignId)
{
    const QString offerId = TestApiClient::newId();
    const QJsonObject applied = m_kit.push(clipper, QStringLiteral("offer.create"),
                                           {{QStringLiteral("id"), offerId}, {QStringLiteral("campaign_id"), campaignId},
                                            {QStringLiteral("terms"), QJsonObject{{QStringLiteral("per_clip_minor"), 1000},
                                                                                  {QStringLiteral("requirements"), QStringLiteral("clips")}}}});
    const QJsonObject accepted = m_kit.push(brand, QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), offerId}});
    return SyncTestKit::status(applied) == Ok && SyncTestKit::status(accepted) == Ok;
}

bool tst_SyncClips::readyMedia(const QString &sha256, const QString &ownerId, const QByteArray &fingerprint,
                               const QString &status, const QString &reason)
{
    auto db = m_kit.server().openDatabase();
    if (!db)
        return false;
    auto inserted = db->exec(QStringLiteral("INSERT INTO clip_media (sha256, owner_id, size_bytes, duration_ms, width, height,"
                                            " thumbnail_sha256, fingerprint, status, rejection_reason, created_at)"
                                            " VALUES (?, ?, 1000, 8000, 320, 240, ?, ?, ?, ?, ?)"),
                             {sha256, ownerId, ClipTest::sha(sha256 + QStringLiteral("-thumb")),
                              fingerprint.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromLatin1(fingerprint.toBase64())),
                              status, reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason),
                              QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        qWarning() << "cannot insert clip_media:" << inserted.error().message;
    return bool(inserted);
}

QString tst_SyncClips::draftWithMedia(const TestUser &clipper, const QJsonObject &fields, const QString &mediaSha)
{
    const QString id = TestApiClient::newId();
    if (SyncTestKit::status(pushClip(clipper, QStringLiteral("clip.create"), clipArgs(id, fields))) != Ok)
        return {};
    const QJsonObject attached = pushClip(clipper, QStringLiteral("clip.attach_media"), attach(id, mediaSha), 1);
    if (SyncTestKit::okResult(attached).value(QStringLiteral("status")).toString() != u"draft") {
        qWarning() << "attach failed:" << attached;
        return {};
    }
    return id;
}

QJsonObject tst_SyncClips::submit(const TestUser &clipper, const QString &clipId, const QString &campaignId)
{
    return pushClip(clipper, QStringLiteral("clip.submit"), {{QStringLiteral("id"), clipId}, {QStringLiteral("campaign_id"), campaignId}});
}

void tst_SyncClips::lifecycle()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("life"));
    QVERIFY(!w.campaignId.isEmpty());

    const QString id = TestApiClient::newId();
    QJsonObject result = pushClip(w.clipper, QStringLiteral("clip.create"), clipArgs(id, goodClipFields(QStringLiteral("Best moment"))));
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.create"), clipArgs(id, goodClipFields(QStringLiteral("x")))),
                    "already_exists");
    QJsonObject row = clipRow(w.clipper, id);
    QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("Best moment"));
    QCOMPARE(row.value(QStringLiteral("hashtags")).toArray(), QJsonArray({QStringLiteral("#summerdrop"), QStringLiteral("#fyp")}));
    QCOMPARE(row.value(QStringLiteral("owner_id")).toString(), w.clipper.id);
    QCOMPARE(row.value(QStringLiteral("version_number")).toInt(), 1);
    QVERIFY(clipRow(w.brand, id).isEmpty()); // drafts are the clipper's own

    // Attaching a video the server does not have yet: the clip is uploading and cannot go out.
    const QString video = ClipTest::sha(QStringLiteral("life-video"));
    result = pushClip(w.clipper, QStringLiteral("clip.attach_media"), attach(id, video), 1);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("uploading"));
    result = submit(w.clipper, id, w.campaignId);
    EXPECT_REJECTED(result, "illegal_transition");
    QVERIFY(errorMessage(result).contains(QLatin1String("still uploading")));
    // The upload arrives: attaching it again (or submitting) finds it ready.
    QVERIFY(readyMedia(video, w.clipper.id));
    result = pushClip(w.clipper, QStringLiteral("clip.attach_media"), attach(id, video), 2);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    row = clipRow(w.clipper, id);
    QCOMPARE(row.value(QStringLiteral("media_sha256")).toString(), video);
    QCOMPARE(row.value(QStringLiteral("thumbnail_sha256")).toString(), ClipTest::sha(video + QStringLiteral("-thumb")));

    result = submit(w.clipper, id, w.campaignId);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    const qint64 submitted = versionOf(result);
    row = clipRow(w.brand, id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(row.value(QStringLiteral("campaign_id")).toString(), w.campaignId);
    QCOMPARE(row.value(QStringLiteral("brand_id")).toString(), w.brand.id);
    QVERIFY(row.value(QStringLiteral("submitted_at")).toInteger() > 0);
    EXPECT_REJECTED(submit(w.clipper, id, w.campaignId), "illegal_transition");

    // Review: a rejection needs feedback; then approval.
    const QJsonObject reject{{QStringLiteral("id"), id}, {QStringLiteral("decision"), QStringLiteral("reject")}};
    result = pushClip(w.brand, QStringLiteral("clip.review"), reject, submitted);
    EXPECT_REJECTED(result, "invalid_argument");
    QVERIFY(errorMessage(result).contains(QLatin1String("Say why")));
    EXPECT_REJECTED(pushClip(w.brand, QStringLiteral("clip.review"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("decision"), QStringLiteral("maybe")}}, submitted),
                    "invalid_argument");
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.publish"),
                             {{QStringLiteral("id"), id}, {QStringLiteral("posted_url"), QStringLiteral("https://tiktok.com/@c/video/1")}}),
                    "illegal_transition");
    result = pushClip(w.brand, QStringLiteral("clip.review"),
                      {{QStringLiteral("id"), id}, {QStringLiteral("decision"), QStringLiteral("approve")},
                       {QStringLiteral("feedback"), QStringLiteral("Great hook")}},
                      submitted);
    EXPECT_STATUS(result, Ok);
    row = clipRow(w.clipper, id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(row.value(QStringLiteral("review_feedback")).toString(), QStringLiteral("Great hook"));
    QCOMPARE(row.value(QStringLiteral("reviewed_by")).toString(), w.brand.id);
    // The clipper is told.
    const PulledState seen = m_kit.api().pullAll(w.clipper.token);
    bool notified = false;
    for (const QJsonObject &n : seen.entityRows(QStringLiteral("notification")))
        notified = notified || (n.value(QStringLiteral("entity_id")).toString() == id && n.value(QStringLiteral("kind")).toString() == u"clip_approved");
    QVERIFY(notified);

    // Publish: the link must be on the clip's platform.
    result = pushClip(w.clipper, QStringLiteral("clip.publish"),
                      {{QStringLiteral("id"), id}, {QStringLiteral("posted_url"), QStringLiteral("https://youtube.com/shorts/abc")}});
    EXPECT_REJECTED(result, "invalid_argument");
    QVERIFY(errorMessage(result).contains(QLatin1String("TikTok")));
    const QString link = QStringLiteral("https://www.tiktok.com/@clipper/video/7312");
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.publish"), {{QStringLiteral("id"), id}, {QStringLiteral("posted_url"), link}}), Ok);
    row = clipRow(w.brand, id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(row.value(QStringLiteral("posted_url")).toString(), link);
    QVERIFY(row.value(QStringLiteral("published_at")).toInteger() > 0);
}

void tst_SyncClips::submissionRulesOnTheServer()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("rules"));
    QVERIFY(!w.campaignId.isEmpty());
    const QString video = ClipTest::sha(QStringLiteral("rules-video"));
    QVERIFY(readyMedia(video, w.clipper.id));

    struct Case
    {
        QJsonObject fields;
        const char *code;
        const char *message;
    };
    QJsonObject noTag = goodClipFields(QStringLiteral("No tag"));
    noTag.insert(QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#fyp")});
    QJsonObject noDisclosure = goodClipFields(QStringLiteral("No disclosure"));
    noDisclosure.insert(QStringLiteral("caption"), QStringLiteral("The drop is here."));
    QJsonObject banned = goodClipFields(QStringLiteral("Banned"));
    banned.insert(QStringLiteral("caption"), QStringLiteral("Better than #Competitor. Paid partnership with Acme"));
    QJsonObject wrongPlatform = goodClipFields(QStringLiteral("Reels"));
    wrongPlatform.insert(QStringLiteral("platform"), QStringLiteral("instagram_reels"));
    const QList<Case> cases = {{noTag, "invalid_argument", "#summerdrop"},
                               {noDisclosure, "invalid_argument", "Paid partnership with Acme"},
                               {banned, "invalid_argument", "#competitor"},
                               {wrongPlatform, "invalid_argument", "TikTok only"}};
    for (const Case &c : cases) {
        const QString id = draftWithMedia(w.clipper, c.fields, video);
        QVERIFY(!id.isEmpty());
        const QJsonObject result = submit(w.clipper, id, w.campaignId);
        EXPECT_STATUS(result, Rejected);
        QCOMPARE(SyncTestKit::errorCode(result), QString::fromLatin1(c.code));
        QVERIFY2(errorMessage(result).contains(QLatin1String(c.message)), qPrintable(errorMessage(result)));
        QCOMPARE(clipRow(w.clipper, id).value(QStringLiteral("status")).toString(), QStringLiteral("draft")); // nothing changed
    }

    // No video, not a member, a paused campaign, a campaign the clipper cannot see.
    const QString bare = TestApiClient::newId();
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.create"), clipArgs(bare, goodClipFields(QStringLiteral("Bare")))), Ok);
    EXPECT_REJECTED(submit(w.clipper, bare, w.campaignId), "invalid_argument");
    const TestUser outsider = m_kit.user(QStringLiteral("clipper"), QStringLiteral("outsider"));
    const QString outsiderVideo = ClipTest::sha(QStringLiteral("outsider-video"));
    QVERIFY(readyMedia(outsiderVideo, outsider.id));
    const QString outsiderClip = draftWithMedia(outsider, goodClipFields(QStringLiteral("Not a member")), outsiderVideo);
    QVERIFY(!outsiderClip.isEmpty());
    EXPECT_REJECTED(submit(outsider, outsiderClip, w.campaignId), "forbidden");
    const QString hidden = m_kit.campaign(w.brand, QStringLiteral("Hidden"), true, QStringLiteral("private"));
    EXPECT_REJECTED(submit(outsider, outsiderClip, hidden), "not_found");
    const QString good = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Good")), video);
    EXPECT_STATUS(pushClip(w.brand, QStringLiteral("campaign.set_status"),
                           {{QStringLiteral("id"), w.campaignId}, {QStringLiteral("status"), QStringLiteral("paused")}}, 2),
                  Ok);
    const QJsonObject paused = submit(w.clipper, good, w.campaignId);
    EXPECT_REJECTED(paused, "invalid_argument");
    QVERIFY(errorMessage(paused).contains(QLatin1String("paused")));
    EXPECT_STATUS(pushClip(w.brand, QStringLiteral("campaign.set_status"),
                           {{QStringLiteral("id"), w.campaignId}, {QStringLiteral("status"), QStringLiteral("active")}}, 3),
                  Ok);
    EXPECT_STATUS(submit(w.clipper, good, w.campaignId), Ok);
    // Bad arguments.
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.submit"), {{QStringLiteral("id"), good}}), "invalid_argument");
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.submit"),
                             {{QStringLiteral("id"), good}, {QStringLiteral("campaign_id"), w.campaignId}, {QStringLiteral("status"), QStringLiteral("approved")}}),
                    "invalid_argument");
    EXPECT_REJECTED(pushClip(w.clipper, QStringLiteral("clip.attach_media"), attach(bare, QStringLiteral("../../etc/passwd")), 1),
                    "invalid_argument");
}

void tst_SyncClips::submissionLimitAndExactDuplicates()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("limit"), 2);
    QVERIFY(!w.campaignId.isEmpty());
    QStringList videos;
    for (int i = 0; i < 3; ++i) {
        videos.append(ClipTest::sha(QStringLiteral("limit-%1-%2").arg(backend).arg(i)));
        QVERIFY(readyMedia(videos.constLast(), w.clipper.id));
    }
    const QString first = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("First")), videos.at(0));
    EXPECT_STATUS(submit(w.clipper, first, w.campaignId), Ok);
    // The same video again: submitted, and at once rejected with the reason.
    const QString copy = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Copy")), videos.at(0));
    QJsonObject result = submit(w.clipper, copy, w.campaignId);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject copyRow = clipRow(w.clipper, copy);
    QCOMPARE(copyRow.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(copyRow.value(QStringLiteral("review_feedback")).toString(), Domain::ClipRules::exactDuplicateFeedback());
    QCOMPARE(copyRow.value(QStringLiteral("reviewed_by")).toString(), QString());
    QCOMPARE(clipRow(w.brand, copy).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

    // The rejected duplicate does not count toward the limit of 2; the third accepted one would.
    const QString second = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Second")), videos.at(1));
    EXPECT_STATUS(submit(w.clipper, second, w.campaignId), Ok);
    const QString third = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Third")), videos.at(2));
    result = submit(w.clipper, third, w.campaignId);
    EXPECT_REJECTED(result, "submission_limit");
    QVERIFY(errorMessage(result).contains(QLatin1String("limit of 2")));
    QCOMPARE(clipRow(w.clipper, third).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    // A rejection by the brand gives the slot back.
    EXPECT_STATUS(pushClip(w.brand, QStringLiteral("clip.review"),
                           {{QStringLiteral("id"), second}, {QStringLiteral("decision"), QStringLiteral("reject")},
                            {QStringLiteral("feedback"), QStringLiteral("Audio out of sync")}},
                           clipRow(w.brand, second).value(QStringLiteral("version")).toInteger()),
                  Ok);
    EXPECT_STATUS(submit(w.clipper, third, w.campaignId), Ok);

    // Another clipper's upload of the same bytes is a duplicate too. clip_media keeps the first
    // uploader; the second one's finished tus upload makes the video theirs to attach.
    const TestUser other = m_kit.user(QStringLiteral("clipper"), QStringLiteral("limitother"));
    QVERIFY(join(w.brand, other, w.campaignId));
    const QString theirs = TestApiClient::newId();
    EXPECT_STATUS(pushClip(other, QStringLiteral("clip.create"), clipArgs(theirs, goodClipFields(QStringLiteral("Theirs")))), Ok);
    EXPECT_REJECTED(pushClip(other, QStringLiteral("clip.attach_media"), attach(theirs, videos.at(0)), 1), "not_found");
    {
        auto db = m_kit.server().openDatabase();
        QVERIFY(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(db->exec(QStringLiteral("INSERT INTO tus_uploads (id, owner_id, length, upload_offset, partial_path, created_at,"
                                        " expires_at, completed_at, sha256) VALUES (?, ?, 1000, 1000, 'uploads/x', ?, ?, ?, ?)"),
                         {TestApiClient::newId(), other.id, now, now + 3600000, now, videos.at(0)}));
    }
    EXPECT_STATUS(pushClip(other, QStringLiteral("clip.attach_media"), attach(theirs, videos.at(0)), 1), Ok);
    result = submit(other, theirs, w.campaignId);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

void tst_SyncClips::nearDuplicatesAreRejected()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    QByteArray prints[3];
    QVERIFY(nearVideoFingerprints(prints));
    const ClipWorld w = world(QStringLiteral("near"));
    QVERIFY(!w.campaignId.isEmpty());
    QStringList videos;
    for (int i = 0; i < 3; ++i) {
        videos.append(ClipTest::sha(QStringLiteral("near-%1-%2").arg(backend).arg(i)));
        QVERIFY(readyMedia(videos.constLast(), w.clipper.id, prints[i]));
    }
    const QString first = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Original")), videos.at(0));
    EXPECT_STATUS(submit(w.clipper, first, w.campaignId), Ok);
    const QString unrelatedClip = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Unrelated")), videos.at(2));
    QJsonObject result = submit(w.clipper, unrelatedClip, w.campaignId);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    const QString near = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Re-cut")), videos.at(1));
    result = submit(w.clipper, near, w.campaignId);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QString feedback = clipRow(w.clipper, near).value(QStringLiteral("review_feedback")).toString();
    QVERIFY2(feedback.contains(QLatin1String("matches one already submitted")), qPrintable(feedback));
}

void tst_SyncClips::mediaMustBeTheClippers()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser owner = m_kit.user(QStringLiteral("clipper"), QStringLiteral("mediaowner"));
    const TestUser thief = m_kit.user(QStringLiteral("clipper"), QStringLiteral("mediathief"));
    const QString video = ClipTest::sha(QStringLiteral("owned-video-") + backend);
    const QString refused = ClipTest::sha(QStringLiteral("refused-video-") + backend);
    QVERIFY(readyMedia(video, owner.id));
    QVERIFY(readyMedia(refused, thief.id, {}, QStringLiteral("rejected"), QStringLiteral("This file is not a video.")));
    const QString id = TestApiClient::newId();
    EXPECT_STATUS(pushClip(thief, QStringLiteral("clip.create"), clipArgs(id, goodClipFields(QStringLiteral("Mine")))), Ok);
    EXPECT_REJECTED(pushClip(thief, QStringLiteral("clip.attach_media"), attach(id, video), 1), "not_found");
    const QJsonObject result = pushClip(thief, QStringLiteral("clip.attach_media"), attach(id, refused), 1);
    EXPECT_REJECTED(result, "invalid_argument");
    QVERIFY(errorMessage(result).contains(QLatin1String("not a video")));
    // Detaching (null) leaves a draft without a video.
    EXPECT_STATUS(pushClip(thief, QStringLiteral("clip.attach_media"), attach(id, QJsonValue::Null), 1), Ok);
    QCOMPARE(clipRow(thief, id).value(QStringLiteral("media_sha256")).toString(), QString());
}

QTEST_GUILESS_MAIN(tst_SyncClips)
