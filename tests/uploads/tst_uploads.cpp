// The tus 1.0 endpoint against the real server binary on SQLite and PostgreSQL: the protocol
// conversation as the spec writes it, checksums, offsets, limits, quota, termination,
// expiration and ownership.
#include "backendfixture.h"
#include "testmedia.h"
#include "tuskit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace ClipDesk::Testing;

namespace {

const QJsonObject LimitsConfig{{QStringLiteral("uploads"), QJsonObject{
    {QStringLiteral("max_upload_bytes"), 3'000'000},
    {QStringLiteral("quota_bytes_per_user"), 5'000'000},
}}};

QString smallVideo()
{
    return TestMedia::generate(QStringLiteral("upload-small.mp4"),
                               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("testsrc2=size=320x240:rate=25:duration=3"), QStringLiteral("-c:v"),
                                QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-movflags"),
                                QStringLiteral("+faststart")});
}

} // namespace

class tst_Uploads final : public QObject
{
    Q_OBJECT

private slots:
    void tusConversation_data() { BackendFixture::addBackendColumn(); }
    void tusConversation();
    void checksumMismatchKeepsOffset_data() { BackendFixture::addBackendColumn(); }
    void checksumMismatchKeepsOffset();
    void multiBlockPatchesHashEveryByteOnce_data() { BackendFixture::addBackendColumn(); }
    void multiBlockPatchesHashEveryByteOnce();
    void protocolErrors_data() { BackendFixture::addBackendColumn(); }
    void protocolErrors();
    void sizeLimitAndQuota_data() { BackendFixture::addBackendColumn(); }
    void sizeLimitAndQuota();
    void termination_data() { BackendFixture::addBackendColumn(); }
    void termination();
    void ownerOnly_data() { BackendFixture::addBackendColumn(); }
    void ownerOnly();
    void expiredUploadsAreCleanedUp_data() { BackendFixture::addBackendColumn(); }
    void expiredUploadsAreCleanedUp();

private:
    BackendFixture::Server *server(const QString &backend);
    QString user(BackendFixture::Server *server, const QString &name);

    BackendFixture m_fixture;
    QHash<QString, std::shared_ptr<BackendFixture::Server>> m_servers;
    int m_users = 0;
};

BackendFixture::Server *tst_Uploads::server(const QString &backend)
{
    if (!m_servers.contains(backend)) {
        auto started = m_fixture.start(backend, LimitsConfig);
        if (!started)
            qWarning("%s", qPrintable(m_fixture.errorString()));
        m_servers.insert(backend, std::shared_ptr<BackendFixture::Server>(started.release()));
    }
    return m_servers.value(backend).get();
}

QString tst_Uploads::user(BackendFixture::Server *server, const QString &name)
{
    return server->client->registerAndLogin(name + QString::number(++m_users), QStringLiteral("correct horse battery staple"));
}

