// The profile editor over a real cache filled from a real server: live validation with the
// domain's ProfileRules (a bad link shows the rule's message and queues nothing), Save queues
// profile.update with only the changed fields and the cached version, and the avatar crop
// dialog turns a picked image into a 512×512 PNG shown as "pending upload". Offscreen.

#include "domain/profile.h"
#include "livecache.h"
#include "profile/avatarcropdialog.h"
#include "profile/avatarcropview.h"
#include "profile/colorswatcheditor.h"
#include "profile/linklisteditor.h"
#include "profile/profileeditorpage.h"
#include "profile/profilepages.h"
#include "serverprocess.h"
#include "signin/messagebanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestProfileEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badLinkShowsTheRuleAndQueuesNothing();
    void saveQueuesOnlyTheChangedFields();
    void brandSeesBrandFields();
    void cropDialogMakesA512Png();

private:
    Ui::ProfileEditorPage *createPage(LiveCache &live);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    TestUser m_clipper;
    TestUser m_brand;
    std::unique_ptr<LiveCache> m_live;
};

void TestProfileEditor::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    m_clipper = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter"));
    m_brand = m_api->registerUser(QStringLiteral("brand"), QStringLiteral("acme"));
    QVERIFY(m_clipper.isValid() && m_brand.isValid());
    m_live = std::make_unique<LiveCache>(*m_api, m_clipper);
    QVERIFY(m_live->isValid());
    QVERIFY(m_live->pull());
    auto own = m_live->cache().row(QStringLiteral("profile"), m_clipper.id);
    QVERIFY(own && own->has_value());
}

Ui::ProfileEditorPage *TestProfileEditor::createPage(LiveCache &live)
{
    const QList<Ui::PageEntry> pages = Ui::profilePages();
    if (pages.size() != 1 || pages.first().title.isEmpty())
        return nullptr;
    auto *page = qobject_cast<Ui::ProfileEditorPage *>(pages.first().create(live.context(), nullptr));
    if (page) {
        page->resize(900, 800);
        page->show();
    }
    return page;
}

void TestProfileEditor::badLinkShowsTheRuleAndQueuesNothing()
{
    std::unique_ptr<Ui::ProfileEditorPage> page(createPage(*m_live));
    QVERIFY(page);
    QVERIFY(!page->saveButton()->isEnabled()); // nothing changed yet
    QVERIFY(page->categoryCombo() && !page->companyEdit());

    QTest::keyClicks(page->socialLinksEditor()->entry(), QStringLiteral("ftp://example.com/me"));
    QTest::mouseClick(page->socialLinksEditor()->addButton(), Qt::LeftButton);
    QCOMPARE(page->socialLinksEditor()->links(), QStringList{QStringLiteral("ftp://example.com/me")});

    // The message is the domain rule's own.
    Domain::Profile probe;
    probe.role = Domain::Role::Clipper;
    const Status expected = Domain::ProfileRules::applyUpdate(
        probe, {{QStringLiteral("social_links"), QJsonArray{QStringLiteral("ftp://example.com/me")}}});
    QVERIFY(!expected);
    QCOMPARE(page->validationMessage(), expected.error().message);
    QCOMPARE(page->banner()->message(), expected.error().message);
    QCOMPARE(page->banner()->kind(), Ui::MessageBanner::Kind::Error);
    QVERIFY(!page->saveButton()->isEnabled());
    page->save(); // even when forced: refused before anything is queued
    QCOMPARE(m_live->pendingCount(), 0);
}

void TestProfileEditor::saveQueuesOnlyTheChangedFields()
{
    auto cached = m_live->cache().row(QStringLiteral("profile"), m_clipper.id);
    const qint64 version = qint64((**cached).value(QStringLiteral("version")).toDouble());
    std::unique_ptr<Ui::ProfileEditorPage> page(createPage(*m_live));
    QVERIFY(page);
    page->displayNameEdit()->clear();
    QTest::keyClicks(page->displayNameEdit(), QStringLiteral("Casey Cutter"));
    QTest::keyClicks(page->bioEdit(), QStringLiteral("I turn long streams into short hits."));
    QTest::keyClicks(page->socialLinksEditor()->entry(), QStringLiteral("https://www.tiktok.com/@casey"));
    QTest::keyClick(page->socialLinksEditor()->entry(), Qt::Key_Return);
    page->categoryCombo()->setCurrentIndex(page->categoryCombo()->findData(QStringLiteral("gaming")));
    QTest::keyClicks(page->nicheEdit(), QStringLiteral("speedruns"));
    page->reachEdit()->setValue(120000);
    QCOMPARE(page->validationMessage(), QString());
    QVERIFY(page->saveButton()->isEnabled());
    QVERIFY(page->saveButton()->toolTip().contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    saveScreenshot(*page, QStringLiteral("profile-editor.png"));

    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    auto pending = m_live->outbox().pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    const Sync::Mutation &mutation = pending->first().mutation;
    QCOMPARE(mutation.name, QStringLiteral("profile.update"));
    QCOMPARE(mutation.baseVersion, version);
    const QJsonObject changes = mutation.args.value(QStringLiteral("changes")).toObject();
    QStringList keys = changes.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("bio"), QStringLiteral("category"), QStringLiteral("display_name"),
                                QStringLiteral("niche"), QStringLiteral("reach"), QStringLiteral("social_links")}));
    QCOMPARE(changes.value(QStringLiteral("display_name")).toString(), QStringLiteral("Casey Cutter"));
    QCOMPARE(changes.value(QStringLiteral("reach")).toInteger(), 120000);
    QCOMPARE(page->banner()->kind(), Ui::MessageBanner::Kind::Success);
    QVERIFY(!page->saveButton()->isEnabled()); // saved: nothing left to save

    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0);
    auto synced = m_live->cache().row(QStringLiteral("profile"), m_clipper.id);
    QCOMPARE((**synced).value(QStringLiteral("display_name")).toString(), QStringLiteral("Casey Cutter"));
    QCOMPARE((**synced).value(QStringLiteral("niche")).toString(), QStringLiteral("speedruns"));
    QVERIFY(qint64((**synced).value(QStringLiteral("version")).toDouble()) > version);
    QCOMPARE(page->displayNameEdit()->text(), QStringLiteral("Casey Cutter"));
}

