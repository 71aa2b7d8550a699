// The pre-upload duplicate check, POST /api/v1/campaigns/{id}/duplicate-check, against the
// real server on SQLite and PostgreSQL.
#include "tst_syncclips.h"

#include <QElapsedTimer>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
using namespace ClipDesk::Testing::ClipTest;

namespace {

QString checkPath(const QString &campaignId)
{
    return QStringLiteral("/api/v1/campaigns/%1/duplicate-check").arg(campaignId);
}

QJsonObject printBody(const QByteArray &fingerprint)
{
    return {{QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint.toBase64())}};
}

QString kindOf(const TestApiReply &reply)
{
    return reply.json.value(QStringLiteral("duplicate")).toString();
}

} // namespace

NearCopyWorld tst_SyncClips::nearCopyWorld(const QString &name, const QString &backend)
{
    NearCopyWorld near;
    if (!nearVideoFingerprints(near.prints))
        return near;
    near.w = world(name);
    if (near.w.campaignId.isEmpty())
        return near;
    near.other = m_kit.user(QStringLiteral("clipper"), name + QStringLiteral("other"));
    near.original = ClipTest::sha(name + QStringLiteral("-original-") + backend);
    near.recut = ClipTest::sha(name + QStringLiteral("-recut-") + backend);
    near.ok = join(near.w.brand, near.other, near.w.campaignId) && readyMedia(near.original, near.w.clipper.id, near.prints[0])
        && readyMedia(near.recut, near.w.clipper.id, near.prints[1]);
    return near;
}

void tst_SyncClips::duplicateCheckFindsNearCopies()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const NearCopyWorld near = nearCopyWorld(QStringLiteral("dupcheck"), backend);
    QVERIFY(near.ok);
    const auto &[w, other, original, recut, prints, ok] = near;
    const QString first = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Original")), original);
    EXPECT_STATUS(submit(w.clipper, first, w.campaignId), Ok);
    const QString path = checkPath(w.campaignId);

    // A re-encoded, scaled cut of the submitted clip: a near duplicate of the clipper's own clip.
    TestApiReply reply = m_kit.api().post(path, printBody(prints[1]), w.clipper.token);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(kindOf(reply), QStringLiteral("near"));
    QVERIFY(reply.json.value(QStringLiteral("similarity")).toInt() >= 50);
    QCOMPARE(reply.json.value(QStringLiteral("own")).toBool(), true);
    QCOMPARE(reply.json.value(QStringLiteral("clip_id")).toString(), first);
    // Another member learns that it matches, not whose clip or which.
    reply = m_kit.api().post(path, printBody(prints[1]), other.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(kindOf(reply), QStringLiteral("near"));
    QCOMPARE(reply.json.value(QStringLiteral("own")).toBool(), false);
    QVERIFY(!reply.json.contains(QStringLiteral("clip_id")));
    QCOMPARE(reply.json.keys(), (QStringList{QStringLiteral("duplicate"), QStringLiteral("own"), QStringLiteral("similarity")}));
    reply = m_kit.api().post(path, {{QStringLiteral("media_sha256"), original}}, other.token);
    QCOMPARE(kindOf(reply), QStringLiteral("exact"));
    QCOMPARE(reply.json.value(QStringLiteral("similarity")).toInt(), 100);

    // An unrelated video, and the submitted clip checked against everything but itself.
    reply = m_kit.api().post(path, printBody(prints[2]), w.clipper.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(kindOf(reply), QStringLiteral("none"));
    QCOMPARE(reply.json.value(QStringLiteral("own")).toBool(), false);
    QJsonObject itself = printBody(prints[0]);
    itself.insert(QStringLiteral("media_sha256"), original);
    itself.insert(QStringLiteral("clip_id"), first);
    QCOMPARE(kindOf(m_kit.api().post(path, itself, w.clipper.token)), QStringLiteral("none"));

    // A video the caller uploaded is compared by the server's own fingerprint of it; someone
    // else's upload is not (it is only an exact match when it is on the campaign).
    QCOMPARE(kindOf(m_kit.api().post(path, {{QStringLiteral("media_sha256"), recut}}, w.clipper.token)), QStringLiteral("near"));
    QCOMPARE(kindOf(m_kit.api().post(path, {{QStringLiteral("media_sha256"), recut}}, other.token)), QStringLiteral("none"));

    // Asking changes nothing.
    QCOMPARE(clipRow(w.clipper, first).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
}

void tst_SyncClips::duplicateCheckNeedsMembershipAndGoodInput()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const ClipWorld w = world(QStringLiteral("dupcheckauth"));
    QVERIFY(!w.campaignId.isEmpty());
    const QString path = checkPath(w.campaignId);
    const QJsonObject good{{QStringLiteral("media_sha256"), ClipTest::sha(QStringLiteral("dupcheckauth"))}};
    QCOMPARE(m_kit.api().post(path, good, w.clipper.token).status, 200);

    // Only active members: not a stranger, not the brand, not someone signed out.
    const TestUser stranger = m_kit.user(QStringLiteral("clipper"), QStringLiteral("dupcheckstranger"));
    TestApiReply reply = m_kit.api().post(path, good, stranger.token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(m_kit.api().post(path, good, w.brand.token).status, 403);
    QCOMPARE(m_kit.api().post(path, good).status, 401);
    QCOMPARE(m_kit.api().post(checkPath(TestApiClient::newId()), good, w.clipper.token).status, 403);

    // Bad input: 400 with a message.
    const auto expectBad = [&](const QByteArray &body, const QString &target) {
        const TestApiReply bad = m_kit.api().send(QByteArrayLiteral("POST"), target, body, w.clipper.token);
        QVERIFY2(bad.status == 400, body.constData());
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_argument"));
        QVERIFY(!bad.errorMessage().isEmpty());
    };
    expectBad(QByteArrayLiteral("not json"), path);
    expectBad(QByteArrayLiteral("[]"), path);
    expectBad(QByteArrayLiteral("{}"), path);
    expectBad(QByteArrayLiteral("{\"media_sha256\": \"abc\"}"), path);
    expectBad(QByteArrayLiteral("{\"media_sha256\": 7}"), path);
    expectBad(QByteArrayLiteral("{\"fingerprint\": \"%%%not base64\"}"), path);
    expectBad(QByteArrayLiteral("{\"fingerprint\": \"aGVsbG8gd29ybGQ=\"}"), path);
    expectBad(QByteArrayLiteral("{\"fingerprint\": 12}"), path);
    expectBad(QJsonDocument(QJsonObject{{QStringLiteral("media_sha256"), good.value(QStringLiteral("media_sha256"))},
                                        {QStringLiteral("clip_id"), QStringLiteral("clip-1")}})
                  .toJson(),
              path);
    expectBad(QJsonDocument(QJsonObject{{QStringLiteral("media_sha256"), good.value(QStringLiteral("media_sha256"))},
                                        {QStringLiteral("owner_id"), w.brand.id}})
                  .toJson(),
              path);
    expectBad(QJsonDocument(good).toJson(), checkPath(QStringLiteral("not-a-uuid")));

    // Each check costs the server a scan of the campaign's fingerprints: a member gets a burst
    // of 30 (the default "uploads.duplicate_checks_per_minute"), then 429 with Retry-After.
    const TestUser eager = m_kit.user(QStringLiteral("clipper"), QStringLiteral("dupcheckeager"));
    QVERIFY(join(w.brand, eager, w.campaignId));
    int admitted = 0;
    TestApiReply limited;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 60 && limited.status != 429; ++i) {
        const TestApiReply answer = m_kit.api().post(path, good, eager.token);
        if (answer.status == 200)
            ++admitted;
        else
            limited = answer;
    }
    // The burst, plus one more for every 2 s the requests took (a token comes back that often).
    const qint64 refills = clock.elapsed() / 2000;
    QVERIFY2(admitted >= 30 && admitted <= 31 + refills, qPrintable(QStringLiteral("%1 admitted").arg(admitted)));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(limited.errorMessage().contains(QLatin1String("30")));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, limited.header("Retry-After").constData());
    // Someone else is not held up by it.
    QCOMPARE(m_kit.api().post(path, good, w.clipper.token).status, 200);
}