void tst_Uploads::tusConversation()
{
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    const QString token = user(srv, QStringLiteral("talker"));
    QVERIFY(!token.isEmpty());
    const QString videoPath = smallVideo();
    QVERIFY(!videoPath.isEmpty());
    const QByteArray video = readFile(videoPath);
    QVERIFY(video.size() > 1000);
    TusKit tus(srv->process->port(), token);

    // OPTIONS: what the server speaks (no Tus-Resumable needed, no token needed).
    TusKit anonymous(srv->process->port(), {});
    auto options = anonymous.request("OPTIONS", TusKit::Endpoint, {}, {}, {});
    QVERIFY(options);
    QCOMPARE(options->status, 204);
    QCOMPARE(options->header("tus-resumable"), QByteArrayLiteral("1.0.0"));
    QVERIFY(options->header("tus-version").split(',').contains(QByteArrayLiteral("1.0.0")));
    const QList<QByteArray> extensions = options->header("tus-extension").split(',');
    for (const char *extension : {"creation", "termination", "checksum", "expiration"})
        QVERIFY2(extensions.contains(QByteArray(extension)), extension);
    QCOMPARE(options->header("tus-max-size"), QByteArrayLiteral("3000000"));
    QCOMPARE(options->header("tus-checksum-algorithm"), QByteArrayLiteral("sha1"));

    // Creation needs a session.
    auto unauthorized = anonymous.request("POST", TusKit::Endpoint, {{"Upload-Length", "10"}});
    QVERIFY(unauthorized);
    QCOMPARE(unauthorized->status, 401);

    // POST: 201 with Location and Upload-Expires.
    auto created = tus.request("POST", TusKit::Endpoint,
                               {{"Upload-Length", QByteArray::number(video.size())},
                                {"Upload-Metadata", "filename " + QByteArrayLiteral("my clip.mp4").toBase64() + ",is_draft"}});
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    QCOMPARE(created->header("tus-resumable"), QByteArrayLiteral("1.0.0"));
    const QByteArray location = created->header("location");
    QVERIFY(location.startsWith("/api/v1/uploads/"));
    QVERIFY(created->header("upload-expires").endsWith(" GMT"));

    // HEAD: offset 0, the length, no caching, the metadata back.
    auto head = tus.head(location);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("upload-offset"), QByteArrayLiteral("0"));
    QCOMPARE(head->header("upload-length"), QByteArray::number(video.size()));
    QCOMPARE(head->header("cache-control"), QByteArrayLiteral("no-store"));
    QVERIFY(head->header("upload-metadata").contains(QByteArray("filename " + QByteArrayLiteral("my clip.mp4").toBase64())));
    QVERIFY(head->body.isEmpty());

    // PATCH the first part with a checksum, then the rest without.
    const qint64 half = video.size() / 2;
    auto first = tus.patch(location, 0, video.first(half), TusKit::sha1(video.first(half)));
    QVERIFY(first);
    QCOMPARE(first->status, 204);
    QCOMPARE(first->header("upload-offset"), QByteArray::number(half));
    QCOMPARE(first->header("tus-resumable"), QByteArrayLiteral("1.0.0"));
    QVERIFY(!first->header("upload-expires").isEmpty());
    QCOMPARE(tus.head(location)->header("upload-offset"), QByteArray::number(half));

    auto rest = tus.patch(location, half, video.sliced(half));
    QVERIFY(rest);
    QCOMPARE(rest->status, 204);
    QCOMPARE(rest->header("upload-offset"), QByteArray::number(video.size()));
    head = tus.head(location);
    QCOMPARE(head->header("upload-offset"), QByteArray::number(video.size()));
    QVERIFY(head->header("upload-expires").isEmpty()); // a finished upload does not expire

    // The server checks the file and keeps it content-addressed.
    const QJsonObject status = waitForVerdict(*srv->client, location, token);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    const QString sha256 = status.value(QStringLiteral("sha256")).toString();
    QCOMPARE(sha256.toLatin1(), TusKit::sha256Hex(video));
    const QJsonObject media = status.value(QStringLiteral("media")).toObject();
    QCOMPARE(media.value(QStringLiteral("width")).toInt(), 320);
    QCOMPARE(media.value(QStringLiteral("height")).toInt(), 240);
    QVERIFY(qAbs(media.value(QStringLiteral("durationMs")).toInteger() - 3000) <= 100);
    const QString stored = QDir(srv->process->dataDir()).filePath(QStringLiteral("media/") + sha256.left(2) + u'/' + sha256);
    QCOMPARE(TusKit::sha256Hex(readFile(stored)), TusKit::sha256Hex(video));
    // The partial file is gone (moved into the store).
    QVERIFY(QDir(srv->process->dataDir() + QStringLiteral("/uploads")).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());

    // The owner downloads it back.
    const ApiReply download = srv->client->get(QStringLiteral("/api/v1/media/") + sha256, token);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, video);
    QCOMPARE(download.header("content-type"), QByteArrayLiteral("video/mp4"));
}

