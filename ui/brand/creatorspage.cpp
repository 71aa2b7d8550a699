#include "creatorspage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "brandactions.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "offertermsdialog.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "ui/models/creatorsearchmodel.h"
#include "ui/signin/messagebanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

CreatorsPage::CreatorsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CreatorSearchModel(*context.cache, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("brandCreatorsPage"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CreatorSearchModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(new PageHeading(tr("Creators"), tr("Find clippers by category, niche and reach, then invite them to a campaign.")));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_invite = pageAction(this, brandIcon("contact-new", "invite"), tr("&Invite to Campaign…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          QStringLiteral("inviteAction"));
    connect(m_invite, &QAction::triggered, this, [this] { openInvite(); });
    toolbar->addAction(m_invite);
    layout->addWidget(toolbar);

    auto *filters = new QHBoxLayout;
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("creatorCategoryFilter"));
    m_category->addItem(tr("Any category"), QString());
    for (const QString &category : Domain::ProfileRules::categories())
        m_category->addItem(category, category);
    m_niche = new QLineEdit;
    m_niche->setObjectName(QStringLiteral("creatorNicheFilter"));
    m_niche->setPlaceholderText(tr("Niche or name, e.g. speedruns"));
    m_niche->setClearButtonEnabled(true);
    m_reach = new QSpinBox;
    m_reach->setObjectName(QStringLiteral("creatorReachFilter"));
    m_reach->setRange(0, 2'000'000'000);
    m_reach->setSingleStep(1000);
    m_reach->setGroupSeparatorShown(true);
    m_reach->setPrefix(tr("Reach ≥ "));
    filters->addWidget(m_category);
    filters->addWidget(m_niche, 1);
    filters->addWidget(m_reach);
    layout->addLayout(filters);
    auto *find = pageAction(this, {}, tr("Find"), QKeySequence::Find, QStringLiteral("findCreatorAction"));
    connect(find, &QAction::triggered, m_niche, [this] { m_niche->setFocus(Qt::ShortcutFocusReason); });

    m_banner = new MessageBanner;
    m_banner->setObjectName(QStringLiteral("creatorsBanner"));
    layout->addWidget(m_banner);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("creatorsTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CreatorSearchModel::Reach, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CreatorSearchModel::Name, 220);
    m_table->setColumnWidth(CreatorSearchModel::Username, 180);
    m_table->setColumnWidth(CreatorSearchModel::Category, 140);
    m_table->setColumnWidth(CreatorSearchModel::Niche, 300);
    m_table->addAction(m_invite);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openInvite(); });

    m_empty = new EmptyState(brandIcon("system-users", "creators"), {});
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this, &CreatorsPage::search);
    connect(m_niche, &QLineEdit::textChanged, this, &CreatorsPage::search);
    connect(m_reach, &QSpinBox::valueChanged, this, &CreatorsPage::search);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CreatorsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CreatorsPage::updateState);
    updateState();
}

void CreatorsPage::search()
{
    m_model->setSearch(m_category->currentData().toString(), m_niche->text(), m_reach->value());
}

void CreatorsPage::updateState()
{
    m_invite->setEnabled(m_table->selectionModel()->hasSelection());
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    const bool filtered = !m_category->currentData().toString().isEmpty() || !m_niche->text().trimmed().isEmpty()
                          || m_reach->value() > 0;
    m_empty->setText(filtered ? tr("No clippers match this search. Try a wider category or a lower reach.")
                              : tr("No clipper profiles are cached yet. They appear after the next sync."));
}

OfferTermsDialog *CreatorsPage::openInvite()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QString clipperId = rows.constFirst().data(CreatorSearchModel::UserIdRole).toString();
    const QString clipperName = rows.constFirst().siblingAtColumn(CreatorSearchModel::Name).data().toString();

    QList<OfferTermsDialog::CampaignChoice> campaigns;
    if (auto cached = m_context.cache->rows(QStringLiteral("campaign"),
                                            QStringLiteral("brand_id = ? AND is_template = 0 AND status IN ('active', 'paused')"
                                                           " AND COALESCE(flagged_reason, '') = ''"),
                                            {m_context.viewer.userId}, QStringLiteral("name COLLATE NOCASE"))) {
        for (const QJsonObject &row : *cached) {
            const Domain::Campaign campaign = Domain::campaignFromJson(row);
            QStringList payout;
            if (campaign.cpmRateMinor > 0)
                payout.append(tr("%1 CPM").arg(Domain::Money{campaign.cpmRateMinor, campaign.budget.currency}.toDisplayString()));
            if (campaign.perClipMinor > 0)
                payout.append(tr("%1 per clip").arg(Domain::Money{campaign.perClipMinor, campaign.budget.currency}.toDisplayString()));
            campaigns.append({campaign.id, campaign.name, campaign.budget.currency, payout.join(QStringLiteral(" · "))});
        }
    }
    if (campaigns.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Invitations need an active or paused campaign. Activate one on the Campaigns page first."));
        return nullptr;
    }
    auto *dialog = new OfferTermsDialog(tr("Invite %1").arg(clipperName),
                                        tr("Invite %1 to one of your campaigns. They can accept, reject or send a counter-offer.")
                                            .arg(clipperName),
                                        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCampaigns(campaigns);
    dialog->setSendText(tr("&Send Invitation"));
    dialog->setSubmit([this, clipperId](const QString &campaignId, const QJsonObject &terms) {
        return m_context.mutations->submit(QStringLiteral("offer.create"),
                                           {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                            {QStringLiteral("campaign_id"), campaignId},
                                            {QStringLiteral("clipper_id"), clipperId},
                                            {QStringLiteral("terms"), terms}});
    });
    connect(dialog, &QDialog::accepted, this, [this, clipperName] {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Invitation to %1 queued. Follow it on the Offers page.").arg(clipperName));
    });
    dialog->open();
    return dialog;
}

} // namespace ClipDesk::Ui
