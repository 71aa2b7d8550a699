// The clipper's Discover, Offers and My campaigns pages over a real cache filled from a real
// server: filters narrow the list, applying queues offer.create, an invitation is accepted
// (membership predicted at once, confirmed after push + pull), a counter-offer adds a round,
// leaving a campaign asks first. Offscreen.

#include "clipper/campaigndetailpanel.h"
#include "clipper/clipperpages.h"
#include "clipper/discoverpage.h"
#include "clipper/mycampaignspage.h"
#include "clipper/offersinboxpage.h"
#include "clipper/termsdialog.h"
#include "clipper/termsform.h"
#include "domain/membership.h"
#include "livecache.h"
#include "models/campaignfilterproxy.h"
#include "models/campaignlistmodel.h"
#include "models/membershipmodel.h"
#include "models/offerthreadlistmodel.h"
#include "models/offerthreadmodel.h"
#include "mutations.h"
#include "serverprocess.h"
#include "syncactor.h"
#include "widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

class TestClipperPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoverFiltersNarrowTheList();
    void applyingQueuesAnOffer();
    void acceptingAnInvitationMakesAMember();
    void counterAddsARound();
    void myCampaignsLeaveAsksFirst();

private:
    QWidget *createPage(const QString &id);
    static int rowOf(QAbstractItemModel *model, int column, const QString &text);
    QString activeCampaign(const QJsonObject &fields);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestApiClient> m_api;
    SyncActor m_brand;
    TestUser m_clipper;
    QString m_arcade;
    QString m_beauty;
    QString m_inviteOnly;
    QString m_counterMe;
    QString m_invitation;
    QString m_counterInvitation;
    std::unique_ptr<LiveCache> m_live;
};

QString TestClipperPages::activeCampaign(const QJsonObject &fields)
{
    qint64 version = 0;
    const QString id = m_brand.createCampaign(fields, &version);
    if (id.isEmpty() || SyncActor::status(m_brand.run(Mutations::setStatus(id, QStringLiteral("active"), version))) != u"ok")
        return {};
    return id;
}

void TestClipperPages::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<TestApiClient>(m_server->baseUrl());
    m_brand = SyncActor(m_api.get(), m_api->registerUser(QStringLiteral("brand"), QStringLiteral("acme")));
    m_clipper = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter"));
    QVERIFY(m_brand.isValid() && m_clipper.isValid());
    QCOMPARE(SyncActor::status(m_brand.run(Mutations::updateProfile(
                 {{QStringLiteral("company_name"), QStringLiteral("Acme Games")}}, m_brand.profileVersion()))),
             QStringLiteral("ok"));

    QJsonObject arcade = Mutations::activatableFields(QStringLiteral("Arcade Rush"));
    arcade.insert(QStringLiteral("brief"), QStringLiteral("Cut the **best** moments of our trailer.\n\n- Keep it under 30 s\n- Show the logo"));
    arcade.insert(QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin"));
    arcade.insert(QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("#arcaderush")});
    arcade.insert(QStringLiteral("disclosure_text"), QStringLiteral("#ad"));
    arcade.insert(QStringLiteral("source_asset_links"), QJsonArray{QStringLiteral("https://example.com/trailer.mp4")});
    m_arcade = activeCampaign(arcade);
    QJsonObject beauty = Mutations::activatableFields(QStringLiteral("Glow Up"));
    beauty.insert(QStringLiteral("category"), QStringLiteral("beauty"));
    beauty.insert(QStringLiteral("cpm_rate_minor"), 0);
    beauty.insert(QStringLiteral("per_clip_minor"), 5000);
    beauty.insert(QStringLiteral("platforms"), QJsonArray{QStringLiteral("instagram_reels")});
    beauty.insert(QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 2000000}, {QStringLiteral("currency"), QStringLiteral("USD")}});
    m_beauty = activeCampaign(beauty);
    m_inviteOnly = m_brand.createActiveCampaign(QStringLiteral("Invite Only"), QStringLiteral("private"));
    m_counterMe = m_brand.createActiveCampaign(QStringLiteral("Counter Me"), QStringLiteral("private"));
    QVERIFY(!m_brand.createTemplate(QStringLiteral("A template")).isEmpty());
    QVERIFY(!m_arcade.isEmpty() && !m_beauty.isEmpty() && !m_inviteOnly.isEmpty() && !m_counterMe.isEmpty());
    m_invitation = m_brand.invite(m_inviteOnly, m_clipper.id);
    m_counterInvitation = m_brand.invite(m_counterMe, m_clipper.id);
    QVERIFY(!m_invitation.isEmpty() && !m_counterInvitation.isEmpty());

    m_live = std::make_unique<LiveCache>(*m_api, m_clipper);
    QVERIFY(m_live->isValid());
    QVERIFY(m_live->pull());
}

