// Clip uploads from the UI against the real server. The duplicate warning: a draft meant for a
// campaign gets its video hashed and fingerprinted locally, the server says whether it
// duplicates a clip already submitted there, and the clipper sees "This video looks like a clip
// already submitted to …" with Upload anyway / Cancel; Cancel queues nothing; offline, the check
// says it could not be done and the upload goes on. The editor's export: what the clip editor
// exports for a reviewed clip becomes a new version (clip.new_version) whose upload is queued,
// and the reviewed clip stays as the reviewer saw it.
#include "clips/clipdetailsform.h"
#include "clips/clipexportlink.h"
#include "clips/clipuploadpanel.h"
#include "clips/myclipspage.h"
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

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestClipUploadFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void warnsAndCancelQueuesNothing();
    void uploadAnywayAndUnrelatedVideosGoUp();
    void offlineSaysTheCheckCouldNotBeDone();
    void exportOfAReviewedClipMakesANewVersion();
    void submitWarnsBeforeADuplicate();

private:
    QString createDraft(const QString &title);
    // A clip with the video at `path`, uploaded and submitted to the campaign: {id, version,
    // media_sha256}, or null (after a failed QVERIFY-able step, with a warning).
    QJsonValue submitClip(const QString &title, const QString &path);
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
    QString m_reviewed;       // a clip the brand rejected
    QString m_reviewedVideo;  // its local source
    QString m_reviewedSha;
    std::unique_ptr<LiveCache> m_live;
    std::unique_ptr<Net::ApiClient> m_net;
    std::unique_ptr<Sync::ClipUploadQueue> m_uploads;
};

QString TestClipUploadFlow::video(const QString &name, const QStringList &args)
{
    QStringList all = args;
    all << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p");
    return TestMedia::generate(name, all);
}

QString TestClipUploadFlow::createDraft(const QString &title)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject result = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.create"),
        {{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), m_campaign},
         {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("platform"), QStringLiteral("tiktok")}}}}));
    return SyncActor::status(result) == u"ok" ? id : QString();
}

QJsonValue TestClipUploadFlow::submitClip(const QString &title, const QString &path)
{
    const QString id = createDraft(title);
    const QString sha = uploadReadyVideo(m_server->port(), m_server->baseUrl(), m_clipper.token(), path);
    if (id.isEmpty() || sha.isEmpty())
        return {};
    const QJsonObject attached = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), id}, {QStringLiteral("media_sha256"), sha}}));
    const QJsonObject submitted = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.submit"), {{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), m_campaign}}));
    if (SyncActor::status(attached) != u"ok" || SyncActor::payload(submitted).value(QStringLiteral("status")).toString() != u"submitted") {
        qWarning() << "cannot submit" << title << attached << submitted;
        return {};
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), SyncActor::payload(submitted).value(QStringLiteral("version"))},
                       {QStringLiteral("media_sha256"), sha}};
}

void TestClipUploadFlow::initTestCase()
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
    QVERIFY(submitClip(QStringLiteral("Boss fight"), m_original).isObject());

    // A clip the brand has reviewed (rejected), from an unrelated video.
    m_reviewedVideo = video(QStringLiteral("dupwarn-reviewed.mp4"),
                            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("cellauto=s=320x240:r=25:rule=110"), QStringLiteral("-t"), QStringLiteral("6")});
    QVERIFY(!m_reviewedVideo.isEmpty());
    const QJsonObject sent = submitClip(QStringLiteral("Combo breaker"), m_reviewedVideo).toObject();
    QVERIFY(!sent.isEmpty());
    m_reviewed = sent.value(QStringLiteral("id")).toString();
    m_reviewedSha = sent.value(QStringLiteral("media_sha256")).toString();
    const QJsonObject reviewed = m_brand.run(TestApiClient::mutation(
        QStringLiteral("clip.review"),
        {{QStringLiteral("id"), m_reviewed}, {QStringLiteral("decision"), QStringLiteral("reject")},
         {QStringLiteral("feedback"), QStringLiteral("Cut the intro")}},
        sent.value(QStringLiteral("version")).toInteger()));
    QCOMPARE(SyncActor::payload(reviewed).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

    m_live = std::make_unique<LiveCache>(*m_api, m_clipper.user());
    QVERIFY(m_live->isValid());
    m_net = std::make_unique<Net::ApiClient>();
    m_net->setBaseUrl(m_server->baseUrl());
    m_net->setToken(m_clipper.token());
    m_uploads = std::make_unique<Sync::ClipUploadQueue>(*m_live->context().cache, *m_live->context().mutations, *m_net);
}

