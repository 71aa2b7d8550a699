// The brand's Offers page: threads, rounds, and answering only on the brand's turn.
#include "ui/brand/offerspage.h"
#include "ui/brand/offertermsdialog.h"
#include "ui/models/offerthreadlistmodel.h"
#include "ui/models/offerthreadmodel.h"
#include "ui/signin/messagebanner.h"
#include "ui/widgets/moneyedit.h"

#include "brandworld.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using ClipDesk::Testing::BrandWorld;
using ClipDesk::Testing::TestApiClient;
using ClipDesk::Ui::MessageBanner;
using ClipDesk::Ui::OffersPage;
using ClipDesk::Ui::OfferTermsDialog;
using ClipDesk::Ui::OfferThreadListModel;
using ClipDesk::Ui::OfferThreadModel;

namespace {

QJsonObject terms(qint64 perClip, const QString &message)
{
    return {{QStringLiteral("requirements"), QStringLiteral("3 clips")},
            {QStringLiteral("per_clip_minor"), perClip},
            {QStringLiteral("cpm_rate_minor"), 100},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("message"), message}};
}

} // namespace

class TestNegotiation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_campaign = m_world.createCampaign(QStringLiteral("Speedrun season"), 250'000, true);
        QVERIFY(!m_campaign.isEmpty());
        // The brand invites the clipper, and the clipper counters, both on the server.
        m_thread = TestApiClient::newId();
        QCOMPARE(m_world.push(m_world.brand, QStringLiteral("offer.create"),
                              {{QStringLiteral("id"), m_thread}, {QStringLiteral("campaign_id"), m_campaign},
                               {QStringLiteral("clipper_id"), m_world.clipper.id}, {QStringLiteral("terms"), terms(2'000, QStringLiteral("Join us"))}})
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(m_world.push(m_world.clipper, QStringLiteral("offer.counter"),
                              {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("offer_id"), m_thread},
                               {QStringLiteral("terms"), terms(3'500, QStringLiteral("I need a bit more"))}})
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(m_world.pull());
    }

    void modelsShowTheThreadAndItsRounds()
    {
        OfferThreadListModel threads(*m_world.cache);
        QAbstractItemModelTester threadTester(&threads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        threads.setScope(QStringLiteral("o.brand_id = ?"), {m_world.brand.id});
        QCOMPARE(threads.rowCount(), 1);
        QCOMPARE(threads.index(0, OfferThreadListModel::Campaign).data().toString(), QStringLiteral("Speedrun season"));
        QCOMPARE(threads.index(0, OfferThreadListModel::Clipper).data().toString(), QStringLiteral("Casey Cutter"));
        QCOMPARE(threads.index(0, OfferThreadListModel::Round).data().toInt(), 2);
        QCOMPARE(threads.index(0, 0).data(OfferThreadListModel::AuthorRoleRole).toString(), QStringLiteral("clipper"));

        OfferThreadModel rounds(*m_world.cache);
        QAbstractItemModelTester roundTester(&rounds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rounds.setThread(m_thread);
        QCOMPARE(rounds.rowCount(), 2);
        QCOMPARE(rounds.index(0, OfferThreadModel::Status).data(OfferThreadModel::StatusRole).toString(), QStringLiteral("countered"));
        QCOMPARE(rounds.index(1, OfferThreadModel::Author).data().toString(), QStringLiteral("Clipper"));
        QCOMPARE(rounds.index(1, OfferThreadModel::PerClip).data(OfferThreadModel::SortRole).toLongLong(), 3'500);
        QCOMPARE(rounds.index(1, OfferThreadModel::Message).data().toString(), QStringLiteral("I need a bit more"));
    }

    void counterAndAcceptUpdateTheThread()
    {
        QWidget window;
        window.resize(1280, 800);
        auto *page = new OffersPage(m_world.context, &window);
        page->resize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(page->threadsTable()->model()->rowCount(), 1);
        QCOMPARE(page->roundModel()->rowCount(), 2); // the first thread is selected
        // The clipper wrote the pending round: the brand answers, it cannot withdraw.
        QVERIFY(page->acceptAction()->isEnabled());
        QVERIFY(page->counterAction()->isEnabled());
        QVERIFY(page->rejectAction()->isEnabled());
        QVERIFY(!page->withdrawAction()->isEnabled());

        page->counterAction()->trigger();
        OfferTermsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<OfferTermsDialog *>()) != nullptr);
        QCOMPARE(dialog->perClipEdit()->minorUnits().value(), 3'500); // prefilled with the pending terms
        dialog->perClipEdit()->selectAll();
        QTest::keyClicks(dialog->perClipEdit(), QStringLiteral("28"));
        QTest::keyClicks(dialog->messageEdit(), QStringLiteral("Meet in the middle?"));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(page->findChild<OfferTermsDialog *>() == nullptr);

        QCOMPARE(page->roundModel()->rowCount(), 3);
        QCOMPARE(page->roundModel()->latest()->terms.perClipMinor, 2'800);
        QCOMPARE(page->roundModel()->latest()->authorRole, ClipDesk::Domain::Role::Brand);
        // Now it is the clipper's turn: only Withdraw is left.
        QVERIFY(!page->acceptAction()->isEnabled());
        QVERIFY(!page->counterAction()->isEnabled());
        QVERIFY(page->withdrawAction()->isEnabled());
        QCOMPARE(m_world.pushOutbox(), QStringList{QStringLiteral("ok")});
        const QString brandRound = page->roundModel()->latest()->id;

        // The clipper counters once more; the brand's next pull brings round 4 and accepts it.
        QCOMPARE(m_world.push(m_world.clipper, QStringLiteral("offer.counter"),
                              {{QStringLiteral("id"), TestApiClient::newId()}, {QStringLiteral("offer_id"), brandRound},
                               {QStringLiteral("terms"), terms(3'000, QStringLiteral("Deal at 30?"))}})
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(m_world.pull());
        QCOMPARE(page->roundModel()->rowCount(), 4);
        QVERIFY(page->acceptAction()->isEnabled());
        page->threadsTable()->setFocus();
        QVERIFY(ClipDesk::Testing::saveScreenshot(window, QStringLiteral("negotiation.png")));

        page->acceptAction()->trigger();
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(page->roundModel()->latest()->status, ClipDesk::Domain::OfferStatus::Accepted);
        QVERIFY(!page->acceptAction()->isEnabled());
        QVERIFY(!page->withdrawAction()->isEnabled());
        QCOMPARE(m_world.pushOutbox(), QStringList{QStringLiteral("ok")});
        QCOMPARE(page->roundModel()->latest()->status, ClipDesk::Domain::OfferStatus::Accepted);
        const auto members = m_world.cache->rows(QStringLiteral("membership"), QStringLiteral("campaign_id = ?"), {m_campaign});
        QVERIFY(members && members->size() == 1);
        QCOMPARE(members->constFirst().value(QStringLiteral("clipper_id")).toString(), m_world.clipper.id);
        QCOMPARE(page->threadsTable()->model()->index(0, OfferThreadListModel::Status).data(OfferThreadListModel::StatusRole).toString(),
                 QStringLiteral("accepted"));
        QVERIFY(ClipDesk::Testing::saveScreenshot(window, QStringLiteral("negotiation-accepted.png")));
    }

    void emptyStateWithoutOffers()
    {
        // A page scoped to nobody's offers shows the empty state.
        ClipDesk::Ui::AppContext other = m_world.context;
        other.viewer.userId = TestApiClient::newId();
        QWidget window;
        window.resize(1280, 800);
        auto *page = new OffersPage(other, &window);
        page->resize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(page->threadsTable()->model()->rowCount(), 0);
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(ClipDesk::Testing::saveScreenshot(window, QStringLiteral("negotiation-empty.png")));
    }

private:
    BrandWorld m_world;
    QString m_campaign;
    QString m_thread;
};

QTEST_MAIN(TestNegotiation)
#include "tst_negotiation.moc"
