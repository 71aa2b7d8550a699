// `clipdesk-server --demo` against the real binary on SQLite and PostgreSQL: the demo world is
// seeded once, the well-known accounts sign in, every role sees a rich world that satisfies the
// domain rules, the clips have real generated videos (downloadable, H.264 540x960, thumbnails,
// no duplicates on a campaign, the same bytes on every seeding), and a restart with --demo adds
// nothing.
#include "domain/campaign.h"
#include "domain/campaignrules.h"
#include "media/fingerprint.h"
#include "net/demoaccounts.h"
#include "postgresharness.h"
#include "pulledstate.h"
#include "serverprocess.h"
#include "testapiclient.h"
#include "testmedia.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
namespace DemoAccounts = ClipDesk::Net::DemoAccounts;

namespace {

constexpr int PullLimit = 5000;

QMap<QString, int> countBy(const QMap<QString, QJsonObject> &rows, const QString &field)
{
    QMap<QString, int> counts;
    for (const QJsonObject &row : rows)
        counts[row.value(field).toString()] += 1;
    return counts;
}

int filesUnder(const QString &dir)
{
    int count = 0;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class tst_DemoWorld final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedsOnceAndSignsIn_data();
    void seedsOnceAndSignsIn();
    void withoutDemoNothingIsSeeded();

private:
    QStringList databaseArguments(const QString &backend);
    void checkAdminView(const PulledState &view);
    void checkVideos(TestApiClient &api, const TestUser &brand, const QMap<QString, QJsonObject> &brandClips,
                     const TestUser &clipper, const QMap<QString, QJsonObject> &clipperClips);

    std::unique_ptr<PostgresHarness> m_postgres;
    QStringList m_videosOfFirstRun; // sorted SHA-256s: every seeding makes the same bytes
};

void tst_DemoWorld::initTestCase()
{
    auto postgres = PostgresHarness::start();
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().message));
    m_postgres = std::move(*postgres);
}

QStringList tst_DemoWorld::databaseArguments(const QString &backend)
{
    if (backend == u"sqlite")
        return {};
    auto url = m_postgres->createDatabase();
    if (!url) {
        qWarning() << url.error().message;
        return {QStringLiteral("--db"), QStringLiteral("postgresql://invalid")};
    }
    return {QStringLiteral("--db"), *url};
}