void tst_Uploads::checksumMismatchKeepsOffset()
{
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    TusKit tus(srv->process->port(), user(srv, QStringLiteral("checker")));
    const QByteArray bytes = randomBytes(200'000, 7);
    const QByteArray location = tus.create(bytes.size());
    QVERIFY(!location.isEmpty());
    QCOMPARE(tus.patch(location, 0, bytes.first(50'000), TusKit::sha1(bytes.first(50'000)))->status, 204);

    // A corrupted body: 460, the offset stays.
    QByteArray corrupted = bytes.sliced(50'000, 50'000);
    const QByteArray goodSha1 = TusKit::sha1(corrupted);
    corrupted[123] = char(corrupted[123] ^ 0x40);
    auto mismatch = tus.patch(location, 50'000, corrupted, goodSha1);
    QVERIFY(mismatch);
    QCOMPARE(mismatch->status, 460);
    QCOMPARE(mismatch->errorCode(), QStringLiteral("checksum_mismatch"));
    QCOMPARE(tus.head(location)->header("upload-offset"), QByteArrayLiteral("50000"));

    // An unsupported algorithm is a bad request and stores nothing.
    auto md5 = tus.request("PATCH", location,
                           {{"Upload-Offset", "50000"}, {"Content-Type", "application/offset+octet-stream"},
                            {"Upload-Checksum", "md5 " + QByteArrayLiteral("0123456789abcdef").toBase64()}},
                           bytes.sliced(50'000, 10));
    QCOMPARE(md5->status, 400);
    QCOMPARE(tus.head(location)->header("upload-offset"), QByteArrayLiteral("50000"));

    // The same chunk, intact, goes through.
    auto retried = tus.patch(location, 50'000, bytes.sliced(50'000, 50'000), goodSha1);
    QCOMPARE(retried->status, 204);
    QCOMPARE(retried->header("upload-offset"), QByteArrayLiteral("100000"));
}

void tst_Uploads::multiBlockPatchesHashEveryByteOnce()
{
    // PATCH bodies larger than the server's write and hash blocks (1 MiB): the checksum is
    // checked over every byte, a mismatch cuts off blocks already written, and the stored
    // SHA-256 (hashed while streaming) is that of the whole file.
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    const QString token = user(srv, QStringLiteral("streamer"));
    TusKit tus(srv->process->port(), token);
    const QByteArray bytes = randomBytes(2'900'000, 11);
    const qint64 first = 1'600'001;
    const QByteArray location = tus.create(bytes.size());
    QVERIFY(!location.isEmpty());

    QByteArray corrupted = bytes.first(first);
    corrupted[first - 2] = char(corrupted[first - 2] ^ 0x01); // past the first full block
    auto mismatch = tus.patch(location, 0, corrupted, TusKit::sha1(bytes.first(first)));
    QVERIFY(mismatch);
    QCOMPARE(mismatch->status, 460);
    QCOMPARE(tus.head(location)->header("upload-offset"), QByteArrayLiteral("0"));

    QCOMPARE(tus.patch(location, 0, bytes.first(first), TusKit::sha1(bytes.first(first)))->status, 204);
    auto rest = tus.patch(location, first, bytes.sliced(first), TusKit::sha1(bytes.sliced(first)));
    QVERIFY(rest);
    QCOMPARE(rest->status, 204);
    QCOMPARE(rest->header("upload-offset"), QByteArray::number(bytes.size()));

    // Random bytes are no video: rejected, but the content address is the file's.
    const QJsonObject status = waitForVerdict(*srv->client, location, token);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(status.value(QStringLiteral("sha256")).toString().toLatin1(), TusKit::sha256Hex(bytes));
}

void tst_Uploads::protocolErrors()
{
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    TusKit tus(srv->process->port(), user(srv, QStringLiteral("sloppy")));
    const QByteArray bytes = randomBytes(10'000, 11);
    const QByteArray location = tus.create(bytes.size());
    QVERIFY(!location.isEmpty());
    QCOMPARE(tus.patch(location, 0, bytes.first(4000))->status, 204);

    // Upload-Offset that does not match: 409 and the server's offset.
    auto conflict = tus.patch(location, 0, bytes.first(4000));
    QCOMPARE(conflict->status, 409);
    QCOMPARE(conflict->header("upload-offset"), QByteArrayLiteral("4000"));
    QCOMPARE(tus.patch(location, 5000, bytes.sliced(5000, 100))->status, 409);
    // Wrong content type: 415. Missing or wrong Tus-Resumable: 412 with Tus-Version.
    QCOMPARE(tus.request("PATCH", location, {{"Upload-Offset", "4000"}, {"Content-Type", "application/json"}}, "{}")->status, 415);
    auto noVersion = tus.request("PATCH", location, {{"Upload-Offset", "4000"}, {"Content-Type", "application/offset+octet-stream"}},
                                 bytes.sliced(4000, 10), {});
    QCOMPARE(noVersion->status, 412);
    QCOMPARE(noVersion->header("tus-version"), QByteArrayLiteral("1.0.0"));
    QCOMPARE(tus.request("POST", TusKit::Endpoint, {{"Upload-Length", "10"}}, {}, "0.2.2")->status, 412);
    // Creation without a usable length, or with unknown length.
    QCOMPARE(tus.request("POST", TusKit::Endpoint, {{"Upload-Length", "-5"}})->status, 400);
    QCOMPARE(tus.request("POST", TusKit::Endpoint, {})->status, 400);
    QCOMPARE(tus.request("POST", TusKit::Endpoint, {{"Upload-Defer-Length", "1"}})->status, 400);
    QCOMPARE(tus.request("POST", TusKit::Endpoint, {{"Upload-Length", "10"}, {"Upload-Metadata", "filename ***"}})->status, 400);
    // More bytes than the upload has room for.
    auto tooLong = tus.patch(location, 4000, randomBytes(6001, 3));
    QCOMPARE(tooLong->status, 413);
    QCOMPARE(tus.head(location)->header("upload-offset"), QByteArrayLiteral("4000"));
    // Nothing above changed anything.
    QCOMPARE(tus.patch(location, 4000, bytes.sliced(4000))->status, 204);
    QCOMPARE(tus.head(location)->header("upload-offset"), QByteArrayLiteral("10000"));
}

void tst_Uploads::sizeLimitAndQuota()
{
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    TusKit tus(srv->process->port(), user(srv, QStringLiteral("hoarder")));

    auto tooLarge = tus.request("POST", TusKit::Endpoint, {{"Upload-Length", "3000001"}});
    QCOMPARE(tooLarge->status, 413);
    QCOMPARE(tooLarge->errorCode(), QStringLiteral("upload_too_large"));
    QVERIFY(tooLarge->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(u"3000000"));

    const QByteArray a = tus.create(2'500'000);
    const QByteArray b = tus.create(2'500'000);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    auto overQuota = tus.request("POST", TusKit::Endpoint, {{"Upload-Length", "1"}});
    QCOMPARE(overQuota->status, 403);
    QCOMPARE(overQuota->errorCode(), QStringLiteral("quota_exceeded"));
    // Deleting an upload gives the room back.
    QCOMPARE(tus.request("DELETE", a)->status, 204);
    QVERIFY(!tus.create(2'000'000).isEmpty());
    // Another user has their own quota.
    TusKit other(srv->process->port(), user(srv, QStringLiteral("neighbour")));
    QVERIFY(!other.create(2'500'000).isEmpty());
}

void tst_Uploads::termination()
{
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    TusKit tus(srv->process->port(), user(srv, QStringLiteral("quitter")));
    const QByteArray bytes = randomBytes(30'000, 5);
    const QByteArray location = tus.create(bytes.size());
    QVERIFY(!location.isEmpty());
    QCOMPARE(tus.patch(location, 0, bytes.first(10'000))->status, 204);
    const QString partial = srv->process->dataDir() + QStringLiteral("/uploads/") + QString::fromLatin1(location.split('/').last())
        + QStringLiteral(".part");
    QCOMPARE(QFileInfo(partial).size(), 10'000);

    auto deleted = tus.request("DELETE", location);
    QCOMPARE(deleted->status, 204);
    QCOMPARE(deleted->header("tus-resumable"), QByteArrayLiteral("1.0.0"));
    QVERIFY(!QFile::exists(partial));
    QCOMPARE(tus.head(location)->status, 404);
    QCOMPARE(tus.patch(location, 10'000, bytes.sliced(10'000))->status, 404);
    QCOMPARE(tus.request("DELETE", location)->status, 404);
}

void tst_Uploads::ownerOnly()
{
    QFETCH(QString, backend);
    auto *srv = server(backend);
    QVERIFY(srv);
    TusKit owner(srv->process->port(), user(srv, QStringLiteral("owner")));
    TusKit stranger(srv->process->port(), user(srv, QStringLiteral("stranger")));
    const QByteArray bytes = randomBytes(20'000, 9);
    const QByteArray location = owner.create(bytes.size());
    QVERIFY(!location.isEmpty());
    QCOMPARE(owner.patch(location, 0, bytes.first(5000))->status, 204);

    QCOMPARE(stranger.head(location)->status, 404);
    QCOMPARE(stranger.patch(location, 5000, bytes.sliced(5000))->status, 404);
    QCOMPARE(stranger.request("DELETE", location)->status, 404);
    QCOMPARE(stranger.request("GET", location)->status, 404);
    QCOMPARE(owner.head(location)->header("upload-offset"), QByteArrayLiteral("5000"));

    // Finished and accepted media: only the owner (and admins) may download it.
    const QByteArray video = readFile(smallVideo());
    const QByteArray done = owner.uploadWhole(video);
    QVERIFY(!done.isEmpty());
    const QJsonObject status = waitForVerdict(*srv->client, done, owner.token());
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    const QString mediaPath = QStringLiteral("/api/v1/media/") + status.value(QStringLiteral("sha256")).toString();
    QCOMPARE(srv->client->get(mediaPath, owner.token()).status, 200);
    QCOMPARE(srv->client->get(mediaPath, stranger.token()).status, 404);
    QCOMPARE(srv->client->get(mediaPath + QStringLiteral("/thumbnail"), stranger.token()).status, 404);
    QCOMPARE(srv->client->get(mediaPath).status, 401);
}

void tst_Uploads::expiredUploadsAreCleanedUp()
{
    QFETCH(QString, backend);
    auto srv = m_fixture.start(backend, QJsonObject{{QStringLiteral("uploads"), QJsonObject{
        {QStringLiteral("expiry_seconds"), 1},
        {QStringLiteral("cleanup_interval_seconds"), 1},
    }}});
    QVERIFY2(srv, qPrintable(m_fixture.errorString()));
    TusKit tus(srv->process->port(), srv->client->registerAndLogin(QStringLiteral("slowpoke"), QStringLiteral("correct horse battery staple")));
    const QByteArray bytes = randomBytes(10'000, 13);
    const QByteArray location = tus.create(bytes.size());
    QVERIFY(!location.isEmpty());
    auto patched = tus.patch(location, 0, bytes.first(1000));
    QCOMPARE(patched->status, 204);
    const QString partial = srv->process->dataDir() + QStringLiteral("/uploads/") + QString::fromLatin1(location.split('/').last())
        + QStringLiteral(".part");
    QVERIFY(QFile::exists(partial));

    // Past its expiry the upload is gone (410 until the cleanup ran, then 404) with its file.
    QTRY_VERIFY_WITH_TIMEOUT(tus.head(location)->status == 404, 10'000);
    QVERIFY(!QFile::exists(partial));
    QCOMPARE(tus.patch(location, 1000, bytes.sliced(1000))->status, 404);
    // A finished upload never expires.
    const QByteArray finished = tus.uploadWhole(bytes.first(500));
    QVERIFY(!finished.isEmpty());
    QTest::qWait(2500);
    QCOMPARE(tus.head(finished)->status, 200);
}

QTEST_GUILESS_MAIN(tst_Uploads)
#include "tst_uploads.moc"
