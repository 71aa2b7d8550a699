// Clip review against the real server, with real caches and real FFmpeg-made videos: the sync
// engine downloads each clip's server-made thumbnail into the cache (My clips and Submissions
// show it); "Make available offline" downloads a clip's video byte for byte, continues with an
// HTTP Range request after the server died half-way and the app restarted, and after a cancel;
// with the server stopped the Submissions page still lists the clips, plays the local copy and
// queues Approve / Reject, which reach the server once it is back.
#include "admin/adminpages.h"
#include "brand/brandpages.h"
#include "clips/clipdisplayproxy.h"
#include "jsonapiclient.h"
#include "livecache.h"
#include "models/cliplistmodel.h"
#include "mutations.h"
#include "review/clipplayerpane.h"
#include "review/submissiondetailpane.h"
#include "review/submissionspage.h"
#include "serverprocess.h"
#include "signin/messagebanner.h"
#include "syncactor.h"
#include "syncdevice.h"
#include "sync/imagestore.h"
#include "sync/outbox.h"
#include "sync/offlinemediadownloads.h"
#include "sync/offlinemediastore.h"
#include "testmedia.h"
#include "tuskit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

struct UploadedClip
{
    QString id;
    QString mediaSha256;
    QString thumbnailSha256;
    QString path;
};

QStringList pendingNames(Sync::Outbox &outbox)
{
    QStringList names;
    for (const Sync::OutboxEntry &entry : outbox.pending().value_or(QList<Sync::OutboxEntry>()))
        names.append(entry.mutation.name);
    return names;
}

} // namespace

class TestSubmissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thumbnailsArriveInTheCache();
    void offlineCopyIsByteIdentical();
    void downloadResumesWithRangeAfterServerDiesAndAppRestarts();
    void cancelledDownloadContinuesFromItsPart();
    void reviewWorksWithTheServerStopped();
    void adminSeesEverySubmission();

private:
    UploadedClip submitClip(const QString &title, const QString &videoName, const QStringList &ffmpegArgs);
    std::unique_ptr<SyncDevice> brandDevice();
    bool restartServer();
    std::unique_ptr<Ui::SubmissionsPage> openPage(const QList<Ui::PageEntry> &pages, const QString &id, Ui::AppContext &context);

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    SyncActor m_brand;
    SyncActor m_clipper;
    QString m_campaign;
    UploadedClip m_big;
    UploadedClip m_fractal;
    UploadedClip m_life;
};

UploadedClip TestSubmissions::submitClip(const QString &title, const QString &videoName, const QStringList &ffmpegArgs)
{
    UploadedClip clip;
    clip.path = TestMedia::generate(videoName, ffmpegArgs);
    const QByteArray bytes = readFile(clip.path);
    TusKit tus(m_server->port(), m_clipper.token());
    const QByteArray location = bytes.isEmpty() ? QByteArray() : tus.uploadWhole(bytes);
    if (location.isEmpty())
        return {};
    JsonApiClient api(m_server->baseUrl());
    const QJsonObject verdict = waitForVerdict(api, location, m_clipper.token());
    if (verdict.value(QStringLiteral("state")).toString() != u"ready") {
        qWarning() << "upload not ready:" << verdict;
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString sha = QString::fromLatin1(TusKit::sha256Hex(bytes));
    const QJsonObject fields{{QStringLiteral("title"), title}, {QStringLiteral("platform"), QStringLiteral("tiktok")}};
    const QList<QJsonObject> steps = {
        TestApiClient::mutation(QStringLiteral("clip.create"), {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}}),
        TestApiClient::mutation(QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), sha}}, 1),
        TestApiClient::mutation(QStringLiteral("clip.submit"), {{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), m_campaign}}),
    };
    for (const QJsonObject &step : steps) {
        const QJsonObject result = m_clipper.run(step);
        if (SyncActor::status(result) != u"ok") {
            qWarning() << "clip step failed:" << step << result;
            return {};
        }
    }
    const PulledState view = m_api->pullAll(m_brand.token());
    const QJsonObject row = view.entityRows(QStringLiteral("clip")).value(id);
    if (row.value(QStringLiteral("status")).toString() != u"submitted")
        return {};
    clip.id = id;
    clip.mediaSha256 = sha;
    clip.thumbnailSha256 = row.value(QStringLiteral("thumbnail_sha256")).toString();
    return clip;
}

void TestSubmissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("server"));
    QVERIFY(QDir().mkpath(m_dataDir));
    m_server = std::make_unique<ServerProcess>(QStringList{}, m_dataDir);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    m_brand = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("brand"), QStringLiteral("reviewbrand")));
    m_clipper = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("reviewclipper")));
    QVERIFY(m_brand.isValid() && m_clipper.isValid());
    qint64 version = 0;
    m_campaign = m_brand.createCampaign(Mutations::activatableFields(QStringLiteral("Night Market")), &version);
    QVERIFY(!m_campaign.isEmpty());
    QCOMPARE(SyncActor::status(m_brand.run(Mutations::setStatus(m_campaign, QStringLiteral("active"), version))), QStringLiteral("ok"));
    QVERIFY(!m_clipper.accept(m_brand.invite(m_campaign, m_clipper.id())).isEmpty());

    const QStringList x264{QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
    // Lossless, so that the file is large enough (tens of MB) to stop a download half-way.
    m_big = submitClip(QStringLiteral("Stall walk"), QStringLiteral("review-big.mp4"),
                       QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                   QStringLiteral("testsrc2=size=1280x720:rate=25:duration=6"), QStringLiteral("-c:v"),
                                   QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                   QStringLiteral("-qp"), QStringLiteral("0"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv444p")});
    m_fractal = submitClip(QStringLiteral("Lantern glow"), QStringLiteral("review-fractal.mp4"),
                           QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                       QStringLiteral("mandelbrot=size=320x240:rate=25")} + QStringList{QStringLiteral("-t"), QStringLiteral("2")} + x264);
    m_life = submitClip(QStringLiteral("Crowd timelapse"), QStringLiteral("review-life.mp4"),
                        QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                    QStringLiteral("life=size=320x240:rate=25:mold=10:ratio=0.5")} + QStringList{QStringLiteral("-t"), QStringLiteral("2")} + x264);
    QVERIFY(!m_big.id.isEmpty() && !m_fractal.id.isEmpty() && !m_life.id.isEmpty());
    QVERIFY(QFileInfo(m_big.path).size() > 16 * 1024 * 1024);
    QVERIFY(!m_fractal.thumbnailSha256.isEmpty());
}

std::unique_ptr<SyncDevice> TestSubmissions::brandDevice()
{
    return std::make_unique<SyncDevice>(m_dir.filePath(QStringLiteral("brand.cache")), m_brand.user(), m_server->baseUrl());
}

bool TestSubmissions::restartServer()
{
    if (m_server->isRunning())
        m_server->stop();
    m_server = std::make_unique<ServerProcess>(QStringList{}, m_dataDir);
    if (!m_server->start()) {
        qWarning() << m_server->errorString();
        return false;
    }
    m_api->setBaseUrl(m_server->baseUrl());
    return true;
}

std::unique_ptr<Ui::SubmissionsPage> TestSubmissions::openPage(const QList<Ui::PageEntry> &pages, const QString &id,
                                                               Ui::AppContext &context)
{
    for (const Ui::PageEntry &entry : pages) {
        if (entry.id == id) {
            auto *page = qobject_cast<Ui::SubmissionsPage *>(entry.create(context, nullptr));
            if (!page)
                return {};
            page->resize(1280, 800);
            page->show();
            return std::unique_ptr<Ui::SubmissionsPage>(page);
        }
    }
    return {};
}