QWidget *TestClipperPages::createPage(const QString &id)
{
    for (const Ui::PageEntry &entry : Ui::clipperPages()) {
        if (entry.id == id && !entry.title.isEmpty() && !entry.shortcut.isEmpty()) {
            QWidget *page = entry.create(m_live->context(), nullptr);
            page->resize(1200, 760);
            page->show();
            return page;
        }
    }
    return nullptr;
}

int TestClipperPages::rowOf(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestClipperPages::discoverFiltersNarrowTheList()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("clipper.discover")));
    auto *page = qobject_cast<Ui::DiscoverPage *>(widget.get());
    QVERIFY(page);
    QAbstractItemModel *rows = page->view()->model();
    // Private campaigns the clipper was invited to and templates are not discoverable.
    QCOMPARE(rows->rowCount(), 2);
    QVERIFY(rowOf(rows, 0, QStringLiteral("Arcade Rush")) >= 0);
    QVERIFY(rowOf(rows, 0, QStringLiteral("Glow Up")) >= 0);

    page->categoryFilter()->setCurrentIndex(page->categoryFilter()->findData(QStringLiteral("beauty")));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Glow Up"));
    page->clearFilters();
    QCOMPARE(rows->rowCount(), 2);

    page->payoutFilter()->setCurrentIndex(page->payoutFilter()->findData(QStringLiteral("cpm")));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Arcade Rush"));
    page->clearFilters();

    page->platformFilter()->setCurrentIndex(page->platformFilter()->findData(QStringLiteral("tiktok")));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Arcade Rush"));
    page->clearFilters();

    QTest::keyClicks(page->minimumBudgetEdit(), QStringLiteral("10000"));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Glow Up"));
    QVERIFY(page->minimumBudgetEdit()->toolTip().contains(QStringLiteral("budget left is the whole budget")));
    page->clearFilters();

    QTest::keyClicks(page->minimumRateEdit(), QStringLiteral("2"));
    QCOMPARE(rows->rowCount(), 1); // 2.50 per 1,000 views passes, per-clip only does not
    page->clearFilters();

    QTest::keyClicks(page->searchField(), QStringLiteral("no such campaign"));
    QCOMPARE(rows->rowCount(), 0);
    QVERIFY(page->view()->isHidden()); // the empty state with "Clear filters"
    page->clearFilters();
    QCOMPARE(rows->rowCount(), 2);

    // Sorting by budget puts the bigger budget last.
    const int budget = page->model()->sectionOf(Ui::CampaignListModel::Budget);
    page->view()->sortByColumn(budget, Qt::AscendingOrder);
    QCOMPARE(rows->index(1, 0).data().toString(), QStringLiteral("Glow Up"));
    page->view()->sortByColumn(budget, Qt::DescendingOrder);
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Glow Up"));
}

