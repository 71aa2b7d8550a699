#include "domain/cliprules.h"

#include <QJsonArray>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Domain;

class tst_ClipRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNamesRoundTrip();
    void transitions_data();
    void transitions();
    void appliesEditableFields();
    void rejectsBadEdits_data();
    void rejectsBadEdits();
    void reviewedClipsAreNotEditedInPlace_data();
    void reviewedClipsAreNotEditedInPlace();
    void limits();
    void hashtagsInCaption();
    void deletion_data();
    void deletion();
    void newVersionKeepsContentAndDropsReview();
    void submissionHappyPath();
    void submissionRules_data();
    void submissionRules();
    void submissionLimit();
    void disclosureIgnoresCaseAndSpacing();
    void review();
    void publishAndPostedUrl_data();
    void publishAndPostedUrl();
    void mediaSha256();
    void jsonRoundTrip();
};

namespace {

const QString Sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

Campaign activeCampaign()
{
    Campaign c;
    c.id = QStringLiteral("c1");
    c.brandId = QStringLiteral("b1");
    c.name = QStringLiteral("Summer drop");
    c.status = CampaignStatus::Active;
    c.platforms = {Platform::TikTok, Platform::YouTubeShorts};
    c.requiredHashtags = {QStringLiteral("#summerdrop")};
    c.disclosureText = QStringLiteral("Paid partnership with Acme");
    c.blacklistedHashtags = {QStringLiteral("#competitor")};
    c.submissionLimitPerClipper = 2;
    return c;
}

Clip readyClip()
{
    Clip clip;
    clip.id = QStringLiteral("k1");
    clip.ownerId = QStringLiteral("u1");
    clip.title = QStringLiteral("Best moment");
    clip.caption = QStringLiteral("The drop is here! Paid partnership with Acme");
    clip.hashtags = {QStringLiteral("#summerdrop"), QStringLiteral("#fyp")};
    clip.platform = Platform::TikTok;
    clip.mediaSha256 = Sha;
    clip.version = 1;
    return clip;
}

const ClipSubmissionContext Member{true, 0};

QString codeOf(const Status &status)
{
    return status ? QString() : status.error().code;
}

} // namespace

void tst_ClipRules::statusNamesRoundTrip()
{
    QCOMPARE(clipStatusNames(), QStringList({QStringLiteral("draft"), QStringLiteral("uploading"), QStringLiteral("submitted"),
                                             QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("published")}));
    for (const QString &name : clipStatusNames())
        QCOMPARE(clipStatusName(*clipStatusFromName(name)), name);
    QVERIFY(!clipStatusFromName(QStringLiteral("Draft")));
}

void tst_ClipRules::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("legal");
    using S = ClipStatus;
    const QList<S> all = {S::Draft, S::Uploading, S::Submitted, S::Approved, S::Rejected, S::Published};
    const QList<std::pair<S, S>> legal = {{S::Draft, S::Uploading},     {S::Draft, S::Submitted},  {S::Uploading, S::Draft},
                                          {S::Uploading, S::Submitted}, {S::Submitted, S::Approved}, {S::Submitted, S::Rejected},
                                          {S::Approved, S::Published}};
    for (S from : all) {
        for (S to : all) {
            QTest::addRow("%s->%s", qPrintable(clipStatusName(from)), qPrintable(clipStatusName(to)))
                << int(from) << int(to) << legal.contains({from, to});
        }
    }
}

void tst_ClipRules::transitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, legal);
    QCOMPARE(ClipRules::isLegalTransition(ClipStatus(from), ClipStatus(to)), legal);
}

void tst_ClipRules::appliesEditableFields()
{
    Clip clip = readyClip();
    const QJsonObject changes{{QStringLiteral("title"), QStringLiteral("  New title  ")},
                              {QStringLiteral("caption"), QStringLiteral("Caption")},
                              {QStringLiteral("hashtags"), QJsonArray{QStringLiteral("Summer_Drop"), QStringLiteral("#summer_drop"),
                                                                      QStringLiteral("#Ad"), QStringLiteral("  ")}},
                              {QStringLiteral("platform"), Platform::InstagramReels}};
    QVERIFY(ClipRules::applyChanges(clip, changes));
    QCOMPARE(clip.title, QStringLiteral("New title"));
    QCOMPARE(clip.caption, QStringLiteral("Caption"));
    QCOMPARE(clip.hashtags, QStringList({QStringLiteral("#summer_drop"), QStringLiteral("#ad")}));
    QCOMPARE(clip.platform, Platform::InstagramReels);
    // The platform may be cleared on a draft.
    QVERIFY(ClipRules::applyChanges(clip, {{QStringLiteral("platform"), QString()}}));
    QVERIFY(clip.platform.isEmpty());
    QVERIFY(editableClipFields().contains(QStringLiteral("hashtags")));
}