std::unique_ptr<Ui::ClipUploadPanel> TestClipUploadFlow::openPanel(const QString &clipId, Sync::ClipUploadQueue &uploads)
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

qint64 TestClipUploadFlow::rememberedUploads()
{
    auto count = m_live->cache().database().exec(QStringLiteral("SELECT COUNT(*) FROM clip_uploads"));
    return count && count->next() ? count->value(0).toLongLong() : -1;
}

void TestClipUploadFlow::warnsAndCancelQueuesNothing()
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

void TestClipUploadFlow::uploadAnywayAndUnrelatedVideosGoUp()
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

void TestClipUploadFlow::offlineSaysTheCheckCouldNotBeDone()
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

void TestClipUploadFlow::exportOfAReviewedClipMakesANewVersion()
{
    QStandardPaths::setTestModeEnabled(true); // MyClipsPage remembers local files in QSettings
    QVERIFY(m_live->pull());
    auto before = m_live->context().cache->row(Sync::Entity::Clip, m_reviewed);
    QVERIFY(before && *before);
    m_live->context().uploads = m_uploads.get();
    const auto restore = qScopeGuard([this] { m_live->context().uploads = nullptr; });
    Ui::MyClipsPage page(m_live->context());
    page.resize(1280, 800);
    page.show();
    QVERIFY(page.selectClip(m_reviewed));
    Ui::MyClipsPage::rememberLocalFile(m_reviewed, m_reviewedVideo);
    page.editSelected();
    // The editor is the media plugin's ClipEditorWidget (its export is driven in tst_clipeditor);
    // here it announces a finished export, a 4 s cut of the reviewed video, as it does when its
    // export dialog closes after writing the file.
    QPointer<QWidget> editor = page.editor();
    QVERIFY(editor);
    QCOMPARE(QByteArray(editor->metaObject()->className()), QByteArrayLiteral("ClipDesk::Ui::ClipEditorWidget"));
    QPointer<QMessageBox> question;
    connect(page.exportLink(), &Ui::ClipExportLink::questionOpened, this, [&question](QMessageBox *box) { question = box; });
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("combo-breaker-cut.mp4"));
    QCOMPARE(QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                                                          QStringLiteral("-i"), m_reviewedVideo, QStringLiteral("-t"),
                                                          QStringLiteral("4"), QStringLiteral("-c"), QStringLiteral("copy"), exported}),
             0);
    QVERIFY(QMetaObject::invokeMethod(editor.data(), "exported", Qt::DirectConnection, Q_ARG(QString, exported)));
    QTRY_VERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("new version")), qPrintable(question->text()));
    question->resize(560, 180);
    saveScreenshot(*question, QStringLiteral("export-to-new-version-question.png"));
    QSignalSpy decided(page.uploadPanel()->duplicateGuard(), &Ui::UploadDuplicateGuard::decided);
    question->findChild<QPushButton *>(QStringLiteral("useExportButton"))->click();

    // A new version (a draft) gets the exported file; its upload is queued after the duplicate check.
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 60'000);
    QCOMPARE(decided.first().at(2).toBool(), true);
    const QString next = decided.first().at(0).toString();
    QVERIFY(next != m_reviewed);
    QCOMPARE(decided.first().at(1).toString(), exported);
    QVERIFY(m_live->pendingNames().contains(QStringLiteral("clip.new_version")));
    auto row = m_live->context().cache->row(Sync::Entity::Clip, next);
    QVERIFY(row && *row);
    QCOMPARE((**row).value(QStringLiteral("previous_clip_id")).toString(), m_reviewed);
    QCOMPARE((**row).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QVERIFY(m_uploads->contains(next));
    QCOMPARE(page.details()->clipId(), next);
    QTRY_COMPARE_WITH_TIMEOUT(m_uploads->progress(next).phase, Sync::ClipUploadQueue::Phase::Attached, 60'000);
    saveScreenshot(page, QStringLiteral("export-new-version-uploaded.png"));

    // On the server: the new version has the exported video; the reviewed clip is untouched.
    QVERIFY(m_live->sync());
    const QString exportedSha = QString::fromLatin1(TusKit::sha256Hex(readFile(exported)));
    row = m_live->context().cache->row(Sync::Entity::Clip, next);
    QVERIFY(row && *row);
    QCOMPARE((**row).value(QStringLiteral("media_sha256")).toString(), exportedSha);
    QCOMPARE((**row).value(QStringLiteral("version_number")).toInt(), 2);
    auto after = m_live->context().cache->row(Sync::Entity::Clip, m_reviewed);
    QVERIFY(after && *after);
    QCOMPARE(**after, **before);
    QCOMPARE((**after).value(QStringLiteral("media_sha256")).toString(), m_reviewedSha);
    editor->close();
}

void TestClipUploadFlow::submitWarnsBeforeADuplicate()
{
    // A draft with no target campaign gets the re-cut video; the warning comes at submission.
    const QString clip = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(SyncActor::status(m_clipper.run(TestApiClient::mutation(
                 QStringLiteral("clip.create"),
                 {{QStringLiteral("id"), clip},
                  {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Untargeted re-cut")},
                                                         {QStringLiteral("platform"), QStringLiteral("tiktok")}}}}))),
             QStringLiteral("ok"));
    const QString sha = uploadReadyVideo(m_server->port(), m_server->baseUrl(), m_clipper.token(), m_variant);
    QVERIFY(!sha.isEmpty());
    QCOMPARE(SyncActor::status(m_clipper.run(TestApiClient::mutation(
                 QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), clip}, {QStringLiteral("media_sha256"), sha}}))),
             QStringLiteral("ok"));
    QVERIFY(m_live->pull());
    m_live->context().uploads = m_uploads.get();
    const auto restore = qScopeGuard([this] { m_live->context().uploads = nullptr; });
    Ui::MyClipsPage page(m_live->context());
    page.resize(1280, 800);
    page.show();
    QVERIFY(page.selectClip(clip));
    Ui::ClipDetailsForm *form = page.details();
    auto *campaigns = form->findChild<QComboBox *>(QStringLiteral("campaignBox"));
    campaigns->setCurrentIndex(campaigns->findData(m_campaign));
    auto *submit = form->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(submit->isEnabled());
    QPointer<QMessageBox> warning;
    connect(form->duplicateGuard(), &Ui::UploadDuplicateGuard::warningOpened, this, [&warning](QMessageBox *box) { warning = box; });
    const QStringList pendingBefore = m_live->pendingNames();

    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(warning, 60'000);
    QVERIFY2(warning->text().contains(QStringLiteral("already submitted to “Arcade Rush”")), qPrintable(warning->text()));
    warning->findChild<QPushButton *>(QStringLiteral("cancelUploadButton"))->click();
    QTRY_COMPARE(form->errorText(), QStringLiteral("Not submitted."));
    QCOMPARE(m_live->pendingNames(), pendingBefore);
    saveScreenshot(page, QStringLiteral("submit-duplicate-cancelled.png"));

    warning.clear();
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(warning, 60'000);
    QCOMPARE(warning->findChild<QPushButton *>(QStringLiteral("uploadAnywayButton"))->text(), QStringLiteral("Submit anyway"));
    warning->findChild<QPushButton *>(QStringLiteral("uploadAnywayButton"))->click();
    QTRY_COMPARE(m_live->pendingNames().size(), pendingBefore.size() + 1);
    QCOMPARE(m_live->pendingNames().last(), QStringLiteral("clip.submit"));
    // The server has the last word: it rejects the duplicate at once.
    QVERIFY(m_live->sync());
    auto row = m_live->context().cache->row(Sync::Entity::Clip, clip);
    QVERIFY(row && *row);
    QCOMPARE((**row).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

QTEST_MAIN(TestClipUploadFlow)
#include "tst_clipuploadflow.moc"
