// What the server does with finished uploads: probes them in a limited child process, keeps
// usable videos with a thumbnail and a fingerprint, rejects everything else with a reason and
// stays up; serves accepted media with HTTP ranges to the people allowed to see it.
#include "backendfixture.h"
#include "testapiclient.h"
#include "testmedia.h"
#include "tuskit.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QtTest>

using namespace ClipDesk::Testing;

namespace {

QString video(const QString &name, const QStringList &extra = {})
{
    QStringList args = {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=320x240:rate=25:duration=6"), QStringLiteral("-c:v"),
                        QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                        QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
    args += extra;
    return TestMedia::generate(name, args);
}

QString stateOf(const QJsonObject &status)
{
    return status.value(QStringLiteral("state")).toString();
}

QString reasonOf(const QJsonObject &status)
{
    return status.value(QStringLiteral("rejectionReason")).toString();
}

} // namespace

class tst_UploadMedia final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptedVideoHasThumbnailAndRanges();
    void rejectsWhatIsNotAUsableVideo_data();
    void rejectsWhatIsNotAUsableVideo();
    void probeOverLimitsIsRejected_data();
    void probeOverLimitsIsRejected();
    void adminsMayDownload();

private:
    QJsonObject uploadAndWait(const QByteArray &bytes, QByteArray *location = nullptr);
    bool healthy(BackendFixture::Server &server);

    BackendFixture m_fixture;
    std::unique_ptr<BackendFixture::Server> m_server;
    QString m_token;
};

void tst_UploadMedia::initTestCase()
{
    m_server = m_fixture.start(QStringLiteral("sqlite"));
    QVERIFY2(m_server, qPrintable(m_fixture.errorString()));
    m_token = m_server->client->registerAndLogin(QStringLiteral("mediamaker"), QStringLiteral("correct horse battery staple"));
    QVERIFY(!m_token.isEmpty());
}

bool tst_UploadMedia::healthy(BackendFixture::Server &server)
{
    return server.process->isRunning() && server.client->get(QStringLiteral("/api/v1/health")).status == 200;
}

QJsonObject tst_UploadMedia::uploadAndWait(const QByteArray &bytes, QByteArray *location)
{
    TusKit tus(m_server->process->port(), m_token);
    const QByteArray where = tus.uploadWhole(bytes);
    if (location)
        *location = where;
    if (where.isEmpty())
        return {};
    return waitForVerdict(*m_server->client, where, m_token);
}