void TestClipperPages::applyingQueuesAnOffer()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("clipper.discover")));
    auto *page = qobject_cast<Ui::DiscoverPage *>(widget.get());
    QVERIFY(page);
    QAbstractItemModel *rows = page->view()->model();
    page->view()->selectRow(rowOf(rows, 0, QStringLiteral("Arcade Rush")));
    Ui::CampaignDetailPanel *detail = page->detail();
    QCOMPARE(detail->campaignId(), m_arcade);
    const QString text = detail->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Acme Games")), qPrintable(text)); // the brand's name from its profile
    QVERIFY(text.contains(QStringLiteral("best moments")));
    QVERIFY(text.contains(QStringLiteral("#arcaderush")));
    QVERIFY(text.contains(QStringLiteral("Europe/Berlin")));
    QVERIFY(text.contains(QStringLiteral("trailer.mp4")));
    QVERIFY(detail->applyButton()->isEnabled());
    saveScreenshot(*page, QStringLiteral("discover.png"));
    saveScreenshot(*detail, QStringLiteral("campaign-detail.png"));

    QTest::mouseClick(detail->applyButton(), Qt::LeftButton);
    auto *dialog = page->findChild<Ui::TermsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Prefilled from the campaign: 2.50 per 1,000 views.
    QCOMPARE(*dialog->form()->cpmEdit()->minorUnits(), 250);
    QTest::keyClicks(dialog->form()->messageEdit(), QStringLiteral("I cut trailers daily."));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog->queuedMutationId().isEmpty());

    QCOMPARE(m_live->pendingNames(), QStringList{QStringLiteral("offer.create")});
    auto offers = m_live->cache().rows(QStringLiteral("offer"), QStringLiteral("campaign_id = ? AND clipper_id = ?"),
                                       {m_arcade, m_clipper.id});
    QVERIFY(offers);
    QCOMPARE(offers->size(), 1);
    QCOMPARE(offers->first().value(QStringLiteral("kind")).toString(), QStringLiteral("application"));
    QCOMPARE(offers->first().value(QStringLiteral("terms")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("I cut trailers daily."));
    // A second application is not offered.
    QTRY_VERIFY(!detail->applyButton()->isEnabled());
    QVERIFY(detail->applyNote()->text().contains(QStringLiteral("open offer thread")));

    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0); // the server took it
}

