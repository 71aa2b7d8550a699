// CampaignListModel + CampaignFilterProxy over a real client cache filled from a real server.
#include "ui/models/campaignfilterproxy.h"
#include "ui/models/campaignlistmodel.h"
#include "ui/widgets/moneyedit.h"

#include "brandworld.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QtTest>

using ClipDesk::Testing::BrandWorld;
using ClipDesk::Ui::CampaignFilterProxy;
using ClipDesk::Ui::CampaignListModel;
using ClipDesk::Ui::MoneyEdit;

namespace {

QStringList column(const QAbstractItemModel &model, int section, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, section).data(role).toString());
    return values;
}

} // namespace

class TestCampaignListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        // Budgets chosen so that text order ("$1,000.00" < "$200.00" < "$90.00") differs from numeric order.
        m_small = m_world.createCampaign(QStringLiteral("Small gaming push"), 9'000, true);
        m_medium = m_world.createCampaign(QStringLiteral("Music festival"), 20'000, true, QStringLiteral("music"));
        m_large = m_world.createCampaign(QStringLiteral("Big launch"), 100'000, false);
        QVERIFY(!m_small.isEmpty() && !m_medium.isEmpty() && !m_large.isEmpty());
        QVERIFY(m_world.pull());
    }

    void loadsTheScopedRowsAndPassesTheTester()
    {
        CampaignListModel model(*m_world.cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(QStringLiteral("brand_id = ?"), {m_world.brand.id});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CampaignListModel::ColumnCount));
        const int row = model.rowOfId(m_medium);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, CampaignListModel::Name).data().toString(), QStringLiteral("Music festival"));
        QCOMPARE(model.index(row, CampaignListModel::Status).data(CampaignListModel::StatusRole).toString(), QStringLiteral("active"));
        QCOMPARE(model.index(row, CampaignListModel::Budget).data(CampaignListModel::SortRole).toLongLong(), 20'000);
        QCOMPARE(model.index(row, CampaignListModel::Budget).data(CampaignListModel::BudgetMinorRole).toLongLong(), 20'000);
        QVERIFY(model.index(row, CampaignListModel::Budget).data().toString().contains(QStringLiteral("200")));
        QCOMPARE(model.index(row, 0).data(CampaignListModel::PlatformsRole).toStringList(),
                 (QStringList{QStringLiteral("tiktok"), QStringLiteral("youtube_shorts")}));
        QCOMPARE(model.index(row, CampaignListModel::PayoutModel).data(CampaignListModel::PayoutModelRole).toString(), QStringLiteral("hybrid"));

        model.setScope(QStringLiteral("status = ?"), {QStringLiteral("active")});
        QCOMPARE(model.rowCount(), 2);
        model.setColumns({CampaignListModel::Name, CampaignListModel::Budget});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Budget"));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("budget left")));
    }

    void refreshesOnEntitiesChangedKeepingPersistentIndexes()
    {
        CampaignListModel model(*m_world.cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(QStringLiteral("brand_id = ?"), {m_world.brand.id});
        const QPersistentModelIndex medium = model.index(model.rowOfId(m_medium), CampaignListModel::Name);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // An optimistic edit through the mutation queue commits to the cache and announces "campaign".
        auto queued = m_world.queue->submit(QStringLiteral("campaign.update"),
                                            {{QStringLiteral("id"), m_medium},
                                             {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Music festival 2026")}}}},
                                            2);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message));
        QTRY_COMPARE(medium.data().toString(), QStringLiteral("Music festival 2026"));
        QVERIFY(medium.isValid());
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() >= 1);

        // A new row arrives as an insertion, not a reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QString newId = ClipDesk::Testing::TestApiClient::newId();
        queued = m_world.queue->submit(QStringLiteral("campaign.create"),
                                       {{QStringLiteral("id"), newId},
                                        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Fresh draft")}}}});
        QVERIFY(queued);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(medium.isValid());
        QCOMPARE(medium.data().toString(), QStringLiteral("Music festival 2026"));
        QCOMPARE(resets.count(), 0);

        // Deleting the draft removes exactly that row.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_world.queue->submit(QStringLiteral("campaign.delete"), {{QStringLiteral("id"), newId}}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfId(newId), -1);

        // The server accepts what was queued; the pulled rows keep the model as it is.
        const QStringList statuses = m_world.pushOutbox();
        QCOMPARE(statuses, (QStringList{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok")}));
        QCOMPARE(medium.data().toString(), QStringLiteral("Music festival 2026"));
        QCOMPARE(model.rowCount(), 3);
    }

    void sortsMoneyNumerically()
    {
        CampaignListModel model(*m_world.cache);
        model.setScope(QStringLiteral("brand_id = ?"), {m_world.brand.id});
        CampaignFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setCampaignModel(&model);
        proxy.sort(CampaignListModel::Budget, Qt::AscendingOrder);
        QCOMPARE(column(proxy, CampaignListModel::Budget, CampaignListModel::SortRole),
                 (QStringList{QStringLiteral("9000"), QStringLiteral("20000"), QStringLiteral("100000")}));
        proxy.sort(CampaignListModel::Budget, Qt::DescendingOrder);
        QCOMPARE(column(proxy, CampaignListModel::Name).constFirst(), QStringLiteral("Big launch"));
        proxy.sort(CampaignListModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(proxy, CampaignListModel::Name),
                 (QStringList{QStringLiteral("Big launch"), QStringLiteral("Music festival 2026"), QStringLiteral("Small gaming push")}));
    }

    void filters()
    {
        CampaignListModel model(*m_world.cache);
        model.setScope(QStringLiteral("brand_id = ?"), {m_world.brand.id});
        CampaignFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setCampaignModel(&model);
        proxy.sort(CampaignListModel::Name);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("MUSIC"));
        QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("Music festival 2026")});
        proxy.setSearchText(QStringLiteral("gaming")); // matches the category too
        QCOMPARE(column(proxy, 0), (QStringList{QStringLiteral("Big launch"), QStringLiteral("Small gaming push")}));
        proxy.setSearchText({});
        proxy.setStatuses({QStringLiteral("draft")});
        QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("Big launch")});
        proxy.setStatuses({});
        proxy.setCategory(QStringLiteral("music"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategory({});
        proxy.setMinimumBudget(20'000);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumBudget(0);
        proxy.setPlatform(QStringLiteral("instagram_reels"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setPlatform(QStringLiteral("tiktok"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setPayoutModel(QStringLiteral("cpm")); // hybrid campaigns pay CPM too
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setMinimumCpmRate(251);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.hasActiveFilters());
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTemplateFilter(CampaignFilterProxy::TemplateFilter::TemplatesOnly);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void moneyEditConvertsExactly()
    {
        QCOMPARE(MoneyEdit::parseMinor(QStringLiteral("19.99"), 2).value(), 1999);
        QCOMPARE(MoneyEdit::parseMinor(QStringLiteral("0.29"), 2).value(), 29); // 0.29 * 100 is 28.999… as a double
        QCOMPARE(MoneyEdit::parseMinor(QStringLiteral("1,234.5"), 2).value(), 123'450);
        QCOMPARE(MoneyEdit::parseMinor(QStringLiteral("4.10"), 2).value(), 410);
        QCOMPARE(MoneyEdit::parseMinor(QStringLiteral("1500"), 0).value(), 1500);
        QCOMPARE(MoneyEdit::parseMinor(QStringLiteral(""), 2).value(), 0);
        QVERIFY(!MoneyEdit::parseMinor(QStringLiteral("1.005"), 2));
        QVERIFY(!MoneyEdit::parseMinor(QStringLiteral("12abc"), 2));
        QVERIFY(!MoneyEdit::parseMinor(QStringLiteral("-5"), 2));
        QVERIFY(!MoneyEdit::parseMinor(QStringLiteral("99999999999999"), 2));
        QCOMPARE(MoneyEdit::formatMinor(123'405, 2), QStringLiteral("1234.05"));
    }

private:
    BrandWorld m_world;
    QString m_small;
    QString m_medium;
    QString m_large;
};

QTEST_MAIN(TestCampaignListModel)
#include "tst_campaignlistmodel.moc"