void tst_UploadMedia::acceptedVideoHasThumbnailAndRanges()
{
    const QString path = video(QStringLiteral("media-accept.mp4"), {QStringLiteral("-movflags"), QStringLiteral("+faststart")});
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = readFile(path);
    const QJsonObject status = uploadAndWait(bytes);
    QCOMPARE(stateOf(status), QStringLiteral("ready"));
    const QString sha256 = status.value(QStringLiteral("sha256")).toString();
    const QJsonObject media = status.value(QStringLiteral("media")).toObject();
    QCOMPARE(media.value(QStringLiteral("probe")).toObject().value(QStringLiteral("video")).toObject()
                 .value(QStringLiteral("codec")).toString(), QStringLiteral("h264"));

    // The thumbnail is a real picture of the video's size.
    const QString base = QStringLiteral("/api/v1/media/") + sha256;
    const ApiReply thumbnail = m_server->client->get(base + QStringLiteral("/thumbnail"), m_token);
    QCOMPARE(thumbnail.status, 200);
    QCOMPARE(thumbnail.header("content-type"), QByteArrayLiteral("image/jpeg"));
    QImage image;
    QVERIFY(image.loadFromData(thumbnail.body, "JPEG"));
    QCOMPARE(image.size(), QSize(320, 240));
    QVERIFY(!media.value(QStringLiteral("thumbnailSha256")).toString().isEmpty());

    // Ranges, byte for byte.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->process->port()));
    const QByteArray target = base.toLatin1();
    const auto get = [&](const QByteArray &range, const QByteArray &method = QByteArrayLiteral("GET"),
                         const QList<std::pair<QByteArray, QByteArray>> &extra = {}) {
        QList<std::pair<QByteArray, QByteArray>> headers = {{"Authorization", "Bearer " + m_token.toLatin1()}};
        if (!range.isEmpty())
            headers.append({"Range", range});
        headers += extra;
        return client.request(method, target, headers, {}, 30'000);
    };
    const qint64 size = bytes.size();
    auto whole = get({});
    QCOMPARE(whole->status, 200);
    QCOMPARE(whole->body, bytes);
    QCOMPARE(whole->header("accept-ranges"), QByteArrayLiteral("bytes"));
    QCOMPARE(whole->header("etag"), '"' + sha256.toLatin1() + '"');

    auto first = get("bytes=0-99");
    QCOMPARE(first->status, 206);
    QCOMPARE(first->body, bytes.first(100));
    QCOMPARE(first->header("content-range"), "bytes 0-99/" + QByteArray::number(size));
    auto middle = get("bytes=1000-5999");
    QCOMPARE(middle->status, 206);
    QCOMPARE(middle->body, bytes.sliced(1000, 5000));
    auto tail = get("bytes=-77");
    QCOMPARE(tail->status, 206);
    QCOMPARE(tail->body, bytes.last(77));
    auto open = get("bytes=" + QByteArray::number(size - 10) + '-');
    QCOMPARE(open->body, bytes.last(10));
    auto outside = get("bytes=" + QByteArray::number(size) + '-');
    QCOMPARE(outside->status, 416);
    QCOMPARE(outside->header("content-range"), "bytes */" + QByteArray::number(size));
    auto head = get("bytes=0-9", "HEAD");
    QCOMPARE(head->status, 206);
    QCOMPARE(head->header("content-length"), QByteArrayLiteral("10"));
    QVERIFY(head->body.isEmpty());
    auto cached = get({}, "GET", {{"If-None-Match", '"' + sha256.toLatin1() + '"'}});
    QCOMPARE(cached->status, 304);
    auto staleIfRange = get("bytes=0-9", "GET", {{"If-Range", "\"other\""}});
    QCOMPARE(staleIfRange->status, 200);
    QCOMPARE(staleIfRange->body.size(), size);
    // The connection is still good for more after all of that (keep-alive through streamed bodies).
    QCOMPARE(get("bytes=5-9")->body, bytes.sliced(5, 5));
}

void tst_UploadMedia::rejectsWhatIsNotAUsableVideo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reasonFragment");
    QTest::newRow("random garbage") << QStringLiteral("garbage") << QStringLiteral("not a video");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("audio only") << QStringLiteral("audio") << QStringLiteral("no video stream");
    QTest::newRow("truncated, index at the end") << QStringLiteral("truncated-moov-last") << QStringLiteral("not a video");
    QTest::newRow("truncated, index first") << QStringLiteral("truncated-faststart") << QStringLiteral("");
    QTest::newRow("mp4 header on garbage") << QStringLiteral("hostile") << QStringLiteral("");
}