void tst_SyncClips::newVersionIsNoDuplicateOfItsPredecessors()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const NearCopyWorld near = nearCopyWorld(QStringLiteral("lineage"), backend);
    QVERIFY(near.ok);
    const auto &[w, other, original, recut, prints, ok] = near;
    const QString first = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Take one")), original);
    EXPECT_STATUS(submit(w.clipper, first, w.campaignId), Ok);
    EXPECT_STATUS(pushClip(w.brand, QStringLiteral("clip.review"),
                           {{QStringLiteral("id"), first}, {QStringLiteral("decision"), QStringLiteral("approve")}},
                           clipRow(w.brand, first).value(QStringLiteral("version")).toInteger()),
                  Ok);

    // Version 2 is a re-cut of the approved version 1: it goes to the reviewer, it is no duplicate.
    const QString second = TestApiClient::newId();
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.new_version"), {{QStringLiteral("id"), first}, {QStringLiteral("new_id"), second}}), Ok);
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), second}, {QStringLiteral("media_sha256"), recut}}, 1), Ok);
    const QString path = checkPath(w.campaignId);
    QCOMPARE(kindOf(m_kit.api().post(path, {{QStringLiteral("media_sha256"), recut}, {QStringLiteral("clip_id"), second}}, w.clipper.token)),
             QStringLiteral("none"));
    QJsonObject result = submit(w.clipper, second, w.campaignId);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

    // Version 3 goes back to the first video: its whole line is excluded, not just its parent.
    const QString third = TestApiClient::newId();
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.new_version"), {{QStringLiteral("id"), second}, {QStringLiteral("new_id"), third}}), Ok);
    EXPECT_STATUS(pushClip(w.clipper, QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), third}, {QStringLiteral("media_sha256"), original}}, 1), Ok);
    result = submit(w.clipper, third, w.campaignId);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

    // A separate clip of the same clipper with the same video is still a duplicate.
    const QString separate = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Again")), recut);
    QCOMPARE(kindOf(m_kit.api().post(path, {{QStringLiteral("media_sha256"), recut}, {QStringLiteral("clip_id"), separate}}, w.clipper.token)),
             QStringLiteral("exact"));
    result = submit(w.clipper, separate, w.campaignId);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    // Naming someone else's clip leaves nothing out: with a video only that clip has, the
    // answer must not tell whether the clip holds it.
    const QString lone = ClipTest::sha(QStringLiteral("lineage-lone-") + backend);
    QVERIFY(readyMedia(lone, w.clipper.id));
    const QString loneClip = draftWithMedia(w.clipper, goodClipFields(QStringLiteral("Lone")), lone);
    EXPECT_STATUS(submit(w.clipper, loneClip, w.campaignId), Ok);
    const QJsonObject borrowed{{QStringLiteral("media_sha256"), lone}, {QStringLiteral("clip_id"), loneClip}};
    TestApiReply reply = m_kit.api().post(path, borrowed, other.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(kindOf(reply), QStringLiteral("exact"));
    QCOMPARE(reply.json.value(QStringLiteral("own")).toBool(), false);
    QCOMPARE(kindOf(m_kit.api().post(path, borrowed, w.clipper.token)), QStringLiteral("none")); // the owner's own clip
}