void tst_ClipRules::rejectsBadEdits_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("nothing") << QJsonObject() << QStringLiteral("nothing to change");
    for (const char *field : {"status", "owner_id", "campaign_id", "media_sha256", "posted_url", "version", "review_feedback",
                              "version_number", "previous_clip_id"})
        QTest::newRow(field) << QJsonObject{{QString::fromLatin1(field), QStringLiteral("x")}} << QStringLiteral("not a clip field");
    QTest::newRow("empty title") << QJsonObject{{QStringLiteral("title"), QStringLiteral("   ")}} << QStringLiteral("needs a title");
    QTest::newRow("long title") << QJsonObject{{QStringLiteral("title"), QString(ClipRules::MaxTitleLength + 1, u'x')}}
                                << QStringLiteral("at most 120");
    QTest::newRow("long caption") << QJsonObject{{QStringLiteral("caption"), QString(ClipRules::MaxCaptionLength + 1, u'x')}}
                                  << QStringLiteral("at most 2200");
    QTest::newRow("title not text") << QJsonObject{{QStringLiteral("title"), 5}} << QStringLiteral("must be text");
    QTest::newRow("hashtags not list") << QJsonObject{{QStringLiteral("hashtags"), QStringLiteral("#a")}} << QStringLiteral("must be a list");
    QTest::newRow("hashtag not text") << QJsonObject{{QStringLiteral("hashtags"), QJsonArray{1}}} << QStringLiteral("list of text");
    QTest::newRow("hashtag with space") << QJsonObject{{QStringLiteral("hashtags"), QJsonArray{QStringLiteral("two words")}}}
                                        << QStringLiteral("not a valid hashtag");
    QTest::newRow("hashtag with dash") << QJsonObject{{QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#a-b")}}}
                                       << QStringLiteral("not a valid hashtag");
    QTest::newRow("unknown platform") << QJsonObject{{QStringLiteral("platform"), QStringLiteral("vine")}}
                                      << QStringLiteral("not a supported platform");
}

void tst_ClipRules::rejectsBadEdits()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, messagePart);
    Clip clip = readyClip();
    const Clip before = clip;
    const Status applied = ClipRules::applyChanges(clip, changes);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, QStringLiteral("invalid_argument"));
    QVERIFY2(applied.error().message.contains(messagePart), qPrintable(applied.error().message));
    QCOMPARE(clip, before);
}

void tst_ClipRules::reviewedClipsAreNotEditedInPlace_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("editable");
    for (const QString &name : clipStatusNames()) {
        const ClipStatus status = *clipStatusFromName(name);
        QTest::newRow(qPrintable(name)) << int(status) << (status == ClipStatus::Draft || status == ClipStatus::Uploading);
    }
}

void tst_ClipRules::reviewedClipsAreNotEditedInPlace()
{
    QFETCH(int, status);
    QFETCH(bool, editable);
    Clip clip = readyClip();
    clip.status = ClipStatus(status);
    const Status applied = ClipRules::applyChanges(clip, {{QStringLiteral("title"), QStringLiteral("Changed")}});
    QCOMPARE(bool(applied), editable);
    QCOMPARE(ClipRules::checkNewVersion(clip).has_value(), !editable);
    if (!editable) {
        QCOMPARE(applied.error().code, QStringLiteral("illegal_transition"));
        QVERIFY(applied.error().message.contains(QLatin1String("new version")));
        QCOMPARE(clip.title, QStringLiteral("Best moment"));
    }
}

