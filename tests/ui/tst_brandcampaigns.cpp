// The brand's Campaigns page against a real server and client cache, offscreen at 1280×800.
#include "ui/brand/campaignbulkeditdialog.h"
#include "ui/brand/campaigneditordialog.h"
#include "ui/brand/campaignform.h"
#include "ui/brand/campaignspage.h"
#include "ui/models/campaignfilterproxy.h"
#include "ui/models/campaignlistmodel.h"
#include "ui/signin/messagebanner.h"
#include "ui/widgets/moneyedit.h"

#include "brandworld.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using ClipDesk::Testing::BrandWorld;
using ClipDesk::Ui::CampaignBulkEditDialog;
using ClipDesk::Ui::CampaignEditorDialog;
using ClipDesk::Ui::CampaignListModel;
using ClipDesk::Ui::CampaignsPage;
using ClipDesk::Ui::MessageBanner;

namespace {

template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QStringList visibleNames(const CampaignsPage &page)
{
    QStringList names;
    const QAbstractItemModel *model = page.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data(CampaignListModel::IdRole).toString().isEmpty()
                         ? QString()
                         : page.model()->rowAt(page.model()->rowOfId(model->index(row, 0).data(CampaignListModel::IdRole).toString())).name);
    names.sort();
    return names;
}

QString statusOf(const CampaignsPage &page, const QString &id)
{
    return page.model()->rowAt(page.model()->rowOfId(id)).status;
}

} // namespace

class TestBrandCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_window.resize(1280, 800);
        m_page = new CampaignsPage(m_world.context, &m_window);
        m_page->resize(m_window.size());
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void showsAnEmptyStateFirst()
    {
        auto *stack = m_page->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QVERIFY(child<QPushButton>(m_page, "emptyStateAction")->text().startsWith(QStringLiteral("New Campaign")));
        QVERIFY(ClipDesk::Testing::saveScreenshot(m_window, QStringLiteral("brand-campaigns-empty.png")));
    }

    void createsACampaignThroughTheEditor()
    {
        focusTable();
        QTest::keyClick(m_page->table(), Qt::Key_N, Qt::ControlModifier);
        CampaignEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = m_page->findChild<CampaignEditorDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(editor->isNew());

        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Launch teaser"));
        auto *category = child<QComboBox>(editor, "categoryCombo");
        category->setCurrentIndex(category->findData(QStringLiteral("gaming")));
        QTest::keyClicks(child<QLineEdit>(editor, "budgetEdit"), QStringLiteral("5,000"));
        QTest::keyClicks(child<QLineEdit>(editor, "cpmRateEdit"), QStringLiteral("2.35"));
        QTest::mouseClick(child<QCheckBox>(editor, "platform_tiktok"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor, "requiredHashtagsEdit"), QStringLiteral("#Launch, ad"));
        QVERIFY(editor->banner()->message().isEmpty());

        const qint64 before = m_world.pendingCount();
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(m_page->findChild<CampaignEditorDialog *>() == nullptr);
        QCOMPARE(m_world.pendingCount(), before + 1);

        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        const QString id = m_page->selectedIds().value(0);
        QVERIFY(!id.isEmpty());
        const auto row = m_world.cache->row(QStringLiteral("campaign"), id);
        QVERIFY(row && *row);
        QCOMPARE((*row)->value(QStringLiteral("name")).toString(), QStringLiteral("Launch teaser"));
        QCOMPARE((*row)->value(QStringLiteral("budget")).toObject().value(QStringLiteral("minor")).toInteger(), 500'000);
        QCOMPARE((*row)->value(QStringLiteral("cpm_rate_minor")).toInteger(), 235);
        QCOMPARE((*row)->value(QStringLiteral("required_hashtags")).toArray().size(), 2);
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Success);

        // The server takes it as it was predicted.
        QCOMPARE(m_world.pushOutbox(), QStringList{QStringLiteral("ok")});
        QCOMPARE(m_page->model()->rowAt(m_page->model()->rowOfId(id)).version, 1);
    }

    void invalidInputShowsTheDomainMessageAndQueuesNothing()
    {
        auto *editor = m_page->openEditor({});
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Too generous"));
        QTest::keyClicks(child<QLineEdit>(editor, "budgetEdit"), QStringLiteral("10"));
        QTest::keyClicks(child<QLineEdit>(editor, "maxPayoutEdit"), QStringLiteral("20"));
        QCOMPARE(editor->banner()->message(), QStringLiteral("The maximum payout per clip cannot exceed the budget."));
        QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
        // The input that breaks the rule is outlined, with the message as its tooltip.
        QCOMPARE(editor->form()->invalidField(), QStringLiteral("max_payout_per_clip_minor"));
        QCOMPARE(child<QLineEdit>(editor, "maxPayoutEdit")->toolTip(), editor->banner()->message());

        const qint64 before = m_world.pendingCount();
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QCOMPARE(m_world.pendingCount(), before);
        QCOMPARE(editor->banner()->message(), QStringLiteral("The maximum payout per clip cannot exceed the budget."));

        // Text that is no amount at all is named with its field.
        child<QLineEdit>(editor, "maxPayoutEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(editor, "budgetEdit"), QStringLiteral(".001"));
        QVERIFY2(editor->banner()->message().startsWith(QStringLiteral("Budget:")), qPrintable(editor->banner()->message()));
        editor->reject();
        QCOMPARE(m_world.pendingCount(), before);
    }

    void bulkActivatesTwoCampaignsAndReportsFailures()
    {
        const QString first = m_world.createCampaign(QStringLiteral("Spring sale"), 80'000, false);
        const QString second = m_world.createCampaign(QStringLiteral("Summer sale"), 120'000, false, QStringLiteral("music"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString bare = ClipDesk::Testing::TestApiClient::newId();
        QCOMPARE(m_world.push(m_world.brand, QStringLiteral("campaign.create"),
                              {{QStringLiteral("id"), bare}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Bare draft")}}}})
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(m_world.pull());
        QCOMPARE(m_page->model()->rowCount(), 4);

        m_page->selectIds({first, second});
        QCOMPARE(m_page->selectedIds().size(), 2);
        auto *activate = child<QAction>(m_page, "statusAction_active");
        QVERIFY(activate->isEnabled());
        activate->trigger();
        QCOMPARE(statusOf(*m_page, first), QStringLiteral("active"));
        QCOMPARE(statusOf(*m_page, second), QStringLiteral("active"));
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(m_page->selectedIds().size(), 2); // the selection survives the refresh
        QCOMPARE(m_world.pushOutbox(), (QStringList{QStringLiteral("ok"), QStringLiteral("ok")}));
        QCOMPARE(m_page->selectedIds().size(), 2); // and the pull after the push

        // One good, one that breaks the activation rules: the failure names the campaign and the rule.
        m_page->selectIds({bare});
        auto *pause = child<QAction>(m_page, "statusAction_paused");
        QVERIFY(!pause->isEnabled()); // a draft cannot be paused
        QVERIFY(child<QAction>(m_page, "deleteCampaignAction")->isEnabled());
        m_page->selectIds({first, bare});
        QVERIFY(pause->isEnabled());
        QVERIFY(!child<QAction>(m_page, "deleteCampaignAction")->isEnabled()); // only drafts and templates
        pause->trigger();
        QCOMPARE(m_page->banner()->message(),
                 QStringLiteral("1 of 2 campaigns could not be paused: Bare draft: A campaign cannot go from draft to paused."));
        QCOMPARE(statusOf(*m_page, first), QStringLiteral("paused"));
        m_page->selectIds({second, bare});
        m_page->changeStatusOfSelection(ClipDesk::Domain::CampaignStatus::Active);
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_page->banner()->message().startsWith(QStringLiteral("2 of 2 campaigns could not be activated: Summer sale: ")),
                 qPrintable(m_page->banner()->message()));
        QVERIFY(m_page->banner()->message().contains(QStringLiteral("Bare draft: A campaign cannot go active with a budget of zero.")));
        QCOMPARE(statusOf(*m_page, bare), QStringLiteral("draft"));

        QCOMPARE(m_world.pushOutbox(), QStringList{QStringLiteral("ok")});
        QCOMPARE(statusOf(*m_page, first), QStringLiteral("paused"));
        QCOMPARE(statusOf(*m_page, second), QStringLiteral("active"));
        m_first = first;
        m_second = second;
    }

    void bulkEditsBudgetAndDates()
    {
        const auto endsAt = [this](const QString &id) { return m_page->model()->rowAt(m_page->model()->rowOfId(id)).endsAtMs; };
        const qint64 firstEnd = endsAt(m_first);
        const qint64 secondEnd = endsAt(m_second);
        m_page->selectIds({m_first, m_second});
        focusTable();
        QTest::keyClick(m_page->table(), Qt::Key_B, Qt::ControlModifier);
        CampaignBulkEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<CampaignBulkEditDialog *>()) != nullptr);
        QTest::mouseClick(dialog->budgetOption(), Qt::LeftButton);
        QTest::keyClicks(dialog->budgetEdit(), QStringLiteral("750"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->findChild<CampaignBulkEditDialog *>() == nullptr);
        QCOMPARE(m_page->model()->rowAt(m_page->model()->rowOfId(m_first)).budgetMinor, 75'000);
        QCOMPARE(m_page->model()->rowAt(m_page->model()->rowOfId(m_second)).budgetMinor, 75'000);
        QCOMPARE(m_world.pushOutbox(), (QStringList(2, QStringLiteral("ok"))));

        m_page->openBulkEdit();
        QTRY_VERIFY((dialog = m_page->findChild<CampaignBulkEditDialog *>()) != nullptr);
        dialog->daysSpin()->setValue(7);
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->findChild<CampaignBulkEditDialog *>() == nullptr);
        QCOMPARE(endsAt(m_first), firstEnd + 7 * 86'400'000LL);
        QCOMPARE(endsAt(m_second), secondEnd + 7 * 86'400'000LL);
        QCOMPARE(m_world.pushOutbox(), (QStringList(2, QStringLiteral("ok"))));
        QCOMPARE(endsAt(m_first), firstEnd + 7 * 86'400'000LL);
    }

    void templatesAreShownSeparately()
    {
        m_page->selectIds({m_second});
        child<QAction>(m_page, "saveTemplateAction")->trigger();
        QVERIFY2(m_page->banner()->kind() == MessageBanner::Kind::Success, qPrintable(m_page->banner()->message()));
        QCOMPARE(m_page->table()->model()->rowCount(), 4); // the template is not in the campaign list
        QTest::mouseClick(child<QToolButton>(m_page, "templatesToggle"), Qt::LeftButton);
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        QCOMPARE(m_page->table()->model()->index(0, 0).data(CampaignListModel::StatusRole).toString(), QStringLiteral("template"));
        QTest::mouseClick(child<QToolButton>(m_page, "templatesToggle"), Qt::LeftButton);
        QCOMPARE(m_page->table()->model()->rowCount(), 4);
    }

    void searchFiltersTheTable()
    {
        focusTable();
        QTest::keyClick(m_page->table(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(m_page, "campaignSearch");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("sale"));
        QCOMPARE(visibleNames(*m_page), (QStringList{QStringLiteral("Spring sale"), QStringLiteral("Summer sale")}));
        search->clear();
        QCOMPARE(m_page->table()->model()->rowCount(), 4);
        m_page->selectIds({m_second});
        QVERIFY(ClipDesk::Testing::saveScreenshot(m_window, QStringLiteral("brand-campaigns.png")));
    }

    void enterEditsTheSelectedCampaign()
    {
        m_page->selectIds({m_first});
        focusTable();
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        CampaignEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = m_page->findChild<CampaignEditorDialog *>()) != nullptr);
        QCOMPARE(editor->campaignId(), m_first);
        QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Spring sale"));
        editor->reject();
        QTRY_VERIFY(m_page->findChild<CampaignEditorDialog *>() == nullptr);
    }

private:
    void focusTable()
    {
        m_window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_window));
        m_page->table()->setFocus();
    }

    BrandWorld m_world;
    QWidget m_window;
    CampaignsPage *m_page = nullptr;
    QString m_first;
    QString m_second;
};

QTEST_MAIN(TestBrandCampaigns)
#include "tst_brandcampaigns.moc"
