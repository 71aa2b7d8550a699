// The duplicate warning before an upload: a draft meant for a campaign gets its video hashed
// and fingerprinted locally, the real server says whether it duplicates a clip already
// submitted there, and the clipper sees "This video looks like a clip already submitted to …"
// with Upload anyway / Cancel. Cancel queues nothing; offline, the check says it could not be
// done and the upload goes on.
#include "clips/clipuploadpanel.h"
#include "clips/uploadduplicateguard.h"
#include "livecache.h"
#include "mutations.h"
#include "net/apiclient.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "sync/changeset.h"
#include "sync/clipuploadqueue.h"
#include "syncactor.h"
#include "testmedia.h"
#include "tuskit.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QUuid>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestUploadDuplicates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void warnsAndCancelQueuesNothing();
    void uploadAnywayAndUnrelatedVideosGoUp();
    void offlineSaysTheCheckCouldNotBeDone();

private:
    QString createDraft(const QString &title);
    QString video(const QString &name, const QStringList &args);
    // The panel showing `clipId`, over the live cache, with `uploads` as the context's queue.
    std::unique_ptr<Ui::ClipUploadPanel> openPanel(const QString &clipId, Sync::ClipUploadQueue &uploads);
    qint64 rememberedUploads();

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    SyncActor m_brand;
    SyncActor m_clipper;
    QString m_campaign;
    QString m_original;
    QString m_variant;
    QString m_unrelated;
    std::unique_ptr<LiveCache> m_live;
    std::unique_ptr<Net::ApiClient> m_net;
    std::unique_ptr<Sync::ClipUploadQueue> m_uploads;
};

QString TestUploadDuplicates::video(const QString &name, const QStringList &args)
{
    QStringList all = args;
    all << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p");
    return TestMedia::generate(name, all);
}

QString TestUploadDuplicates::createDraft(const QString &title)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject result = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.create"),
        {{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), m_campaign},
         {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("platform"), QStringLiteral("tiktok")}}}}));
    return SyncActor::status(result) == u"ok" ? id : QString();
}

void TestUploadDuplicates::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    m_brand = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("brand"), QStringLiteral("acme")));
    m_clipper = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter")));
    QVERIFY(m_brand.isValid() && m_clipper.isValid());
    qint64 version = 0;
    m_campaign = m_brand.createCampaign(Mutations::activatableFields(QStringLiteral("Arcade Rush")), &version);
    QVERIFY(!m_campaign.isEmpty());
    QCOMPARE(SyncActor::status(m_brand.run(Mutations::setStatus(m_campaign, QStringLiteral("active"), version))),
             QStringLiteral("ok"));
    const QString offer = m_brand.invite(m_campaign, m_clipper.id());
    QVERIFY(!offer.isEmpty() && !m_clipper.accept(offer).isEmpty());

    // The clip already on the campaign, uploaded (the server fingerprints it) and submitted.
    m_original = video(QStringLiteral("dupwarn-original.mp4"),
                       {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=320x240:rate=25:duration=10")});
    m_variant = video(QStringLiteral("dupwarn-variant.mp4"),
                      {QStringLiteral("-ss"), QStringLiteral("2"), QStringLiteral("-i"), m_original, QStringLiteral("-t"),
                       QStringLiteral("6"), QStringLiteral("-vf"), QStringLiteral("scale=240:180"), QStringLiteral("-crf"),
                       QStringLiteral("32")});
    m_unrelated = video(QStringLiteral("dupwarn-unrelated.mp4"),
                        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                         QStringLiteral("mandelbrot=size=320x240:rate=25"), QStringLiteral("-t"), QStringLiteral("6")});
    QVERIFY(!m_original.isEmpty() && !m_variant.isEmpty() && !m_unrelated.isEmpty());
    const QString submitted = createDraft(QStringLiteral("Boss fight"));
    const QString sha = uploadReadyVideo(m_server->port(), m_server->baseUrl(), m_clipper.token(), m_original);
    QVERIFY(!submitted.isEmpty() && !sha.isEmpty());
    QCOMPARE(SyncActor::status(m_clipper.run(TestApiClient::mutation(
                 QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), submitted}, {QStringLiteral("media_sha256"), sha}}))),
             QStringLiteral("ok"));
    const QJsonObject result = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.submit"), {{QStringLiteral("id"), submitted}, {QStringLiteral("campaign_id"), m_campaign}}));
    QCOMPARE(SyncActor::payload(result).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

    m_live = std::make_unique<LiveCache>(*m_api, m_clipper.user());
    QVERIFY(m_live->isValid());
    m_net = std::make_unique<Net::ApiClient>();
    m_net->setBaseUrl(m_server->baseUrl());
    m_net->setToken(m_clipper.token());
    m_uploads = std::make_unique<Sync::ClipUploadQueue>(*m_live->context().cache, *m_live->context().mutations, *m_net);
}

std::unique_ptr<Ui::ClipUploadPanel> TestUploadDuplicates::openPanel(const QString &clipId, Sync::ClipUploadQueue &uploads)
{
    if (!m_live->pull())
        return {};
    m_live->context().uploads = &uploads;
    auto panel = std::make_unique<Ui::ClipUploadPanel>(m_live->context());
    auto row = m_live->context().cache->row(Sync::Entity::Clip, clipId);
    if (!row || !*row)
        return {};
    panel->setClip(**row);
    panel->resize(640, 160);
    panel->show();
    return panel;
}

