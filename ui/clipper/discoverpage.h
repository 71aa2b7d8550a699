#pragma once

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class CampaignDetailPanel;
class CampaignFilterProxy;
class CampaignListModel;
class EmptyState;
class MoneyEdit;
class TermsDialog;

// Campaigns a clipper can apply to (active, public, not flagged, not templates) with filters
// for category, payout model, minimum CPM rate, minimum budget and platform, sortable columns,
// and the selected campaign's details with "Apply…".
class DiscoverPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DiscoverPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DiscoverPage)

    QTableView *view() const { return m_view; }
    CampaignListModel *model() const { return m_model; }
    CampaignFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *payoutFilter() const { return m_payout; }
    QComboBox *platformFilter() const { return m_platform; }
    MoneyEdit *minimumRateEdit() const { return m_minimumRate; }
    MoneyEdit *minimumBudgetEdit() const { return m_minimumBudget; }
    CampaignDetailPanel *detail() const { return m_detail; }

public Q_SLOTS:
    void applyTo(const QString &campaignId); // opens the apply dialog
    void clearFilters();

Q_SIGNALS:
    void applyDialogOpened(ClipDesk::Ui::TermsDialog *dialog);

private:
    void updateEmptyState();

    AppContext &m_context;
    CampaignListModel *m_model;
    CampaignFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_payout;
    QComboBox *m_platform;
    MoneyEdit *m_minimumRate;
    MoneyEdit *m_minimumBudget;
    QPushButton *m_clear;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    CampaignDetailPanel *m_detail;
};

} // namespace ClipDesk::Ui
