#include "clipper/discoverpage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "clipper/campaigndetailpanel.h"
#include "clipper/termsdialog.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "models/campaignfilterproxy.h"
#include "models/campaignlistmodel.h"
#include "sync/clientcache.h"
#include "widgets/moneyedit.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

DiscoverPage::DiscoverPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CampaignListModel(*context.cache, this))
    , m_proxy(new CampaignFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_payout(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_minimumRate(new MoneyEdit(this))
    , m_minimumBudget(new MoneyEdit(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_FileDialogContentsView), QString(), this))
    , m_detail(new CampaignDetailPanel(context, this))
{
    setObjectName(QStringLiteral("discoverPage"));
    m_model->setScope(QStringLiteral("status = 'active' AND visibility = 'public' AND is_template = 0"
                                     " AND COALESCE(flagged_reason, '') = ''"));
    m_model->setColumns({CampaignListModel::Name, CampaignListModel::Category, CampaignListModel::PayoutModel,
                         CampaignListModel::CpmRate, CampaignListModel::PerClip, CampaignListModel::Budget,
                         CampaignListModel::Platforms, CampaignListModel::EndsAt});
    m_proxy->setCampaignModel(m_model);
    m_proxy->setTemplateFilter(CampaignFilterProxy::TemplateFilter::CampaignsOnly);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name or category…"));
    m_search->setClearButtonEnabled(true);
    const QKeySequence findKeys(QKeySequence::Find);
    m_search->setToolTip(tr("Search (%1)").arg(findKeys.toString(QKeySequence::NativeText)));
    auto *find = new QAction(this);
    find->setShortcut(findKeys);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);

    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("Any category"), QString());
    for (const QString &category : Domain::ProfileRules::categories())
        m_category->addItem(category, category);
    m_payout->setObjectName(QStringLiteral("payoutFilter"));
    m_payout->addItem(tr("Any payout"), QString());
    for (const char *model : {"cpm", "per_clip", "hybrid"})
        m_payout->addItem(CampaignListModel::payoutModelText(QLatin1String(model)), QLatin1String(model));
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->addItem(tr("Any platform"), QString());
    for (const QString &platform : Domain::Platform::all())
        m_platform->addItem(CampaignListModel::platformText(platform), platform);
    m_minimumRate->setObjectName(QStringLiteral("minimumRateEdit"));
    m_minimumRate->setPlaceholderText(tr("Min. CPM"));
    m_minimumRate->setToolTip(tr("Only campaigns paying at least this per 1,000 views"));
    m_minimumBudget->setObjectName(QStringLiteral("minimumBudgetEdit"));
    m_minimumBudget->setPlaceholderText(tr("Min. budget left"));
    m_minimumBudget->setToolTip(tr("Only campaigns with at least this budget left. Spending is not tracked yet, "
                                   "so the budget left is the whole budget."));
    for (MoneyEdit *edit : {m_minimumRate, m_minimumBudget})
        edit->setMaximumWidth(130);
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_clear->setToolTip(tr("Show every campaign again (%1)").arg(m_clear->shortcut().toString(QKeySequence::NativeText)));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_payout, 1);
    filters->addWidget(m_platform, 1);
    filters->addWidget(m_minimumRate);
    filters->addWidget(m_minimumBudget);
    filters->addWidget(m_clear);

    m_view->setObjectName(QStringLiteral("campaignTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_model->sectionOf(CampaignListModel::EndsAt), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *clearFromEmpty = m_empty->setAction(tr("Clear filters"));
    connect(clearFromEmpty, &QPushButton::clicked, this, &DiscoverPage::clearFilters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({800, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new PageHeading(tr("Discover"), tr("Public campaigns you can apply to. Pick one to read its brief."), this));
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CampaignFilterProxy::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_category->currentData().toString()); });
    connect(m_payout, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPayoutModel(m_payout->currentData().toString()); });
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPlatform(m_platform->currentData().toString()); });
    connect(m_minimumRate, &QLineEdit::textChanged, this, [this] {
        const Result<qint64> minor = m_minimumRate->minorUnits();
        m_minimumRate->setStyleSheet(minor ? QString() : QStringLiteral("color: #c0392b"));
        m_proxy->setMinimumCpmRate(minor ? *minor : 0);
    });
    connect(m_minimumBudget, &QLineEdit::textChanged, this, [this] {
        const Result<qint64> minor = m_minimumBudget->minorUnits();
        m_minimumBudget->setStyleSheet(minor ? QString() : QStringLiteral("color: #c0392b"));
        m_proxy->setMinimumBudget(minor ? *minor : 0);
    });
    connect(m_clear, &QPushButton::clicked, this, &DiscoverPage::clearFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_detail->showCampaign(current.isValid() ? current.data(CampaignListModel::IdRole).toString() : QString());
    });
    connect(m_detail, &CampaignDetailPanel::applyRequested, this, &DiscoverPage::applyTo);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DiscoverPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DiscoverPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DiscoverPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DiscoverPage::updateEmptyState);
    updateEmptyState();
}

void DiscoverPage::clearFilters()
{
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_payout->setCurrentIndex(0);
    m_platform->setCurrentIndex(0);
    m_minimumRate->clear();
    m_minimumBudget->clear();
}

void DiscoverPage::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    const bool filtered = m_model->rowCount() > 0;
    m_empty->setText(filtered ? tr("No campaign matches these filters.")
                              : tr("No public campaigns right now. New ones appear here as brands publish them."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

void DiscoverPage::applyTo(const QString &campaignId)
{
    auto row = m_context.cache->row(QStringLiteral("campaign"), campaignId);
    if (!row || !row->has_value())
        return;
    const Domain::Campaign campaign = Domain::campaignFromJson(**row);
    Domain::OfferTerms terms;
    terms.currency = campaign.budget.currency;
    terms.perClipMinor = campaign.perClipMinor;
    terms.cpmRateMinor = campaign.cpmRateMinor;
    auto *dialog = new TermsDialog(m_context, QStringLiteral("offer.create"), {{QStringLiteral("campaign_id"), campaignId}},
                                   terms, tr("Apply to “%1”").arg(campaign.name),
                                   tr("Tell the brand why you are a good fit. The terms start from the campaign's "
                                      "payout; propose others if you like."),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT applyDialogOpened(dialog);
}

} // namespace ClipDesk::Ui