void tst_ClipRules::limits()
{
    Clip clip = readyClip();
    clip.title = QString(ClipRules::MaxTitleLength, u'x');
    clip.caption = QString(ClipRules::MaxCaptionLength, u'y');
    QVERIFY(ClipRules::validate(clip));
    clip.hashtags.clear();
    for (int i = 0; i < ClipRules::MaxHashtags; ++i)
        clip.hashtags.append(QStringLiteral("#tag%1").arg(i));
    clip.caption.clear();
    QVERIFY(ClipRules::validate(clip));
    // The caption's own #tags count too.
    clip.caption = QStringLiteral("one more #extra");
    QVERIFY(!ClipRules::validate(clip));
    clip.caption = QStringLiteral("repeats count once: #tag0 #TAG1");
    QVERIFY(ClipRules::validate(clip));
    clip.hashtags = {QStringLiteral("#NotNormalized")};
    QVERIFY(!ClipRules::validate(clip));
    clip = readyClip();
    clip.postedUrl = QStringLiteral("https://tiktok.com/") + QString(ClipRules::MaxUrlLength, u'a');
    QVERIFY(!ClipRules::validate(clip));
}

void tst_ClipRules::hashtagsInCaption()
{
    QCOMPARE(ClipRules::hashtagsInText(QStringLiteral("Big #Drop today! #drop again, #été #a_b1 email@x#no ##double #")),
             QStringList({QStringLiteral("#drop"), QStringLiteral("#été"), QStringLiteral("#a_b1")}));
    QCOMPARE(ClipRules::hashtagsInText(QStringLiteral("no tags here")), QStringList());
    Clip clip = readyClip();
    clip.caption = QStringLiteral("#FYP and #new");
    QCOMPARE(ClipRules::allHashtags(clip), QStringList({QStringLiteral("#summerdrop"), QStringLiteral("#fyp"), QStringLiteral("#new")}));
}

void tst_ClipRules::deletion_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("deletable");
    using S = ClipStatus;
    for (S status : {S::Draft, S::Uploading, S::Submitted, S::Approved, S::Rejected, S::Published})
        QTest::newRow(qPrintable(clipStatusName(status))) << int(status)
                                                          << (status == S::Draft || status == S::Uploading || status == S::Rejected);
}

void tst_ClipRules::deletion()
{
    QFETCH(int, status);
    QFETCH(bool, deletable);
    Clip clip = readyClip();
    clip.status = ClipStatus(status);
    const Status checked = ClipRules::checkDeletable(clip);
    QCOMPARE(bool(checked), deletable);
    if (!deletable) {
        QCOMPARE(checked.error().code, QStringLiteral("illegal_transition"));
        QVERIFY(checked.error().message.contains(QLatin1String("Only drafts and rejected clips")));
    }
}

void tst_ClipRules::newVersionKeepsContentAndDropsReview()
{
    Clip source = readyClip();
    source.campaignId = QStringLiteral("c1");
    source.brandId = QStringLiteral("b1");
    source.status = ClipStatus::Rejected;
    source.reviewFeedback = QStringLiteral("Too dark");
    source.reviewedBy = QStringLiteral("b1");
    source.reviewedAtMs = 5;
    source.submittedAtMs = 4;
    source.versionNumber = 2;
    source.postedUrl = QStringLiteral("https://tiktok.com/@a/video/1");
    source.thumbnailSha256 = Sha;
    const Clip next = ClipRules::newVersionOf(source, QStringLiteral("k2"), 99);
    QCOMPARE(next.id, QStringLiteral("k2"));
    QCOMPARE(next.previousClipId, source.id);
    QCOMPARE(next.versionNumber, 3);
    QCOMPARE(next.status, ClipStatus::Draft);
    QCOMPARE(next.title, source.title);
    QCOMPARE(next.caption, source.caption);
    QCOMPARE(next.hashtags, source.hashtags);
    QCOMPARE(next.platform, source.platform);
    QCOMPARE(next.mediaSha256, source.mediaSha256);
    QCOMPARE(next.thumbnailSha256, source.thumbnailSha256);
    QCOMPARE(next.campaignId, source.campaignId);
    QVERIFY(next.brandId.isEmpty());
    QVERIFY(next.reviewFeedback.isEmpty() && next.reviewedBy.isEmpty() && next.reviewedAtMs == 0 && next.submittedAtMs == 0);
    QVERIFY(next.postedUrl.isEmpty());
    QCOMPARE(next.createdAtMs, 99);
    QCOMPARE(next.version, 1);
}