void TestClipperPages::acceptingAnInvitationMakesAMember()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("clipper.offers")));
    auto *page = qobject_cast<Ui::OffersInboxPage *>(widget.get());
    QVERIFY(page);
    QAbstractItemModelTester threadTester(page->threadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester roundTester(page->roundModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel *threads = page->threadView()->model();
    QCOMPARE(threads->rowCount(), 3); // two invitations and one application

    // The application waits for the brand: only Withdraw.
    QVERIFY(page->selectThread(m_live->cache().rows(QStringLiteral("offer"), QStringLiteral("campaign_id = ?"), {m_arcade})
                                   ->first().value(QStringLiteral("thread_id")).toString()));
    QVERIFY(!page->acceptButton()->isEnabled());
    QVERIFY(page->withdrawButton()->isEnabled());

    page->showFilter()->setCurrentIndex(int(Ui::OffersInboxPage::Show::WaitingForMe));
    QCOMPARE(threads->rowCount(), 2);
    page->showFilter()->setCurrentIndex(0);

    QVERIFY(page->selectThread(m_invitation));
    QVERIFY(page->acceptButton()->isEnabled());
    QVERIFY(page->counterButton()->isEnabled());
    QVERIFY(!page->withdrawButton()->isEnabled());
    QVERIFY(page->acceptButton()->toolTip().contains(page->acceptButton()->shortcut().toString(QKeySequence::NativeText)));
    saveScreenshot(*page, QStringLiteral("clipper-offers.png"));
    QTest::mouseClick(page->acceptButton(), Qt::LeftButton);
    QCOMPARE(m_live->pendingNames(), QStringList{QStringLiteral("offer.accept")});

    // Predicted at once: the membership is there and the thread is closed.
    const QString membershipId = Domain::membershipIdForOffer(m_invitation);
    auto predicted = m_live->cache().row(QStringLiteral("membership"), membershipId);
    QVERIFY(predicted && predicted->has_value());
    QTRY_VERIFY(!page->acceptButton()->isEnabled());
    QVERIFY(page->selectThread(m_invitation) || true);

    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0);
    auto confirmed = m_live->cache().row(QStringLiteral("membership"), membershipId);
    QVERIFY(confirmed && confirmed->has_value());
    QCOMPARE((**confirmed).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TestClipperPages::counterAddsARound()
{
    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("clipper.offers")));
    auto *page = qobject_cast<Ui::OffersInboxPage *>(widget.get());
    QVERIFY(page);
    QVERIFY(page->selectThread(m_counterInvitation));
    QCOMPARE(page->roundModel()->rowCount(), 1);
    QVERIFY(page->counterButton()->isEnabled());

    QTest::mouseClick(page->counterButton(), Qt::LeftButton);
    auto *dialog = page->findChild<Ui::TermsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(*dialog->form()->perClipEdit()->minorUnits(), 1500); // the brand's terms to start from
    dialog->form()->perClipEdit()->clear();
    QTest::keyClicks(dialog->form()->perClipEdit(), QStringLiteral("abc"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // not an amount: refused inline
    QCOMPARE(m_live->pendingCount(), 0);
    dialog->form()->perClipEdit()->clear();
    QTest::keyClicks(dialog->form()->perClipEdit(), QStringLiteral("25"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_live->pendingNames(), QStringList{QStringLiteral("offer.counter")});

    QTRY_COMPARE(page->roundModel()->rowCount(), 2);
    QCOMPARE(page->roundModel()->latest()->terms.perClipMinor, 2500);
    QVERIFY(!page->acceptButton()->isEnabled()); // now it is the brand's turn
    QVERIFY(page->withdrawButton()->isEnabled());
    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0);
    QTRY_COMPARE(page->roundModel()->rowCount(), 2);
}

void TestClipperPages::myCampaignsLeaveAsksFirst()
{
    Ui::MembershipModel memberships(m_live->cache(), m_clipper.id);
    QAbstractItemModelTester tester(&memberships, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(memberships.rowCount(), 1);

    std::unique_ptr<QWidget> widget(createPage(QStringLiteral("clipper.campaigns")));
    auto *page = qobject_cast<Ui::MyCampaignsPage *>(widget.get());
    QVERIFY(page);
    QAbstractItemModel *rows = page->view()->model();
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, Ui::MembershipModel::CampaignColumn).data().toString(), QStringLiteral("Invite Only"));
    QCOMPARE(rows->index(0, Ui::MembershipModel::BrandColumn).data().toString(), QStringLiteral("Acme Games"));
    QVERIFY(rows->index(0, Ui::MembershipModel::PerClipColumn).data().toString().contains(QStringLiteral("15")));
    page->view()->selectRow(0);
    QVERIFY(page->leaveButton()->isEnabled());
    saveScreenshot(*page, QStringLiteral("my-campaigns.png"));

    QTest::mouseClick(page->leaveButton(), Qt::LeftButton);
    auto *box = page->findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_live->pendingCount(), 0); // cancelled: nothing queued
    QTRY_VERIFY(!page->findChild<QMessageBox *>());

    page->view()->selectRow(0);
    QTest::mouseClick(page->leaveButton(), Qt::LeftButton);
    box = page->findChild<QMessageBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(m_live->pendingNames(), QStringList{QStringLiteral("membership.leave")});
    QTRY_COMPARE(rows->rowCount(), 0); // only active memberships are listed
    page->showEndedBox()->setChecked(true);
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, Ui::MembershipModel::StatusColumn).data().toString(), QStringLiteral("Left"));
    QVERIFY(m_live->sync());
    QCOMPARE(m_live->pendingCount(), 0);
}

QTEST_MAIN(TestClipperPages)
#include "tst_clipperpages.moc"