void TestProfileEditor::brandSeesBrandFields()
{
    LiveCache brand(*m_api, m_brand);
    QVERIFY(brand.pull());
    std::unique_ptr<Ui::ProfileEditorPage> page(createPage(brand));
    QVERIFY(page);
    QVERIFY(page->companyEdit() && page->colorEditor() && !page->categoryCombo());
    QTest::keyClicks(page->companyEdit(), QStringLiteral("Acme Games"));
    page->colorEditor()->setColors({QStringLiteral("#FF5500"), QStringLiteral("#112233")});
    Q_EMIT page->colorEditor()->colorsChanged();
    const QJsonObject changes = page->changes();
    QCOMPARE(changes.value(QStringLiteral("company_name")).toString(), QStringLiteral("Acme Games"));
    QCOMPARE(changes.value(QStringLiteral("brand_colors")).toArray().size(), 2);
    QVERIFY(page->saveButton()->isEnabled());
    QCoreApplication::processEvents(); // new swatches are shown from the event loop
    saveScreenshot(*page, QStringLiteral("profile-editor-brand.png"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QCOMPARE(brand.pendingNames(), QStringList{QStringLiteral("profile.update")});
    QVERIFY(brand.sync());
    QCOMPARE(brand.pendingCount(), 0);
}

void TestProfileEditor::cropDialogMakesA512Png()
{
    // Left half red, right half blue, 800×600.
    QImage image(800, 600, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    {
        QPainter painter(&image);
        painter.fillRect(QRect(0, 0, 400, 600), Qt::red);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.png"));
    QVERIFY(image.save(path));

    std::unique_ptr<Ui::ProfileEditorPage> page(createPage(*m_live));
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &Ui::ProfileEditorPage::avatarChosen);
    page->cropAvatarFrom(path);
    auto *dialog = page->findChild<Ui::AvatarCropDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    Ui::AvatarCropView *view = dialog->cropView();
    QCOMPARE(view->selection(), QRect(100, 0, 600, 600)); // the largest centred square

    // Zoom in: a smaller square around the same centre.
    dialog->zoomSlider()->setValue(300);
    QCOMPARE(view->selection().width(), 200);
    // Keyboard: move it to the far left (into the red half), then grow it a little.
    view->setFocus();
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(view->selection().x(), 0);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(view->selection().width() > 200);
    QVERIFY(dialog->zoomSlider()->value() < 300); // the slider follows
    // Mouse: drag the square down a bit.
    const int before = view->selection().y();
    const QRect selection = view->selection();
    const double scale = double(view->width()) / 800.0;
    const QPoint inside(int((selection.x() + selection.width() / 2) * scale),
                        int((view->height() - 600 * scale) / 2 + (selection.y() + selection.height() / 2) * scale));
    QTest::mousePress(view, Qt::LeftButton, {}, inside);
    QTest::mouseMove(view, inside + QPoint(0, 40));
    QTest::mouseRelease(view, Qt::LeftButton, {}, inside + QPoint(0, 40));
    QVERIFY2(view->selection().y() > before, qPrintable(QString::number(view->selection().y())));
    saveScreenshot(*dialog, QStringLiteral("avatar-crop.png"));

    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const QByteArray png = chosen.first().first().toByteArray();
    QVERIFY(png.startsWith("\x89PNG"));
    QImage cropped;
    QVERIFY(cropped.loadFromData(png, "PNG"));
    QCOMPARE(cropped.size(), QSize(512, 512));
    QCOMPARE(QColor(cropped.pixel(256, 256)), QColor(Qt::red)); // the part picked, not the centre
    QCOMPARE(page->pendingAvatar(), png);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("avatarState"))->text().contains(QStringLiteral("pending upload")));
    QCOMPARE(m_live->pendingCount(), 0); // a queued picture, not a mutation (tst_imagesync uploads it)
    saveScreenshot(*page, QStringLiteral("profile-avatar-pending.png"));
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
