// The clipper's My clips page over a real cache filled from a real server: clips are listed
// with campaign and status, edits queue clip.update (and reach the server), rule errors show
// inline, submitting checks the campaign's rules (media, hashtags, disclosure, blacklist,
// submission limit) before queueing clip.submit, and Delete asks first and only for drafts.
#include "clipper/clipperpages.h"
#include "clips/clipdetailsform.h"
#include "clips/clipdisplayproxy.h"
#include "clips/myclipspage.h"
#include "livecache.h"
#include "models/cliplistmodel.h"
#include "mutations.h"
#include "serverprocess.h"
#include "syncactor.h"
#include "clips/clipuploadpanel.h"
#include "net/apiclient.h"
#include "sync/changeset.h"
#include "sync/clipuploadqueue.h"
#include "testmedia.h"
#include "jsonapiclient.h"
#include "tuskit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;


class TestMyClips final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsClipsFromTheCache();
    void editQueuesUpdate();
    void submitShowsRulesThenQueues();
    void uploadPanelUploadsAndAttachesTheVideo();
    void deleteOnlyDraftsAndAsksFirst();
    void editorComesFromThePluginOnFirstUse();

private:
    QString createClip(const QJsonObject &fields);
    bool uploadAndAttach(const QString &clipId, const QString &videoName, const QString &source);
    std::unique_ptr<Ui::MyClipsPage> openPage();
    static int rowOf(QAbstractItemModel *model, const QString &title);
    // A small H.264 test pattern video of `seconds`, made by ffmpeg.
    static QString testVideo(const QString &fileName, int seconds);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    SyncActor m_brand;
    SyncActor m_clipper;
    QString m_campaign;
    QString m_bossFight;
    QString m_speedrun;
    std::unique_ptr<LiveCache> m_live;
};

QString TestMyClips::testVideo(const QString &fileName, int seconds)
{
    return TestMedia::generate(fileName, {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                          QStringLiteral("testsrc2=size=320x240:rate=25:duration=%1").arg(seconds),
                                          QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                          QStringLiteral("yuv420p")});
}

QString TestMyClips::createClip(const QJsonObject &fields)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject result = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.create"), {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}}));
    return SyncActor::status(result) == u"ok" ? id : QString();
}

// Uploads a small generated video over tus and attaches it on the server once probed.
bool TestMyClips::uploadAndAttach(const QString &clipId, const QString &videoName, const QString &source)
{
    const QString path = TestMedia::generate(videoName, {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                         source, QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                                         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
    const QString sha = uploadReadyVideo(m_server->port(), m_server->baseUrl(), m_clipper.token(), path);
    if (sha.isEmpty())
        return false;
    const QJsonObject result = m_clipper.run(TestApiClient::mutation(
        QStringLiteral("clip.attach_media"), {{QStringLiteral("id"), clipId}, {QStringLiteral("media_sha256"), sha}}));
    return SyncActor::status(result) == u"ok";
}

void TestMyClips::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    m_brand = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("brand"), QStringLiteral("acme")));
    m_clipper = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter")));
    QVERIFY(m_brand.isValid() && m_clipper.isValid());

    QJsonObject fields = Mutations::activatableFields(QStringLiteral("Arcade Rush"));
    fields.insert(QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("#arcaderush")});
    fields.insert(QStringLiteral("disclosure_text"), QStringLiteral("#ad"));
    fields.insert(QStringLiteral("blacklisted_hashtags"), QJsonArray{QStringLiteral("#spam")});
    fields.insert(QStringLiteral("submission_limit_per_clipper"), 1);
    qint64 version = 0;
    m_campaign = m_brand.createCampaign(fields, &version);
    QVERIFY(!m_campaign.isEmpty());
    QCOMPARE(SyncActor::status(m_brand.run(Mutations::setStatus(m_campaign, QStringLiteral("active"), version))),
             QStringLiteral("ok"));
    const QString offer = m_brand.invite(m_campaign, m_clipper.id());
    QVERIFY(!offer.isEmpty());
    QVERIFY(!m_clipper.accept(offer).isEmpty());

    m_bossFight = createClip({{QStringLiteral("title"), QStringLiteral("Boss fight")},
                              {QStringLiteral("platform"), QStringLiteral("tiktok")}});
    m_speedrun = createClip({{QStringLiteral("title"), QStringLiteral("Speedrun")},
                             {QStringLiteral("caption"), QStringLiteral("Fastest run #ad")},
                             {QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#arcaderush")}},
                             {QStringLiteral("platform"), QStringLiteral("youtube_shorts")}});
    QVERIFY(!m_bossFight.isEmpty() && !m_speedrun.isEmpty());
    QVERIFY(uploadAndAttach(m_speedrun, QStringLiteral("myclips-speedrun.mp4"),
                            QStringLiteral("testsrc2=size=320x240:rate=25:duration=2")));

    m_live = std::make_unique<LiveCache>(*m_api, m_clipper.user());
    QVERIFY(m_live->isValid());
    QVERIFY(m_live->pull());
}