qint64 TestUploadDuplicates::rememberedUploads()
{
    auto count = m_live->cache().database().exec(QStringLiteral("SELECT COUNT(*) FROM clip_uploads"));
    return count && count->next() ? count->value(0).toLongLong() : -1;
}

void TestUploadDuplicates::warnsAndCancelQueuesNothing()
{
    const QString clip = createDraft(QStringLiteral("Boss fight, re-cut"));
    QVERIFY(!clip.isEmpty());
    auto panel = openPanel(clip, *m_uploads);
    QVERIFY(panel);
    const auto restore = qScopeGuard([this] { m_live->context().uploads = nullptr; });
    const qint64 pendingBefore = m_live->pendingCount();
    QPointer<QMessageBox> warning;
    connect(panel->duplicateGuard(), &Ui::UploadDuplicateGuard::warningOpened, this, [&warning](QMessageBox *box) { warning = box; });
    QSignalSpy decided(panel->duplicateGuard(), &Ui::UploadDuplicateGuard::decided);

    QVERIFY(panel->uploadFile(m_variant));
    QVERIFY(panel->duplicateGuard()->isChecking());
    QVERIFY(!panel->uploadButton()->isEnabled()); // one check or upload at a time
    QTRY_VERIFY_WITH_TIMEOUT(warning, 60'000);
    QVERIFY2(warning->text().contains(QStringLiteral("already submitted to “Arcade Rush”")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("“Boss fight”")), qPrintable(warning->text())); // the clipper's own clip
    QVERIFY2(warning->informativeText().contains(QStringLiteral("% alike")), qPrintable(warning->informativeText()));
    warning->resize(560, 200);
    saveScreenshot(*warning, QStringLiteral("upload-duplicate-warning.png"));

    warning->findChild<QPushButton *>(QStringLiteral("cancelUploadButton"))->click();
    QTRY_COMPARE(decided.size(), 1);
    QCOMPARE(decided.first().at(2).toBool(), false);
    QVERIFY(!m_uploads->contains(clip));
    QCOMPARE(rememberedUploads(), 0);
    QCOMPARE(m_live->pendingCount(), pendingBefore);
    QVERIFY2(panel->statusText().contains(QStringLiteral("nothing was sent")), qPrintable(panel->statusText()));
    QVERIFY(panel->uploadButton()->isEnabled());
    saveScreenshot(*panel, QStringLiteral("upload-duplicate-cancelled.png"));
}

void TestUploadDuplicates::uploadAnywayAndUnrelatedVideosGoUp()
{
    const QString unrelated = createDraft(QStringLiteral("Speedrun"));
    const QString anyway = createDraft(QStringLiteral("Boss fight, again"));
    QVERIFY(!unrelated.isEmpty() && !anyway.isEmpty());
    auto panel = openPanel(unrelated, *m_uploads);
    QVERIFY(panel);
    const auto restore = qScopeGuard([this] { m_live->context().uploads = nullptr; });
    QPointer<QMessageBox> warning;
    connect(panel->duplicateGuard(), &Ui::UploadDuplicateGuard::warningOpened, this, [&warning](QMessageBox *box) { warning = box; });
    QSignalSpy decided(panel->duplicateGuard(), &Ui::UploadDuplicateGuard::decided);

    // No duplicate: no warning, the upload starts.
    QVERIFY(panel->uploadFile(m_unrelated));
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 60'000);
    QVERIFY(!warning);
    QVERIFY(m_uploads->contains(unrelated));
    QVERIFY2(panel->statusText().contains(QStringLiteral("No duplicate found")), qPrintable(panel->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_uploads->progress(unrelated).phase, Sync::ClipUploadQueue::Phase::Attached, 60'000);

    // A duplicate the clipper uploads anyway.
    auto row = m_live->context().cache->row(Sync::Entity::Clip, anyway);
    QVERIFY(row && *row);
    panel->setClip(**row);
    QVERIFY(panel->uploadFile(m_variant));
    QTRY_VERIFY_WITH_TIMEOUT(warning, 60'000);
    warning->findChild<QPushButton *>(QStringLiteral("uploadAnywayButton"))->click();
    QTRY_COMPARE(decided.size(), 2);
    QCOMPARE(decided.last().at(2).toBool(), true);
    QVERIFY(m_uploads->contains(anyway));
    m_uploads->cancel(anyway);
}

void TestUploadDuplicates::offlineSaysTheCheckCouldNotBeDone()
{
    const QString clip = createDraft(QStringLiteral("Offline cut"));
    QVERIFY(!clip.isEmpty());
    Net::ApiClient offline;
    offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    offline.setToken(m_clipper.token());
    Sync::ClipUploadQueue uploads(*m_live->context().cache, *m_live->context().mutations, offline);
    auto panel = openPanel(clip, uploads);
    QVERIFY(panel);
    const auto restore = qScopeGuard([this] { m_live->context().uploads = nullptr; });
    QSignalSpy decided(panel->duplicateGuard(), &Ui::UploadDuplicateGuard::decided);
    QVERIFY(panel->uploadFile(m_variant));
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 60'000);
    QCOMPARE(decided.first().at(2).toBool(), true);
    QVERIFY2(panel->statusText().contains(QStringLiteral("could not be done")), qPrintable(panel->statusText()));
    saveScreenshot(*panel, QStringLiteral("upload-duplicate-offline.png"));
    uploads.cancel(clip);
}

QTEST_MAIN(TestUploadDuplicates)
#include "tst_uploadduplicates.moc"
