// Inviting clippers: search the cached creator profiles, pick one, send terms (offer.create).
#include "ui/brand/creatorspage.h"
#include "ui/brand/offertermsdialog.h"
#include "ui/models/creatorsearchmodel.h"
#include "ui/signin/messagebanner.h"
#include "ui/widgets/moneyedit.h"

#include "brandworld.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using ClipDesk::Testing::BrandWorld;
using ClipDesk::Ui::CreatorSearchModel;
using ClipDesk::Ui::CreatorsPage;
using ClipDesk::Ui::MessageBanner;
using ClipDesk::Ui::OfferTermsDialog;

class TestInvite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_campaign = m_world.createCampaign(QStringLiteral("Speedrun season"), 250'000, true);
        QVERIFY(!m_campaign.isEmpty());
        QVERIFY(!m_world.createCampaign(QStringLiteral("Unlaunched draft"), 10'000, false).isEmpty());
        QVERIFY(m_world.pull());
    }

    void searchModelFiltersByCategoryNicheAndReach()
    {
        CreatorSearchModel model(*m_world.cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CreatorSearchModel::Name).data().toString(), QStringLiteral("Casey Cutter")); // biggest reach first
        QCOMPARE(model.index(0, CreatorSearchModel::Reach).data(CreatorSearchModel::ReachRole).toLongLong(), 250'000);
        model.setSearch(QStringLiteral("music"), {}, 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(CreatorSearchModel::UserIdRole).toString(), m_world.otherClipper.id);
        model.setSearch({}, QStringLiteral("SPEEDRUN"), 0);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch({}, {}, 100'000);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch({}, QStringLiteral("100%"), 0); // LIKE wildcards are literal
        QCOMPARE(model.rowCount(), 0);
    }

    void invitesAClipper()
    {
        QWidget window;
        window.resize(1280, 800);
        auto *page = new CreatorsPage(m_world.context, &window);
        page->resize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(page->table()->model()->rowCount(), 2);

        QTest::keyClicks(page->nicheFilter(), QStringLiteral("speed"));
        QCOMPARE(page->table()->model()->rowCount(), 1);
        page->table()->selectRow(0);
        auto *invite = page->findChild<QAction *>(QStringLiteral("inviteAction"));
        QVERIFY(invite->isEnabled());
        QVERIFY(invite->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)));
        invite->trigger();
        OfferTermsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<OfferTermsDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Only campaigns that take offers are offered.
        QCOMPARE(dialog->campaignCombo()->count(), 1);
        QCOMPARE(dialog->campaignId(), m_campaign);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("payoutHint"))->text().contains(QStringLiteral("per clip")));
        QTest::keyClicks(dialog->requirementsEdit(), QStringLiteral("3 clips, logo visible for 5 s"));
        QTest::keyClicks(dialog->perClipEdit(), QStringLiteral("25.10"));
        QTest::keyClicks(dialog->cpmRateEdit(), QStringLiteral("1.05"));
        QTest::keyClicks(dialog->messageEdit(), QStringLiteral("Loved your speedrun edits!"));
        QVERIFY(ClipDesk::Testing::saveScreenshot(*dialog, QStringLiteral("invite.png")));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(page->findChild<OfferTermsDialog *>() == nullptr);
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Success);

        const auto offers = m_world.cache->rows(QStringLiteral("offer"));
        QVERIFY(offers && offers->size() == 1);
        const QJsonObject offer = offers->constFirst();
        QCOMPARE(offer.value(QStringLiteral("clipper_id")).toString(), m_world.clipper.id);
        QCOMPARE(offer.value(QStringLiteral("campaign_id")).toString(), m_campaign);
        QCOMPARE(offer.value(QStringLiteral("kind")).toString(), QStringLiteral("invite"));
        QCOMPARE(offer.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const QJsonObject terms = offer.value(QStringLiteral("terms")).toObject();
        QCOMPARE(terms.value(QStringLiteral("per_clip_minor")).toInteger(), 2'510);
        QCOMPARE(terms.value(QStringLiteral("cpm_rate_minor")).toInteger(), 105);
        QCOMPARE(terms.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));

        QCOMPARE(m_world.pushOutbox(), QStringList{QStringLiteral("ok")});
        QVERIFY(ClipDesk::Testing::saveScreenshot(window, QStringLiteral("creators.png")));

        // A second open thread for the same clipper and campaign is refused inline.
        page->table()->selectRow(0);
        dialog = page->openInvite();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->perClipEdit(), QStringLiteral("30"));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->banner()->message(), QStringLiteral("There is already an open offer for this campaign and clipper."));
        QCOMPARE(m_world.pendingCount(), 0);
        dialog->reject();
    }

private:
    BrandWorld m_world;
    QString m_campaign;
};

QTEST_MAIN(TestInvite)
#include "tst_invite.moc"