void TestSubmissions::thumbnailsArriveInTheCache()
{
    // The brand's device and the clipper's device both fetch the thumbnails while syncing.
    auto brand = brandDevice();
    SyncDevice clipper(m_dir.filePath(QStringLiteral("clipper.cache")), m_clipper.user(), m_server->baseUrl());
    QVERIFY(brand->isValid() && clipper.isValid());
    QVERIFY(brand->waitUntilSynced());
    QVERIFY(clipper.waitUntilSynced());
    for (SyncDevice *device : {brand.get(), &clipper}) {
        Sync::ImageStore store(device->cache());
        for (const UploadedClip *clip : {&m_big, &m_fractal, &m_life}) {
            QTRY_VERIFY_WITH_TIMEOUT(store.image(clip->thumbnailSha256).value_or(std::nullopt).has_value(), 20'000);
            const QImage thumbnail = QImage::fromData(*store.image(clip->thumbnailSha256).value());
            QVERIFY(!thumbnail.isNull());
            QVERIFY(thumbnail.width() > thumbnail.height()); // a frame of the 4:3 or 16:9 video
        }
    }

    // The list's decoration is the real picture, not the placeholder.
    Ui::ClipListModel model(brand->cache());
    model.setScope(QStringLiteral("k.brand_id = ?"), {m_brand.id()});
    Ui::ClipDisplayProxy proxy(brand->cache());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(m_fractal.id);
    QVERIFY(row >= 0);
    const QPixmap decoration = proxy.index(row, Ui::ClipListModel::TitleColumn).data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!decoration.isNull());
    QVERIFY(decoration.toImage().pixelColor(1, 1) != QColor(0x2b, 0x2e, 0x33)); // the placeholder's background
    QVERIFY(proxy.index(row, Ui::ClipListModel::ClipperColumn).data().toString().startsWith(QLatin1String("reviewclipper")));
}