std::unique_ptr<Ui::MyClipsPage> TestMyClips::openPage()
{
    for (const Ui::PageEntry &entry : Ui::clipperPages()) {
        if (entry.id == u"clipper.clips") {
            auto *page = qobject_cast<Ui::MyClipsPage *>(entry.create(m_live->context(), nullptr));
            if (!page)
                return {};
            page->resize(1280, 800);
            page->show();
            return std::unique_ptr<Ui::MyClipsPage>(page);
        }
    }
    return {};
}

int TestMyClips::rowOf(QAbstractItemModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, Ui::ClipListModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

void TestMyClips::listsClipsFromTheCache()
{
    auto page = openPage();
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel *shown = page->view()->model();
    QCOMPARE(shown->rowCount(), 2);
    const int boss = rowOf(shown, QStringLiteral("Boss fight"));
    QVERIFY(boss >= 0);
    QCOMPARE(shown->index(boss, Ui::ClipListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(shown->index(boss, Ui::ClipListModel::StatusColumn).data(Ui::ClipDisplayProxy::ChipRole).toString(),
             QStringLiteral("draft"));
    QVERIFY(!shown->index(boss, Ui::ClipListModel::TitleColumn).data(Qt::DecorationRole).value<QPixmap>().isNull());
    QCOMPARE(Ui::ClipDisplayProxy::chipKey(QStringLiteral("approved")), QStringLiteral("active"));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("deleteClipButton"))->toolTip().contains(QStringLiteral("Del")));
    QVERIFY(page->selectClip(m_speedrun));
    QCOMPARE(page->details()->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), QStringLiteral("Speedrun"));
    QCOMPARE(page->details()->findChild<QComboBox *>(QStringLiteral("campaignBox"))->currentText(),
             QStringLiteral("Arcade Rush"));
    saveScreenshot(*page, QStringLiteral("myclips-list.png"));
}

void TestMyClips::editQueuesUpdate()
{
    auto page = openPage();
    QVERIFY(page && page->selectClip(m_bossFight));
    Ui::ClipDetailsForm *form = page->details();
    auto *title = form->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *hashtags = form->findChild<QLineEdit *>(QStringLiteral("hashtagsEdit"));
    auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));

    // A rule error shows inline and queues nothing.
    title->setText(QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(form->errorText().contains(QStringLiteral("title")), qPrintable(form->errorText()));
    QCOMPARE(m_live->pendingCount(), 0);

    title->setText(QStringLiteral("Boss fight (final)"));
    hashtags->setText(QStringLiteral("ArcadeRush, #boss"));
    form->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))->setPlainText(QStringLiteral("The last boss #ad"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
    QCOMPARE(m_live->pendingNames(), QStringList{QStringLiteral("clip.update")});
    // Predicted at once, in the list and the form.
    QVERIFY(rowOf(page->view()->model(), QStringLiteral("Boss fight (final)")) >= 0);
    QCOMPARE(hashtags->text(), QStringLiteral("#arcaderush #boss"));
    // ... and the server takes it.
    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0);
    QVERIFY(rowOf(page->view()->model(), QStringLiteral("Boss fight (final)")) >= 0);
}