void tst_ClipRules::submissionHappyPath()
{
    QVERIFY(ClipRules::checkSubmission(readyClip(), activeCampaign(), Member));
    // Required hashtags may be written in the caption instead; a campaign without rules takes anything.
    Clip clip = readyClip();
    clip.hashtags.clear();
    clip.caption = QStringLiteral("Paid partnership with Acme #SummerDrop");
    QVERIFY(ClipRules::checkSubmission(clip, activeCampaign(), Member));
    Campaign open = activeCampaign();
    open.requiredHashtags.clear();
    open.disclosureText.clear();
    open.blacklistedHashtags.clear();
    open.platforms.clear();
    clip.caption.clear();
    clip.platform = Platform::InstagramReels;
    QVERIFY(ClipRules::checkSubmission(clip, open, Member));
}

void tst_ClipRules::submissionRules_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("uploading") << 0 << QStringLiteral("illegal_transition") << QStringLiteral("still uploading");
    QTest::newRow("rejected") << 1 << QStringLiteral("illegal_transition") << QStringLiteral("make a new version");
    QTest::newRow("submitted") << 2 << QStringLiteral("illegal_transition") << QStringLiteral("already submitted");
    QTest::newRow("approved") << 3 << QStringLiteral("illegal_transition") << QStringLiteral("already submitted");
    QTest::newRow("no media") << 4 << QStringLiteral("invalid_argument") << QStringLiteral("Attach the video");
    QTest::newRow("paused campaign") << 5 << QStringLiteral("invalid_argument") << QStringLiteral("is not taking clips: it is paused");
    QTest::newRow("draft campaign") << 6 << QStringLiteral("invalid_argument") << QStringLiteral("it is draft");
    QTest::newRow("template") << 7 << QStringLiteral("invalid_argument") << QStringLiteral("a template");
    QTest::newRow("flagged") << 8 << QStringLiteral("invalid_argument") << QStringLiteral("flagged by a moderator");
    QTest::newRow("not a member") << 9 << QStringLiteral("forbidden") << QStringLiteral("member");
    QTest::newRow("no platform") << 10 << QStringLiteral("invalid_argument") << QStringLiteral("Choose the platform");
    QTest::newRow("other platform") << 11 << QStringLiteral("invalid_argument") << QStringLiteral("TikTok, YouTube Shorts only");
    QTest::newRow("missing hashtag") << 12 << QStringLiteral("invalid_argument") << QStringLiteral("requires #summerdrop");
    QTest::newRow("missing disclosure") << 13 << QStringLiteral("invalid_argument") << QStringLiteral("\"Paid partnership with Acme\"");
    QTest::newRow("blacklisted tag") << 14 << QStringLiteral("invalid_argument") << QStringLiteral("does not allow #competitor");
    QTest::newRow("blacklisted in caption") << 15 << QStringLiteral("invalid_argument") << QStringLiteral("does not allow #competitor");
    QTest::newRow("no title") << 16 << QStringLiteral("invalid_argument") << QStringLiteral("needs a title");
}

void tst_ClipRules::submissionRules()
{
    QFETCH(int, rule);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    Clip clip = readyClip();
    Campaign campaign = activeCampaign();
    ClipSubmissionContext context = Member;
    switch (rule) {
    case 0: clip.status = ClipStatus::Uploading; break;
    case 1: clip.status = ClipStatus::Rejected; break;
    case 2: clip.status = ClipStatus::Submitted; break;
    case 3: clip.status = ClipStatus::Approved; break;
    case 4: clip.mediaSha256.clear(); break;
    case 5: campaign.status = CampaignStatus::Paused; break;
    case 6: campaign.status = CampaignStatus::Draft; break;
    case 7: campaign.isTemplate = true; break;
    case 8: campaign.flaggedReason = QStringLiteral("spam"); break;
    case 9: context.isActiveMember = false; break;
    case 10: clip.platform.clear(); break;
    case 11: clip.platform = Platform::InstagramReels; break;
    case 12: clip.hashtags = {QStringLiteral("#fyp")}; break;
    case 13: clip.caption = QStringLiteral("The drop is here!"); break;
    case 14: clip.hashtags.append(QStringLiteral("#competitor")); break;
    case 15: clip.caption += QStringLiteral(" better than #Competitor"); break;
    case 16: clip.title.clear(); break;
    }
    const Status checked = ClipRules::checkSubmission(clip, campaign, context);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, code);
    QVERIFY2(checked.error().message.contains(messagePart), qPrintable(checked.error().message));
}

