// The desktop client's TusUploader against the real server: resuming after the server is
// killed mid-upload (and restarted on the same data), after the app restarts, pause and
// resume, cancel, and a rejected file's reason reaching the uploader.
#include "backendfixture.h"
#include "forwardingproxy.h"
#include "net/tusuploader.h"
#include "net/uploadstatestore.h"
#include "testmedia.h"
#include "tuskit.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Net;
using namespace ClipDesk::Testing;

namespace {

constexpr auto Password = "correct horse battery staple";

QString mediumVideo()
{
    // About 6 MB: enough chunks to stop half-way.
    return TestMedia::generate(QStringLiteral("resume-medium.mp4"),
                               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("testsrc2=size=640x360:rate=25:duration=8"), QStringLiteral("-c:v"),
                                QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                QStringLiteral("-qp"), QStringLiteral("4"), QStringLiteral("-pix_fmt"),
                                QStringLiteral("yuv420p")});
}

TusUploader::Options fastRetries()
{
    TusUploader::Options options;
    options.chunkBytes = 512 * 1024;
    options.maxChunkBytes = options.chunkBytes; // a steady pace, so the tests can stop it half-way
    options.retryBase = std::chrono::milliseconds(100);
    options.retryMax = std::chrono::milliseconds(1000);
    options.maxAttempts = 60;
    return options;
}

} // namespace

class tst_UploadResume final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void resumesAfterServerKill_data() { BackendFixture::addBackendColumn(); }
    void resumesAfterServerKill();
    void resumesAfterAppRestart();
    void pauseAndResume();
    void cancelDeletesTheUpload();
    void rejectionReachesTheUploader();

private:
    QUrl proxyUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port())); }
    QString storedSha256(const BackendFixture::Server &server, const QString &sha256) const;

    QTemporaryDir m_dir;
    QSqlDatabase m_cache;
    std::unique_ptr<UploadStateStore> m_store;
    BackendFixture m_fixture;
    ForwardingProxy m_proxy;
    QString m_video;
    QByteArray m_videoSha256;
};

void tst_UploadResume::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upload-cache"));
    m_cache.setDatabaseName(m_dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(m_cache.open());
    m_store = std::make_unique<UploadStateStore>(m_cache);
    QVERIFY(m_proxy.listen());
    m_video = mediumVideo();
    QVERIFY(!m_video.isEmpty());
    const QByteArray bytes = readFile(m_video);
    QVERIFY2(bytes.size() > 3 * 1024 * 1024, qPrintable(QString::number(bytes.size())));
    m_videoSha256 = TusKit::sha256Hex(bytes);
}

void tst_UploadResume::init()
{
    // Every test starts with an empty client cache.
    for (const UploadState &state : m_store->all().value_or(QList<UploadState>()))
        QVERIFY(m_store->remove(state.fingerprint));
}

QString tst_UploadResume::storedSha256(const BackendFixture::Server &server, const QString &sha256) const
{
    const QString path = QDir(server.process->dataDir()).filePath(QStringLiteral("media/") + sha256.left(2) + u'/' + sha256);
    return QString::fromLatin1(TusKit::sha256Hex(readFile(path)));
}