void TestMyClips::submitShowsRulesThenQueues()
{
    auto page = openPage();
    QVERIFY(page && page->selectClip(m_bossFight));
    Ui::ClipDetailsForm *form = page->details();
    auto *submit = form->findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *hashtags = form->findChild<QLineEdit *>(QStringLiteral("hashtagsEdit"));
    auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(submit->isEnabled());

    // No video yet.
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY2(form->errorText().contains(QStringLiteral("video")), qPrintable(form->errorText()));
    QCOMPARE(m_live->pendingCount(), 0);

    // With a video (uploaded and attached on the server, then pulled) the tag rules speak.
    QVERIFY(uploadAndAttach(m_bossFight, QStringLiteral("myclips-boss.mp4"),
                            QStringLiteral("mandelbrot=size=320x240:rate=25,trim=duration=2")));
    QVERIFY(m_live->pull());
    QVERIFY(page->selectClip(m_bossFight));
    hashtags->setText(QStringLiteral("#boss"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY2(form->errorText().contains(QStringLiteral("#arcaderush")), qPrintable(form->errorText()));
    hashtags->setText(QStringLiteral("#arcaderush #spam"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY2(form->errorText().contains(QStringLiteral("#spam")), qPrintable(form->errorText()));
    saveScreenshot(*page, QStringLiteral("myclips-rule-error.png"));

    hashtags->setText(QStringLiteral("#arcaderush"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
    QCOMPARE(m_live->pendingNames().last(), QStringLiteral("clip.submit"));
    QAbstractItemModel *shown = page->view()->model();
    const int row = page->model()->rowOf(m_bossFight);
    QCOMPARE(shown->index(row, Ui::ClipListModel::StatusColumn).data().toString(), QStringLiteral("Submitted"));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("deleteClipButton"))->isEnabled());
    QVERIFY(!submit->isEnabled());

    // The campaign takes one clip per clipper.
    QVERIFY(page->selectClip(m_speedrun));
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY2(form->errorText().contains(QStringLiteral("limit")), qPrintable(form->errorText()));
    QCOMPARE(m_live->pendingNames().count(QStringLiteral("clip.submit")), 1);
    saveScreenshot(*page, QStringLiteral("myclips-submitted.png"));
}

void TestMyClips::uploadPanelUploadsAndAttachesTheVideo()
{
    const QString clip = createClip({{QStringLiteral("title"), QStringLiteral("Final boss")}});
    QVERIFY(!clip.isEmpty());
    QVERIFY(m_live->pull());
    const QString path = testVideo(QStringLiteral("myclips-upload.mp4"), 3);
    QVERIFY(!path.isEmpty());
    const QString sha256 = QString::fromLatin1(TusKit::sha256Hex(readFile(path)));

    Net::ApiClient api;
    api.setBaseUrl(m_server->baseUrl());
    api.setToken(m_clipper.token());
    Sync::ClipUploadQueue uploads(*m_live->context().cache, *m_live->context().mutations, api);
    m_live->context().uploads = &uploads;
    const auto restore = qScopeGuard([this] { m_live->context().uploads = nullptr; });
    auto page = openPage();
    QVERIFY(page && page->selectClip(clip));
    Ui::ClipUploadPanel *panel = page->uploadPanel();
    QVERIFY(panel->isVisible() && panel->uploadButton()->isEnabled());
    QVERIFY(panel->uploadFile(path));
    QVERIFY(!panel->uploadButton()->isEnabled()); // one upload per clip at a time
    QTRY_COMPARE_WITH_TIMEOUT(uploads.progress(clip).phase, Sync::ClipUploadQueue::Phase::Attached, 60'000);
    QVERIFY2(panel->statusText().contains(QStringLiteral("attached")), qPrintable(panel->statusText()));
    saveScreenshot(*page, QStringLiteral("my-clips-uploaded.png"));
    QCOMPARE(m_live->pendingNames().last(), QStringLiteral("clip.attach_media"));
    QVERIFY(m_live->sync());
    auto row = m_live->context().cache->row(Sync::Entity::Clip, clip);
    QVERIFY(row && *row);
    QCOMPARE((**row).value(QLatin1String("media_sha256")).toString(), sha256);
    QCOMPARE((**row).value(QLatin1String("status")).toString(), QStringLiteral("draft"));

    // A file that is not a video is refused by the server, with its reason, and nothing is attached.
    const QString other = createClip({{QStringLiteral("title"), QStringLiteral("Not a video")}});
    QVERIFY(m_live->pull());
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.mp4"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200'000, 'x'));
    }
    QVERIFY(page->selectClip(other));
    QVERIFY(panel->uploadFile(garbage));
    QTRY_COMPARE_WITH_TIMEOUT(uploads.progress(other).phase, Sync::ClipUploadQueue::Phase::Refused, 60'000);
    QVERIFY2(panel->statusText().startsWith(QStringLiteral("The server refused this video:")), qPrintable(panel->statusText()));
    QVERIFY(panel->uploadButton()->isEnabled());
}

void TestMyClips::deleteOnlyDraftsAndAsksFirst()
{
    auto page = openPage();
    QVERIFY(page && page->selectClip(m_speedrun));
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("deleteClipButton"));
    QVERIFY(remove->isEnabled());
    QPointer<QMessageBox> box;
    connect(page.get(), &Ui::MyClipsPage::confirmationOpened, this, [&box](QMessageBox *opened) { box = opened; });
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(m_live->pendingNames().last(), QStringLiteral("clip.delete"));
    QCOMPARE(page->model()->rowOf(m_speedrun), -1);
    QVERIFY(page->selectClip(m_bossFight));
    QVERIFY(!remove->isEnabled()); // submitted
}

// The clip editor (FFmpeg, Qt Multimedia) is a plugin: not loaded with the page, loaded from the
// build tree when Edit in editor is pressed, and it opens the clip's remembered video.
void TestMyClips::editorComesFromThePluginOnFirstUse()
{
    const auto pluginMapped = [] {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("clipdesk_clipeditor.so");
    };
    const QString path = testVideo(QStringLiteral("myclips-edit.mp4"), 2);
    QVERIFY(!path.isEmpty());
    auto page = openPage();
    QVERIFY(page && page->selectClip(m_bossFight));
    Ui::MyClipsPage::rememberLocalFile(m_bossFight, path);
    QVERIFY(!pluginMapped());
    QVERIFY(!page->editor());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("editClipButton")), Qt::LeftButton);
    QPointer<QWidget> editor = page->editor();
    QVERIFY(editor);
    QVERIFY(pluginMapped());
    QCOMPARE(QByteArray(editor->metaObject()->className()), QByteArrayLiteral("ClipDesk::Ui::ClipEditorWidget"));
    QSignalSpy opened(editor.data(), SIGNAL(fileOpened(QString)));
    QSignalSpy previewed(editor.data(), SIGNAL(previewUpdated(qint64)));
    QVERIFY(editor->isWindow() && editor->isVisible());
    QVERIFY(editor->windowTitle().contains(QStringLiteral("Boss fight")));
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opened.first().first().toString(), path);
    QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 30'000);
    QTest::qWait(500); // the filmstrip tiles follow the first frame
    saveScreenshot(*editor, QStringLiteral("myclips-editor-plugin.png"));
    editor->close();
    QTRY_VERIFY(!editor);
}

QTEST_MAIN(TestMyClips)
#include "tst_myclips.moc"