void TestSubmissions::offlineCopyIsByteIdentical()
{
    auto device = brandDevice();
    QVERIFY(device->waitUntilSynced());
    Sync::OfflineMediaDownloads downloads(device->cache(), device->api());
    QVERIFY(!downloads.makeAvailable(QStringLiteral("not-a-hash")));
    QVERIFY(downloads.makeAvailable(m_fractal.mediaSha256));
    QTRY_VERIFY_WITH_TIMEOUT(!downloads.localFile(m_fractal.mediaSha256).isEmpty(), 30'000);
    const QString local = downloads.localFile(m_fractal.mediaSha256);
    QCOMPARE(readFile(local), readFile(m_fractal.path));
    QCOMPARE(downloads.state(m_fractal.mediaSha256), QStringLiteral("ready"));
    QCOMPARE(downloads.progress(m_fractal.mediaSha256).httpStatus, 200);
    QVERIFY(!QFile::exists(Sync::OfflineMediaStore(device->cache()).partPath(m_fractal.mediaSha256)));

    // A file of another clip the brand cannot read fails with the server's reason.
    const QString unknown = QString(64, u'a');
    QVERIFY(downloads.makeAvailable(unknown));
    QTRY_COMPARE_WITH_TIMEOUT(downloads.state(unknown), QStringLiteral("failed"), 20'000);
    QVERIFY(!downloads.progress(unknown).message.isEmpty());
    QVERIFY(downloads.remove(unknown));
    QVERIFY(downloads.state(unknown).isEmpty());
}

void TestSubmissions::downloadResumesWithRangeAfterServerDiesAndAppRestarts()
{
    const QString sha = m_big.mediaSha256;
    QString part;
    {
        auto device = brandDevice();
        Sync::OfflineMediaDownloads downloads(device->cache(), device->api());
        // The server dies as soon as the first bytes are on disk.
        connect(&downloads, &Sync::OfflineMediaDownloads::changed, this, [&](const QString &changed) {
            if (changed == sha && downloads.progress(sha).bytesOnDisk > 0 && m_server->isRunning())
                m_server->kill();
        });
        QVERIFY(downloads.makeAvailable(sha));
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->isRunning(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!downloads.isRunning(sha), 30'000);
        part = Sync::OfflineMediaStore(device->cache()).partPath(sha);
    } // the app quits with the download unfinished
    QVERIFY(!part.isEmpty());
    const qint64 before = QFileInfo(part).size();
    const qint64 total = QFileInfo(m_big.path).size();
    QVERIFY2(before > 0 && before < total, qPrintable(QStringLiteral("%1 of %2").arg(before).arg(total)));

    QVERIFY(restartServer());
    auto device = brandDevice();
    Sync::OfflineMediaDownloads downloads(device->cache(), device->api());
    QCOMPARE(downloads.state(sha), QStringLiteral("downloading"));
    downloads.resumeAll();
    QTRY_VERIFY_WITH_TIMEOUT(!downloads.localFile(sha).isEmpty(), 60'000);
    const auto progress = downloads.progress(sha);
    QCOMPARE(progress.httpStatus, 206);
    QCOMPARE(progress.resumedFrom, before);
    QCOMPARE(progress.receivedThisRun, total - before); // nothing was downloaded twice
    QCOMPARE(readFile(downloads.localFile(sha)), readFile(m_big.path));
}

void TestSubmissions::cancelledDownloadContinuesFromItsPart()
{
    const QString sha = m_big.mediaSha256;
    auto device = brandDevice();
    Sync::OfflineMediaDownloads downloads(device->cache(), device->api());
    QVERIFY(downloads.remove(sha));
    bool cancelled = false;
    connect(&downloads, &Sync::OfflineMediaDownloads::changed, this, [&](const QString &changed) {
        if (changed == sha && !cancelled && downloads.progress(sha).bytesOnDisk > 0) {
            cancelled = true;
            downloads.cancel(sha);
        }
    });
    QVERIFY(downloads.makeAvailable(sha));
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30'000);
    QCOMPARE(downloads.state(sha), QStringLiteral("paused"));
    QVERIFY(!downloads.isRunning(sha));
    const qint64 before = QFileInfo(Sync::OfflineMediaStore(device->cache()).partPath(sha)).size();
    QVERIFY(before > 0 && before < QFileInfo(m_big.path).size());

    QVERIFY(downloads.makeAvailable(sha));
    QTRY_VERIFY_WITH_TIMEOUT(!downloads.localFile(sha).isEmpty(), 60'000);
    QCOMPARE(downloads.progress(sha).httpStatus, 206);
    QCOMPARE(downloads.progress(sha).resumedFrom, before);
    QCOMPARE(readFile(downloads.localFile(sha)), readFile(m_big.path));
}

void TestSubmissions::reviewWorksWithTheServerStopped()
{
    auto device = brandDevice();
    QVERIFY(device->waitUntilSynced());
    Sync::OfflineMediaDownloads downloads(device->cache(), device->api());
    device->context().offlineMedia = &downloads;
    auto page = openPage(Ui::brandPages(), QStringLiteral("brand.submissions"), device->context());
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 3);

    // Make both small clips available offline with a multi-selection and Ctrl+D.
    QVERIFY(page->selectClip(m_life.id));
    page->view()->selectionModel()->select(page->view()->model()->index(page->model()->rowOf(m_fractal.id), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy resets(page->view()->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(page.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!downloads.localFile(m_life.mediaSha256).isEmpty() && !downloads.localFile(m_fractal.mediaSha256).isEmpty(),
                             30'000);
    QTRY_COMPARE(page->model()->index(page->model()->rowOf(m_life.id), Ui::ClipListModel::OfflineColumn).data().toString(),
                 QStringLiteral("Offline"));
    // The list reloaded as the downloads finished; both clips are still selected, the current one too.
    QVERIFY(!resets.isEmpty());
    QStringList selected;
    for (const QModelIndex &row : page->view()->selectionModel()->selectedRows())
        selected.append(row.data(Ui::ClipListModel::IdRole).toString());
    selected.sort();
    QStringList expected{m_life.id, m_fractal.id};
    expected.sort();
    QCOMPARE(selected, expected);
    QCOMPARE(page->details()->clipId(), m_life.id);
    saveScreenshot(*page, QStringLiteral("submissions-online.png"));

    QVERIFY(m_server->stop());
    device->engine().syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!device->engine().isOnline(), 20'000);

    // Offline: the list is still there and the player gets the local copy.
    QVERIFY(page->selectClip(m_fractal.id));
    Ui::ClipPlayerPane *player = page->details()->player();
    QCOMPARE(player->source(), QUrl::fromLocalFile(downloads.localFile(m_fractal.mediaSha256)));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_A);
    QCOMPARE(pendingNames(device->outbox()), QStringList{QStringLiteral("clip.review")});
    QTRY_COMPARE(page->model()->rowOf(m_fractal.id), -1); // it left "Awaiting review"

    // Reject needs feedback: R with none says so; typed feedback and Ctrl+Enter sends it.
    QVERIFY(page->selectClip(m_life.id));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_R);
    auto *banner = page->findChild<Ui::MessageBanner *>();
    QVERIFY(banner && banner->kind() == Ui::MessageBanner::Kind::Error);
    auto *feedback = page->details()->findChild<QPlainTextEdit *>(QStringLiteral("feedbackEdit"));
    QVERIFY(feedback->hasFocus());
    QTest::keyClicks(feedback, QStringLiteral("Show the lanterns in the first second."));
    saveScreenshot(*page, QStringLiteral("submissions-offline-reject.png"));
    QTest::keyClick(feedback, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(pendingNames(device->outbox()), QStringList({QStringLiteral("clip.review"), QStringLiteral("clip.review")}));

    // The status filter shows the reviewed ones, offline too.
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QString()));
    QVERIFY(page->selectClip(m_fractal.id));
    QCOMPARE(page->details()->player()->source(), QUrl::fromLocalFile(downloads.localFile(m_fractal.mediaSha256)));
    saveScreenshot(*page, QStringLiteral("submissions-offline-all.png"));

    // Back online, both reviews reach the server.
    QVERIFY(restartServer());
    device->setServer(m_server->baseUrl());
    QVERIFY(device->waitUntilSynced());
    const QMap<QString, QJsonObject> clips = m_api->pullAll(m_brand.token()).entityRows(QStringLiteral("clip"));
    QCOMPARE(clips.value(m_fractal.id).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(clips.value(m_life.id).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(clips.value(m_life.id).value(QStringLiteral("review_feedback")).toString(),
             QStringLiteral("Show the lanterns in the first second."));
    device->context().offlineMedia = nullptr;
}

void TestSubmissions::adminSeesEverySubmission()
{
    const TestUser admin = m_api->createAdmin(*m_server, {}, QStringLiteral("reviewadmin"));
    QVERIFY(admin.isValid());
    SyncDevice device(m_dir.filePath(QStringLiteral("admin.cache")), admin, m_server->baseUrl());
    QVERIFY(device.waitUntilSynced());
    auto page = openPage(Ui::adminPages(), QStringLiteral("admin.submissions"), device.context());
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    // Only the big clip still waits; every status shows all three.
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowAt(0).value(QStringLiteral("id")).toString(), m_big.id);
    QVERIFY(page->details()->player()->placeholder().contains(QStringLiteral("offline")));
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QString()));
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->campaignFilter()->findText(QStringLiteral("Night Market")) > 0);
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("published")));
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(page->findChild<QLabel *>() != nullptr);
    saveScreenshot(*page, QStringLiteral("submissions-admin-empty-filter.png"));
}

QTEST_MAIN(TestSubmissions)
#include "tst_submissions.moc"