void tst_ClipRules::submissionLimit()
{
    const Campaign campaign = activeCampaign(); // limit 2
    QVERIFY(ClipRules::checkSubmission(readyClip(), campaign, {true, 1}));
    const Status full = ClipRules::checkSubmission(readyClip(), campaign, {true, 2});
    QVERIFY(!full);
    QCOMPARE(full.error().code, QStringLiteral("submission_limit"));
    QVERIFY2(full.error().message.contains(QLatin1String("limit of 2 clip")), qPrintable(full.error().message));
    QVERIFY(!ClipRules::checkSubmission(readyClip(), campaign, {true, 7}));
    QCOMPARE(ClipRules::countedStatuses(), QList<ClipStatus>({ClipStatus::Submitted, ClipStatus::Approved, ClipStatus::Published}));
}

void tst_ClipRules::disclosureIgnoresCaseAndSpacing()
{
    Clip clip = readyClip();
    clip.caption = QStringLiteral("PAID   partnership\nwith acme — enjoy");
    QVERIFY(ClipRules::checkSubmission(clip, activeCampaign(), Member));
    Campaign campaign = activeCampaign();
    campaign.disclosureText = QStringLiteral("#ad");
    clip.caption = QStringLiteral("no disclosure");
    QVERIFY(!ClipRules::checkSubmission(clip, campaign, Member));
    clip.hashtags.append(QStringLiteral("#ad")); // a hashtag disclosure may sit in the hashtags
    QVERIFY(ClipRules::checkSubmission(clip, campaign, Member));
}

void tst_ClipRules::review()
{
    Clip clip = readyClip();
    QCOMPARE(codeOf(ClipRules::checkReview(clip, true, {})), QStringLiteral("illegal_transition"));
    clip.status = ClipStatus::Submitted;
    QVERIFY(ClipRules::checkReview(clip, true, {}));
    QVERIFY(ClipRules::checkReview(clip, true, QStringLiteral("Great hook")));
    const Status noReason = ClipRules::checkReview(clip, false, QStringLiteral("   "));
    QCOMPARE(codeOf(noReason), QStringLiteral("invalid_argument"));
    QVERIFY(noReason.error().message.contains(QLatin1String("Say why")));
    QVERIFY(ClipRules::checkReview(clip, false, QStringLiteral("Logo not visible")));
    QCOMPARE(codeOf(ClipRules::checkReview(clip, false, QString(ClipRules::MaxFeedbackLength + 1, u'x'))),
             QStringLiteral("invalid_argument"));
    for (ClipStatus done : {ClipStatus::Approved, ClipStatus::Rejected, ClipStatus::Published}) {
        clip.status = done;
        QCOMPARE(codeOf(ClipRules::checkReview(clip, true, {})), QStringLiteral("illegal_transition"));
    }
}