void tst_UploadMedia::rejectsWhatIsNotAUsableVideo()
{
    QFETCH(QString, kind);
    QFETCH(QString, reasonFragment);
    QByteArray bytes;
    if (kind == u"garbage") {
        bytes = randomBytes(300'000, 17);
    } else if (kind == u"audio") {
        const QString path = TestMedia::generate(QStringLiteral("media-audio.m4a"),
                                                 {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                  QStringLiteral("sine=frequency=440:duration=3"), QStringLiteral("-c:a"),
                                                  QStringLiteral("aac")});
        QVERIFY(!path.isEmpty());
        bytes = readFile(path);
    } else if (kind == u"truncated-moov-last") {
        bytes = readFile(video(QStringLiteral("media-moov-last.mp4")));
        bytes.truncate(bytes.size() / 2);
    } else if (kind == u"truncated-faststart") {
        bytes = readFile(video(QStringLiteral("media-faststart.mp4"), {QStringLiteral("-movflags"), QStringLiteral("+faststart")}));
        bytes.truncate(bytes.size() / 3);
    } else if (kind == u"hostile") {
        // A real MP4 head (ftyp + moov) followed by random bytes where the pictures should be.
        const QByteArray real = readFile(video(QStringLiteral("media-faststart.mp4"), {QStringLiteral("-movflags"), QStringLiteral("+faststart")}));
        const qsizetype mdat = real.indexOf("mdat");
        QVERIFY(mdat > 0);
        bytes = real.first(mdat + 4) + randomBytes(real.size() - mdat - 4, 23);
    }
    QVERIFY(kind == u"empty" || !bytes.isEmpty());
    QByteArray location;
    const QJsonObject status = uploadAndWait(bytes, &location);
    QCOMPARE(stateOf(status), QStringLiteral("rejected"));
    QVERIFY(!reasonOf(status).isEmpty());
    QVERIFY2(reasonOf(status).contains(reasonFragment, Qt::CaseInsensitive), qPrintable(reasonOf(status)));
    QVERIFY2(!reasonOf(status).contains(m_server->process->dataDir()), "the reason must not reveal server paths");
    // Rejected bytes are not kept, nor served.
    const QString sha256 = QString::fromLatin1(TusKit::sha256Hex(bytes));
    QVERIFY(!QFile::exists(QDir(m_server->process->dataDir()).filePath(QStringLiteral("media/") + sha256.left(2) + u'/' + sha256)));
    QCOMPARE(m_server->client->get(QStringLiteral("/api/v1/media/") + sha256, m_token).status, 404);
    QVERIFY(healthy(*m_server));
}

void tst_UploadMedia::probeOverLimitsIsRejected_data()
{
    QTest::addColumn<QJsonObject>("uploads");
    QTest::addColumn<QString>("code");
    QTest::newRow("cpu") << QJsonObject{{QStringLiteral("probe_cpu_seconds"), 1},
                                        {QStringLiteral("probe_command"), QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                                                     QStringLiteral("while :; do :; done")}}}
                         << QStringLiteral("limits");
    QTest::newRow("wall clock") << QJsonObject{{QStringLiteral("probe_wall_seconds"), 1},
                                               {QStringLiteral("probe_command"), QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                                                            QStringLiteral("exec sleep 60")}}}
                                << QStringLiteral("too long");
    // The real probe with too little address space cannot even load its libraries.
    QTest::newRow("memory") << QJsonObject{{QStringLiteral("probe_memory_bytes"), 64 * 1024 * 1024}} << QStringLiteral("");
}

void tst_UploadMedia::probeOverLimitsIsRejected()
{
    QFETCH(QJsonObject, uploads);
    QFETCH(QString, code);
    auto server = m_fixture.start(QStringLiteral("sqlite"), QJsonObject{{QStringLiteral("uploads"), uploads}});
    QVERIFY2(server, qPrintable(m_fixture.errorString()));
    const QString token = server->client->registerAndLogin(QStringLiteral("limited"), QStringLiteral("correct horse battery staple"));
    TusKit tus(server->process->port(), token);
    const QByteArray location = tus.uploadWhole(readFile(video(QStringLiteral("media-accept.mp4"),
                                                               {QStringLiteral("-movflags"), QStringLiteral("+faststart")})));
    QVERIFY(!location.isEmpty());
    const QJsonObject status = waitForVerdict(*server->client, location, token, 30'000);
    QCOMPARE(stateOf(status), QStringLiteral("rejected"));
    QVERIFY2(reasonOf(status).contains(code, Qt::CaseInsensitive), qPrintable(reasonOf(status)));
    QVERIFY(healthy(*server));
}

void tst_UploadMedia::adminsMayDownload()
{
    const QJsonObject status = uploadAndWait(readFile(video(QStringLiteral("media-accept.mp4"),
                                                            {QStringLiteral("-movflags"), QStringLiteral("+faststart")})));
    QCOMPARE(stateOf(status), QStringLiteral("ready"));
    QString error;
    QVERIFY2(TestApiClient::createAdminAccount(m_server->process->dataDir(), {}, QStringLiteral("root@example.com"),
                                               QStringLiteral("root"), QStringLiteral("correct horse battery staple"), &error),
             qPrintable(error));
    const QString admin = m_server->client->login(QStringLiteral("root"), QStringLiteral("correct horse battery staple"));
    QVERIFY(!admin.isEmpty());
    const QString base = QStringLiteral("/api/v1/media/") + status.value(QStringLiteral("sha256")).toString();
    QCOMPARE(m_server->client->get(base, admin).status, 200);
    QCOMPARE(m_server->client->get(base + QStringLiteral("/thumbnail"), admin).status, 200);
    const QString clipper = m_server->client->registerAndLogin(QStringLiteral("nosy"), QStringLiteral("correct horse battery staple"));
    QCOMPARE(m_server->client->get(base, clipper).status, 404);
}

QTEST_GUILESS_MAIN(tst_UploadMedia)
#include "tst_uploadmedia.moc"