void tst_UploadResume::resumesAfterServerKill()
{
    QFETCH(QString, backend);
    auto first = m_fixture.start(backend);
    QVERIFY2(first, qPrintable(m_fixture.errorString()));
    const QString token = first->client->registerAndLogin(QStringLiteral("survivor"), QLatin1String(Password));
    QVERIFY(!token.isEmpty());
    m_proxy.setTarget(first->process->port());
    m_proxy.setUploadBytesPerSecond(2 * 1024 * 1024);

    TusUploader uploader(proxyUrl(), token, m_video, m_store.get(), fastRetries());
    QSignalSpy verdict(&uploader, &TusUploader::verdict);
    QSignalSpy retrying(&uploader, &TusUploader::retrying);
    uploader.start();
    const qint64 total = QFileInfo(m_video).size();
    QTRY_VERIFY_WITH_TIMEOUT(uploader.bytesSent() > total / 3, 30'000);
    const QUrl uploadUrl = uploader.uploadUrl();
    QVERIFY(uploadUrl.isValid());

    // Kill the server by PID in the middle of the upload.
    first->process->kill();
    QVERIFY(uploader.bytesSent() < total);
    QTRY_VERIFY_WITH_TIMEOUT(!retrying.isEmpty(), 10'000);
    const auto saved = m_store->all();
    QVERIFY(saved && saved->size() == 1);
    QVERIFY(saved->constFirst().offset > 0);

    // Restart it on the same data; the uploader asks (HEAD) and continues (PATCH).
    auto second = m_fixture.start(backend, {}, first.get());
    QVERIFY2(second, qPrintable(m_fixture.errorString()));
    m_proxy.setUploadBytesPerSecond(0);
    m_proxy.setTarget(second->process->port());
    QVERIFY(verdict.wait(60'000));
    QCOMPARE(verdict.constFirst().at(0).toBool(), true);
    QCOMPARE(uploader.state(), TusUploader::State::Done);
    QCOMPARE(uploader.uploadUrl(), uploadUrl); // the same upload, resumed, not started over
    QCOMPARE(uploader.sha256().toLatin1(), m_videoSha256);
    QCOMPARE(storedSha256(*second, uploader.sha256()).toLatin1(), m_videoSha256);
    QVERIFY(m_store->all()->isEmpty());
    second->process->stop();
}

void tst_UploadResume::resumesAfterAppRestart()
{
    auto server = m_fixture.start(QStringLiteral("sqlite"));
    QVERIFY2(server, qPrintable(m_fixture.errorString()));
    const QString token = server->client->registerAndLogin(QStringLiteral("restarter"), QLatin1String(Password));
    m_proxy.setTarget(server->process->port());
    m_proxy.setUploadBytesPerSecond(2 * 1024 * 1024);
    const qint64 total = QFileInfo(m_video).size();

    QUrl uploadUrl;
    {
        TusUploader before(proxyUrl(), token, m_video, m_store.get(), fastRetries());
        before.start();
        QTRY_VERIFY_WITH_TIMEOUT(before.bytesSent() > total / 3, 30'000);
        uploadUrl = before.uploadUrl();
    } // the app quits mid-upload
    const auto saved = m_store->all();
    QVERIFY(saved && saved->size() == 1);
    QCOMPARE(saved->constFirst().uploadUrl, uploadUrl);
    const qint64 savedOffset = saved->constFirst().offset;
    QVERIFY(savedOffset > 0 && savedOffset < total);

    m_proxy.setUploadBytesPerSecond(0);
    TusUploader after(proxyUrl(), token, m_video, m_store.get(), fastRetries());
    QSignalSpy verdict(&after, &TusUploader::verdict);
    QSignalSpy progress(&after, &TusUploader::progress);
    after.start();
    QVERIFY(verdict.wait(60'000));
    QCOMPARE(verdict.constFirst().at(0).toBool(), true);
    QCOMPARE(after.uploadUrl(), uploadUrl);
    QVERIFY(progress.constFirst().at(0).toLongLong() >= savedOffset); // it went on from the server's offset
    QCOMPARE(after.sha256().toLatin1(), m_videoSha256);
    QCOMPARE(storedSha256(*server, after.sha256()).toLatin1(), m_videoSha256);
}

void tst_UploadResume::pauseAndResume()
{
    auto server = m_fixture.start(QStringLiteral("sqlite"));
    QVERIFY2(server, qPrintable(m_fixture.errorString()));
    const QString token = server->client->registerAndLogin(QStringLiteral("pauser"), QLatin1String(Password));
    m_proxy.setTarget(server->process->port());
    m_proxy.setUploadBytesPerSecond(2 * 1024 * 1024);
    const qint64 total = QFileInfo(m_video).size();

    TusUploader uploader(proxyUrl(), token, m_video, m_store.get(), fastRetries());
    QSignalSpy verdict(&uploader, &TusUploader::verdict);
    QSignalSpy speed(&uploader, &TusUploader::speedChanged);
    uploader.start();
    QTRY_VERIFY_WITH_TIMEOUT(uploader.bytesSent() > total / 4 && !speed.isEmpty(), 30'000);
    uploader.pause();
    QCOMPARE(uploader.state(), TusUploader::State::Paused);
    const qint64 paused = uploader.bytesSent();
    QTest::qWait(500);
    QCOMPARE(uploader.bytesSent(), paused);
    QVERIFY(!speed.isEmpty());
    QVERIFY(speed.constLast().at(0).toDouble() > 0);

    m_proxy.setUploadBytesPerSecond(0);
    uploader.resume();
    QVERIFY(verdict.wait(60'000));
    QCOMPARE(verdict.constFirst().at(0).toBool(), true);
    QCOMPARE(uploader.sha256().toLatin1(), m_videoSha256);
}

void tst_UploadResume::cancelDeletesTheUpload()
{
    auto server = m_fixture.start(QStringLiteral("sqlite"));
    QVERIFY2(server, qPrintable(m_fixture.errorString()));
    const QString token = server->client->registerAndLogin(QStringLiteral("canceller"), QLatin1String(Password));
    m_proxy.setTarget(server->process->port());
    m_proxy.setUploadBytesPerSecond(2 * 1024 * 1024);
    const qint64 total = QFileInfo(m_video).size();

    TusUploader uploader(proxyUrl(), token, m_video, m_store.get(), fastRetries());
    uploader.start();
    QTRY_VERIFY_WITH_TIMEOUT(uploader.bytesSent() > total / 5, 30'000);
    const QByteArray location = uploader.uploadUrl().path().toLatin1();
    uploader.cancel();
    QCOMPARE(uploader.state(), TusUploader::State::Cancelled);
    QVERIFY(m_store->all()->isEmpty());
    m_proxy.setUploadBytesPerSecond(0);
    TusKit tus(server->process->port(), token);
    QTRY_COMPARE_WITH_TIMEOUT(tus.head(location)->status, 404, 10'000);
}

void tst_UploadResume::rejectionReachesTheUploader()
{
    auto server = m_fixture.start(QStringLiteral("sqlite"));
    QVERIFY2(server, qPrintable(m_fixture.errorString()));
    const QString token = server->client->registerAndLogin(QStringLiteral("hopeful"), QLatin1String(Password));
    m_proxy.setTarget(server->process->port());
    m_proxy.setUploadBytesPerSecond(0);
    const QString garbage = m_dir.filePath(QStringLiteral("not-a-video.mp4"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(randomBytes(1'500'000, 29));
    file.close();

    TusUploader uploader(proxyUrl(), token, garbage, m_store.get(), fastRetries());
    QSignalSpy verdict(&uploader, &TusUploader::verdict);
    QSignalSpy uploaded(&uploader, &TusUploader::uploaded);
    uploader.start();
    QVERIFY(verdict.wait(60'000));
    QCOMPARE(uploaded.size(), 1);
    QCOMPARE(verdict.constFirst().at(0).toBool(), false);
    QVERIFY(!verdict.constFirst().at(2).toString().isEmpty());
    QCOMPARE(uploader.rejectionReason(), verdict.constFirst().at(2).toString());
}

QTEST_GUILESS_MAIN(tst_UploadResume)
#include "tst_uploadresume.moc"