void tst_ClipRules::publishAndPostedUrl_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("tiktok") << Platform::TikTok << QStringLiteral("https://www.tiktok.com/@me/video/123") << true;
    QTest::newRow("tiktok short") << Platform::TikTok << QStringLiteral("https://vm.tiktok.com/ZMabc/") << true;
    QTest::newRow("tiktok http") << Platform::TikTok << QStringLiteral("http://tiktok.com/@me/video/1") << true;
    QTest::newRow("tiktok on youtube") << Platform::TikTok << QStringLiteral("https://youtube.com/shorts/abc") << false;
    QTest::newRow("look-alike host") << Platform::TikTok << QStringLiteral("https://nottiktok.com/@me/video/1") << false;
    QTest::newRow("suffix host") << Platform::TikTok << QStringLiteral("https://tiktok.com.evil.example/v/1") << false;
    QTest::newRow("youtube") << Platform::YouTubeShorts << QStringLiteral("https://youtube.com/shorts/abc") << true;
    QTest::newRow("youtu.be") << Platform::YouTubeShorts << QStringLiteral("https://youtu.be/abc") << true;
    QTest::newRow("m.youtube") << Platform::YouTubeShorts << QStringLiteral("https://m.youtube.com/shorts/abc") << true;
    QTest::newRow("instagram") << Platform::InstagramReels << QStringLiteral("https://www.instagram.com/reel/abc/") << true;
    QTest::newRow("ftp") << Platform::InstagramReels << QStringLiteral("ftp://instagram.com/reel/abc") << false;
    QTest::newRow("javascript") << Platform::TikTok << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("user info") << Platform::TikTok << QStringLiteral("https://tiktok.com@evil.example/x") << false;
    QTest::newRow("empty") << Platform::TikTok << QString() << false;
    QTest::newRow("no platform") << QString() << QStringLiteral("https://tiktok.com/@me/video/1") << false;
    QTest::newRow("spaces") << Platform::TikTok << QStringLiteral("https://tik tok.com/x") << false;
}

void tst_ClipRules::publishAndPostedUrl()
{
    QFETCH(QString, platform);
    QFETCH(QString, url);
    QFETCH(bool, valid);
    Clip clip = readyClip();
    clip.platform = platform;
    clip.status = ClipStatus::Approved;
    const Status checked = ClipRules::checkPublish(clip, url);
    QVERIFY2(bool(checked) == valid, checked ? "accepted" : qPrintable(checked.error().message));
    if (!valid)
        QCOMPARE(checked.error().code, QStringLiteral("invalid_argument"));
}

void tst_ClipRules::mediaSha256()
{
    QVERIFY(ClipRules::isMediaSha256(Sha));
    QVERIFY(ClipRules::checkMediaSha256(Sha));
    QVERIFY(!ClipRules::isMediaSha256(Sha.toUpper()));
    QVERIFY(!ClipRules::isMediaSha256(Sha.left(63)));
    QVERIFY(!ClipRules::isMediaSha256(Sha + u'0'));
    QVERIFY(!ClipRules::isMediaSha256(QString(64, u'g')));
    QCOMPARE(codeOf(ClipRules::checkMediaSha256(QStringLiteral("../etc/passwd"))), QStringLiteral("invalid_argument"));
    // Only approved (or already published) clips get a link.
    Clip clip = readyClip();
    for (ClipStatus status : {ClipStatus::Draft, ClipStatus::Submitted, ClipStatus::Rejected}) {
        clip.status = status;
        QCOMPARE(codeOf(ClipRules::checkPublish(clip, QStringLiteral("https://tiktok.com/@a/video/1"))),
                 QStringLiteral("illegal_transition"));
    }
    clip.status = ClipStatus::Published;
    QVERIFY(ClipRules::checkPublish(clip, QStringLiteral("https://tiktok.com/@a/video/2")));
}

void tst_ClipRules::jsonRoundTrip()
{
    Clip clip = readyClip();
    clip.campaignId = QStringLiteral("c1");
    clip.brandId = QStringLiteral("b1");
    clip.status = ClipStatus::Published;
    clip.postedUrl = QStringLiteral("https://tiktok.com/@a/video/1");
    clip.thumbnailSha256 = Sha;
    clip.versionNumber = 3;
    clip.previousClipId = QStringLiteral("k0");
    clip.reviewFeedback = QStringLiteral("ok");
    clip.reviewedBy = QStringLiteral("b1");
    clip.submittedAtMs = 10;
    clip.reviewedAtMs = 11;
    clip.publishedAtMs = 12;
    clip.createdAtMs = 1;
    clip.updatedAtMs = 12;
    clip.version = 7;
    const QJsonObject json = clipToJson(clip);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(json.value(QStringLiteral("hashtags")).toArray().size(), 2);
    QCOMPARE(clipFromJson(json), clip);
    QCOMPARE(clipFromJson({}).status, ClipStatus::Draft);
    QCOMPARE(clipFromJson({}).versionNumber, 1);
}

QTEST_GUILESS_MAIN(tst_ClipRules)
#include "tst_cliprules.moc"
