#include "clipper/mycampaignspage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "models/membershipmodel.h"
#include "signin/messagebanner.h"
#include "sync/mutationqueue.h"
#include "widgets/statuschipdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

MyCampaignsPage::MyCampaignsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new MembershipModel(*context.cache, context.viewer.userId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_leave(new QPushButton(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("Leave campaign…"), this))
    , m_showEnded(new QCheckBox(tr("Show ended memberships"), this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_DirIcon),
                             tr("You are not in any campaign yet. Apply in Discover or accept an invitation in Offers."), this))
{
    setObjectName(QStringLiteral("myCampaignsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MembershipModel::SortRole);
    m_view->setObjectName(QStringLiteral("membershipTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MembershipModel::JoinedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(MembershipModel::RequirementsColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(MembershipModel::StatusColumn, new StatusChipDelegate(MembershipModel::StatusRole, m_view));

    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_leave->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_leave->setToolTip(tr("Leave the selected campaign (%1)").arg(m_leave->shortcut().toString(QKeySequence::NativeText)));
    m_showEnded->setObjectName(QStringLiteral("showEndedBox"));

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showEnded);
    actions->addStretch();
    actions->addWidget(m_leave);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new PageHeading(tr("My campaigns"), tr("Campaigns you clip for, with the terms you agreed on."), this));
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_showEnded, &QCheckBox::toggled, this, [this](bool on) { m_model->setActiveOnly(!on); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MyCampaignsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateEmptyState();
        m_view->resizeColumnsToContents();
    });
    connect(m_leave, &QPushButton::clicked, this, &MyCampaignsPage::leaveSelected);
    m_view->resizeColumnsToContents();
    updateActions();
    updateEmptyState();
}

void MyCampaignsPage::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_leave->setEnabled(current.isValid() && current.data(MembershipModel::StatusRole).toString() == u"active");
}

void MyCampaignsPage::updateEmptyState()
{
    m_stack->setCurrentWidget(m_proxy->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
}

void MyCampaignsPage::leaveSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(MembershipModel::IdRole).toString();
    const QString name = current.siblingAtColumn(MembershipModel::CampaignColumn).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Leave campaign"),
                                tr("Leave “%1”? You stop earning from it, and joining again needs a new offer.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Leave"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id, name](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const Result<QString> queued = m_context.mutations->submit(QStringLiteral("membership.leave"), {{QStringLiteral("id"), id}});
        if (!queued) {
            m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success, tr("You left “%1”.").arg(name));
    });
    box->open();
    Q_EMIT confirmationOpened(box);
}

} // namespace ClipDesk::Ui