void tst_DemoWorld::seedsOnceAndSignsIn_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_DemoWorld::checkAdminView(const PulledState &view)
{
    QVERIFY2(view.problems().isEmpty(), qPrintable(view.problems().join(u'\n')));

    const QMap<QString, int> roles = countBy(view.entityRows(QStringLiteral("profile")), QStringLiteral("role"));
    QVERIFY2(roles.value(QStringLiteral("brand")) >= 5, qPrintable(QString::number(roles.value(QStringLiteral("brand")))));
    QVERIFY2(roles.value(QStringLiteral("clipper")) >= 190, qPrintable(QString::number(roles.value(QStringLiteral("clipper")))));
    QCOMPARE(roles.value(QStringLiteral("admin")), 1);
    // Clipper profiles are filled in, not left at their defaults.
    int filled = 0;
    for (const QJsonObject &profile : view.entityRows(QStringLiteral("profile"))) {
        if (profile.value(QStringLiteral("role")).toString() == u"clipper" && !profile.value(QStringLiteral("niche")).toString().isEmpty()
            && profile.value(QStringLiteral("reach")).toInteger() > 0 && !profile.value(QStringLiteral("bio")).toString().isEmpty())
            ++filled;
    }
    QVERIFY(filled >= 190);

    // About 20 campaigns in every status, every one of them valid; a few templates.
    const QMap<QString, QJsonObject> campaigns = view.entityRows(QStringLiteral("campaign"));
    QMap<QString, int> statuses;
    int templates = 0;
    int flagged = 0;
    QSet<QString> brands;
    for (const QJsonObject &row : campaigns) {
        const Domain::Campaign campaign = Domain::campaignFromJson(row);
        const Status valid = Domain::CampaignRules::validate(campaign);
        QVERIFY2(valid, qPrintable(campaign.name + u": " + (valid ? QString() : valid.error().message)));
        QVERIFY(campaign.briefMarkdown.contains(QLatin1String("## ")));
        brands.insert(campaign.brandId);
        if (campaign.isTemplate) {
            ++templates;
            continue;
        }
        statuses[Domain::campaignStatusName(campaign.status)] += 1;
        if (!campaign.flaggedReason.isEmpty())
            ++flagged;
        if (campaign.status != Domain::CampaignStatus::Draft) {
            const Status activatable = Domain::CampaignRules::validateForActivation(campaign, campaign.startsAtMs);
            QVERIFY2(activatable, qPrintable(campaign.name + u": " + (activatable ? QString() : activatable.error().message)));
        }
    }
    for (const char *status : {"draft", "active", "paused", "completed", "archived"})
        QVERIFY2(statuses.value(QLatin1String(status)) >= 15, status);
    QVERIFY(templates >= 2);
    QVERIFY(flagged >= 1);
    QVERIFY(brands.size() >= 5);

    // Offers in every state, threads of several rounds, memberships.
    const QMap<QString, QJsonObject> offers = view.entityRows(QStringLiteral("offer"));
    const QMap<QString, int> offerStatuses = countBy(offers, QStringLiteral("status"));
    for (const char *status : {"pending", "countered", "accepted", "rejected", "withdrawn"})
        QVERIFY2(offerStatuses.value(QLatin1String(status)) > 0, status);
    QVERIFY(countBy(offers, QStringLiteral("kind")).size() == 2); // invites and applications
    int thirdRounds = 0;
    for (const QJsonObject &offer : offers)
        thirdRounds += offer.value(QStringLiteral("round")).toInt() >= 3 ? 1 : 0;
    QVERIFY(thirdRounds > 0);
    const QMap<QString, int> memberships = countBy(view.entityRows(QStringLiteral("membership")), QStringLiteral("status"));
    QVERIFY(memberships.value(QStringLiteral("active")) >= 50);
    QCOMPARE(memberships.value(QStringLiteral("active")) + memberships.value(QStringLiteral("removed"))
                 + memberships.value(QStringLiteral("left")),
             offerStatuses.value(QStringLiteral("accepted")));

    // Moderation left its trail.
    QVERIFY(view.entityRows(QStringLiteral("audit_entry")).size() >= 4);
    int flaggedAccounts = 0;
    for (const QJsonObject &account : view.entityRows(QStringLiteral("account")))
        flaggedAccounts += account.value(QStringLiteral("flagged_reason")).toString().isEmpty() ? 0 : 1;
    QVERIFY(flaggedAccounts >= 1);
}

void tst_DemoWorld::checkVideos(TestApiClient &api, const TestUser &brand, const QMap<QString, QJsonObject> &brandClips,
                                const TestUser &clipper, const QMap<QString, QJsonObject> &clipperClips)
{
    // Every clip the brand sees has a video and a thumbnail, never the same video twice on a campaign.
    QSet<QString> videos;
    QMap<QString, QStringList> videosOnCampaign;
    for (const QJsonObject &clip : brandClips) {
        const QString sha256 = clip.value(QStringLiteral("media_sha256")).toString();
        QVERIFY2(sha256.size() == 64, qPrintable(clip.value(QStringLiteral("id")).toString()));
        QCOMPARE(clip.value(QStringLiteral("thumbnail_sha256")).toString().size(), 64);
        QStringList &onCampaign = videosOnCampaign[clip.value(QStringLiteral("campaign_id")).toString()];
        QVERIFY2(!onCampaign.contains(sha256), "the same video twice on one campaign");
        onCampaign.append(sha256);
        videos.insert(sha256);
    }
    QVERIFY2(videos.size() >= 4, qPrintable(QString::number(videos.size())));

    // Each video downloads from the media endpoint and is a 6 s 540x960 H.264 + AAC MP4.
    QTemporaryDir downloads;
    QVERIFY(downloads.isValid());
    QList<Media::VideoFingerprint> fingerprints;
    for (const QString &sha256 : std::as_const(videos)) {
        const TestApiReply video = api.get(QStringLiteral("/api/v1/media/") + sha256, brand.token);
        QCOMPARE(video.status, 200);
        QCOMPARE(video.header("content-type"), QByteArrayLiteral("video/mp4"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(video.body, QCryptographicHash::Sha256).toHex()), sha256);
        QVERIFY2(video.body.size() < 3 * 1024 * 1024, qPrintable(QString::number(video.body.size())));
        const TestApiReply thumbnail = api.get(QStringLiteral("/api/v1/media/%1/thumbnail").arg(sha256), brand.token);
        QCOMPARE(thumbnail.status, 200);
        QVERIFY(thumbnail.body.startsWith("\xff\xd8")); // JPEG
        const QString path = downloads.filePath(sha256 + QStringLiteral(".mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(video.body) == video.body.size());
        file.close();
        const QByteArray streams = TestMedia::ffprobe(path, {QStringLiteral("-show_entries"),
                                                             QStringLiteral("stream=codec_type,codec_name,width,height"),
                                                             QStringLiteral("-of"), QStringLiteral("csv=p=0")});
        QVERIFY2(streams.contains("h264,video,540,960"), streams.constData());
        QVERIFY2(streams.contains("aac,audio"), streams.constData());
        const double seconds = TestMedia::ffprobe(path, {QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                                                         QStringLiteral("-of"), QStringLiteral("csv=p=0")})
                                   .trimmed().toDouble();
        QVERIFY2(seconds > 5.9 && seconds < 6.2, qPrintable(QString::number(seconds)));
        auto fingerprint = Media::computeFingerprint(path, Media::JobControl{});
        QVERIFY2(fingerprint, qPrintable(fingerprint ? QString() : fingerprint.error().message));
        fingerprints.append(*fingerprint);
    }
    // No two are near duplicates either, so submitting a demo draft is never refused as one.
    for (qsizetype a = 0; a < fingerprints.size(); ++a) {
        for (qsizetype b = a + 1; b < fingerprints.size(); ++b) {
            const Media::FingerprintMatch match = Media::VideoFingerprint::compare(fingerprints.at(a), fingerprints.at(b));
            QVERIFY2(!match.isDuplicate, qPrintable(QStringLiteral("videos %1 and %2 match (%3)").arg(a).arg(b).arg(match.score)));
        }
    }

    // The demo clipper has videos on its clips (not on the uploading one) and may download them.
    int withVideo = 0;
    for (const QJsonObject &clip : clipperClips) {
        const QString sha256 = clip.value(QStringLiteral("media_sha256")).toString();
        if (clip.value(QStringLiteral("status")).toString() == u"uploading" || sha256.isEmpty())
            continue;
        ++withVideo;
        QCOMPARE(api.get(QStringLiteral("/api/v1/media/%1/thumbnail").arg(sha256), clipper.token).status, 200);
    }
    QVERIFY2(withVideo >= clipperClips.size() - 2, qPrintable(QString::number(withVideo)));

    QStringList sorted(videos.cbegin(), videos.cend());
    sorted.sort();
    if (m_videosOfFirstRun.isEmpty())
        m_videosOfFirstRun = sorted;
    else
        QCOMPARE(sorted, m_videosOfFirstRun);
}

void tst_DemoWorld::seedsOnceAndSignsIn()
{
    QFETCH(QString, backend);
    const QStringList dbArgs = databaseArguments(backend);
    auto server = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--demo")} + dbArgs);
    QVERIFY2(server->start(60'000), qPrintable(server->errorString()));
    QVERIFY(server->output().contains("demo world seeded"));

    TestApiClient api(server->baseUrl());
    const TestUser brand = api.login(DemoAccounts::BrandLogin, DemoAccounts::Password);
    const TestUser clipper = api.login(DemoAccounts::ClipperLogin, DemoAccounts::Password);
    const TestUser admin = api.login(DemoAccounts::AdminLogin, DemoAccounts::Password);
    QVERIFY(brand.isValid() && clipper.isValid() && admin.isValid());
    QCOMPARE(brand.role, QStringLiteral("brand"));
    QCOMPARE(clipper.role, QStringLiteral("clipper"));
    QCOMPARE(admin.role, QStringLiteral("admin"));

    const PulledState adminView = api.pullAll(admin.token, 0, PullLimit);
    checkAdminView(adminView);
    if (QTest::currentTestFailed())
        return;

    // The demo brand runs a good share of the campaigns and has notifications.
    const PulledState brandView = api.pullAll(brand.token, 0, PullLimit);
    QVERIFY(brandView.problems().isEmpty());
    QVERIFY(brandView.entityRows(QStringLiteral("campaign")).size() >= 30);
    QVERIFY(!brandView.entityRows(QStringLiteral("offer")).isEmpty());
    QVERIFY(!brandView.entityRows(QStringLiteral("notification")).isEmpty());
    for (const QJsonObject &row : brandView.entityRows(QStringLiteral("campaign")))
        QCOMPARE(row.value(QStringLiteral("brand_id")).toString(), brand.id);

    // The demo clipper discovers public campaigns and has offers and memberships of its own.
    const PulledState clipperView = api.pullAll(clipper.token, 0, PullLimit);
    QVERIFY(clipperView.problems().isEmpty());
    QVERIFY(clipperView.entityRows(QStringLiteral("campaign")).size() >= 15);
    const QMap<QString, int> clipperOffers = countBy(clipperView.entityRows(QStringLiteral("offer")), QStringLiteral("status"));
    QVERIFY(clipperOffers.value(QStringLiteral("pending")) > 0);
    QVERIFY(clipperView.entityRows(QStringLiteral("membership")).size() > 0);
    QVERIFY(!clipperView.entityRows(QStringLiteral("notification")).isEmpty());
    // The demo clipper's clips are in every status, with feedback on rejections, links on
    // published ones and a second version of a rejected one; the brand sees submitted ones only.
    const QMap<QString, QJsonObject> clips = clipperView.entityRows(QStringLiteral("clip"));
    const QMap<QString, int> clipStatuses = countBy(clips, QStringLiteral("status"));
    for (const char *status : {"draft", "uploading", "submitted", "approved", "rejected", "published"})
        QVERIFY2(clipStatuses.value(QString::fromLatin1(status)) > 0, status);
    bool secondVersion = false;
    for (const QJsonObject &clip : clips) {
        QCOMPARE(clip.value(QStringLiteral("owner_id")).toString(), clipper.id);
        const QString status = clip.value(QStringLiteral("status")).toString();
        if (status == u"rejected")
            QVERIFY(!clip.value(QStringLiteral("review_feedback")).toString().isEmpty());
        if (status == u"published")
            QVERIFY(clip.value(QStringLiteral("posted_url")).toString().startsWith(QLatin1String("https://")));
        secondVersion = secondVersion || clip.value(QStringLiteral("version_number")).toInt() == 2;
    }
    QVERIFY(secondVersion);
    const QMap<QString, QJsonObject> brandClips = brandView.entityRows(QStringLiteral("clip"));
    QVERIFY(!brandClips.isEmpty());
    for (const QJsonObject &clip : brandClips) {
        QCOMPARE(clip.value(QStringLiteral("brand_id")).toString(), brand.id);
        const QString status = clip.value(QStringLiteral("status")).toString();
        QVERIFY(status != u"draft" && status != u"uploading");
    }
    // The demo brand's Submissions page has clips waiting for review.
    QVERIFY(countBy(brandClips, QStringLiteral("status")).value(QStringLiteral("submitted")) > 0);
    checkVideos(api, brand, brandClips, clipper, clips);
    if (QTest::currentTestFailed())
        return;
    const int storedFiles = filesUnder(QDir(server->dataDir()).filePath(QStringLiteral("media")));

    // A restart with --demo finds users and adds nothing: same rows, same cursor.
    QVERIFY(server->stop());
    ServerProcess restarted(QStringList{QStringLiteral("--demo")} + dbArgs, server->dataDir());
    QVERIFY2(restarted.start(60'000), qPrintable(restarted.errorString()));
    QVERIFY(restarted.output().contains("not seeded"));
    api.setBaseUrl(restarted.baseUrl());
    const TestUser again = api.login(DemoAccounts::AdminLogin, DemoAccounts::Password);
    QVERIFY(again.isValid());
    const PulledState afterRestart = api.pullAll(again.token, 0, PullLimit);
    QCOMPARE(afterRestart.rows().size(), adminView.rows().size());
    QCOMPARE(afterRestart.entityRows(QStringLiteral("campaign")).keys(), adminView.entityRows(QStringLiteral("campaign")).keys());
    QCOMPARE(afterRestart.entityRows(QStringLiteral("offer")).keys(), adminView.entityRows(QStringLiteral("offer")).keys());
    // Only the sign-ins' own effects may move the cursor (none are synced rows).
    QCOMPARE(afterRestart.cursor(), adminView.cursor());
    // No video was made again.
    QCOMPARE(filesUnder(QDir(server->dataDir()).filePath(QStringLiteral("media"))), storedFiles);
}

void tst_DemoWorld::withoutDemoNothingIsSeeded()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestApiClient api(server.baseUrl());
    const TestApiReply reply = api.post(QStringLiteral("/api/v1/auth/login"),
                                        {{QStringLiteral("login"), QString(DemoAccounts::BrandLogin)},
                                         {QStringLiteral("password"), QString(DemoAccounts::Password)}});
    QCOMPARE(reply.status, 401);
}

QTEST_GUILESS_MAIN(tst_DemoWorld)
#include "tst_demoworld.moc"
