#include "clipper/offersinboxpage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "clipper/termsdialog.h"
#include "models/offerthreadlistmodel.h"
#include "models/offerthreadmodel.h"
#include "signin/messagebanner.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "widgets/statuschipdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

bool waitingForClipper(const QModelIndex &index)
{
    return index.data(OfferThreadListModel::StatusRole).toString() == u"pending"
        && index.data(OfferThreadListModel::AuthorRoleRole).toString() == u"brand";
}

// Keeps the threads the "Show" combo asks for and puts threads waiting for the clipper in bold.
class ThreadFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShow(OffersInboxPage::Show show)
    {
        m_show = show;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && waitingForClipper(index)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const bool pending = index.data(OfferThreadListModel::StatusRole).toString() == u"pending";
        switch (m_show) {
        case OffersInboxPage::Show::All:
            return true;
        case OffersInboxPage::Show::WaitingForMe:
            return waitingForClipper(index);
        case OffersInboxPage::Show::WaitingForBrand:
            return pending && !waitingForClipper(index);
        case OffersInboxPage::Show::Closed:
            return !pending;
        }
        return true;
    }

private:
    OffersInboxPage::Show m_show = OffersInboxPage::Show::All;
};

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

QPushButton *actionButton(const QString &text, const QKeySequence &keys, const QString &tip, QStyle::StandardPixmap icon,
                          QWidget *parent)
{
    auto *button = new QPushButton(parent->style()->standardIcon(icon), text, parent);
    button->setShortcut(keys);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    return button;
}

} // namespace

OffersInboxPage::OffersInboxPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_threadModel(new OfferThreadListModel(*context.cache, this))
    , m_filter(new ThreadFilter(this))
    , m_roundModel(new OfferThreadModel(*context.cache, this))
    , m_show(new QComboBox(this))
    , m_threads(new QTableView(this))
    , m_rounds(new QTableView(this))
    , m_threadTitle(new QLabel(this))
    , m_turn(new QLabel(this))
    , m_accept(actionButton(tr("Accept"), QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Accept these terms and join the campaign"),
                            QStyle::SP_DialogApplyButton, this))
    , m_reject(actionButton(tr("Reject"), QKeySequence(Qt::CTRL | Qt::Key_Backspace), tr("Decline and close the thread"),
                            QStyle::SP_DialogCancelButton, this))
    , m_counter(actionButton(tr("Counter…"), QKeySequence(Qt::CTRL | Qt::Key_K), tr("Propose other terms"),
                             QStyle::SP_BrowserReload, this))
    , m_withdraw(actionButton(tr("Withdraw"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                              tr("Take back your pending round"), QStyle::SP_ArrowBack, this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_DirOpenIcon), QString(), this))
{
    setObjectName(QStringLiteral("offersInboxPage"));
    m_threadModel->setScope(QStringLiteral("o.clipper_id = ?"), {m_context.viewer.userId});
    m_filter->setSourceModel(m_threadModel);
    m_filter->setSortRole(OfferThreadListModel::SortRole);

    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->addItem(tr("All threads"));
    m_show->addItem(tr("Waiting for you"));
    m_show->addItem(tr("Waiting for the brand"));
    m_show->addItem(tr("Closed"));

    m_threads->setObjectName(QStringLiteral("threadTable"));
    m_threads->setModel(m_filter);
    setUpTable(m_threads);
    m_threads->setSortingEnabled(true);
    m_threads->sortByColumn(OfferThreadListModel::Updated, Qt::DescendingOrder);
    m_threads->hideColumn(OfferThreadListModel::Clipper);
    m_threads->horizontalHeader()->setStretchLastSection(false);
    m_threads->horizontalHeader()->setSectionResizeMode(OfferThreadListModel::Campaign, QHeaderView::Stretch);
    m_threads->setItemDelegateForColumn(OfferThreadListModel::Status,
                                        new StatusChipDelegate(OfferThreadListModel::StatusRole, m_threads));

    m_rounds->setObjectName(QStringLiteral("roundTable"));
    m_rounds->setModel(m_roundModel);
    setUpTable(m_rounds);
    m_rounds->setItemDelegateForColumn(OfferThreadModel::Status, new StatusChipDelegate(OfferThreadModel::StatusRole, m_rounds));
    m_rounds->setWordWrap(true);
    m_rounds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QFont titleFont = m_threadTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_threadTitle->setFont(titleFont);
    m_threadTitle->setWordWrap(true);
    m_turn->setObjectName(QStringLiteral("turnLabel"));
    m_turn->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_counter->setObjectName(QStringLiteral("counterButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_threadTitle);
    detailLayout->addWidget(m_turn);
    detailLayout->addWidget(m_rounds, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_counter);
    buttons->addStretch();
    buttons->addWidget(m_withdraw);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_banner);

    m_stack->addWidget(m_threads);
    m_stack->addWidget(m_empty);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new PageHeading(tr("Offers"), tr("Invitations from brands and your applications, one row per "
                                                    "negotiation. Bold rows wait for your answer."), this), 1);
    top->addWidget(m_show, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this](int index) { static_cast<ThreadFilter *>(m_filter)->setShow(Show(index)); });
    connect(m_threads->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showThread(current.data(OfferThreadListModel::ThreadIdRole).toString());
            });
    // The list model resets on every cache change: keep the selected thread selected.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_currentThread.isEmpty() && !selectThread(m_currentThread))
            showThread({});
        updateEmptyState();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OffersInboxPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OffersInboxPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OffersInboxPage::updateEmptyState);
    connect(m_roundModel, &QAbstractItemModel::modelReset, this, &OffersInboxPage::updateActions);
    connect(m_accept, &QPushButton::clicked, this, &OffersInboxPage::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &OffersInboxPage::rejectSelected);
    connect(m_counter, &QPushButton::clicked, this, &OffersInboxPage::counterSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &OffersInboxPage::withdrawSelected);

    m_threadModel->reload();
    m_threads->resizeColumnsToContents();
    showThread({});
    updateEmptyState();
}

bool OffersInboxPage::selectThread(const QString &threadId)
{
    const int sourceRow = m_threadModel->rowOfThread(threadId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_threadModel->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_threads->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showThread(threadId);
    return true;
}

QString OffersInboxPage::selectedThreadId() const
{
    return m_currentThread;
}

void OffersInboxPage::showThread(const QString &threadId)
{
    m_currentThread = threadId;
    m_roundModel->setThread(threadId);
    updateActions();
}

void OffersInboxPage::updateActions()
{
    const Domain::Offer *latest = m_roundModel->latest();
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    m_counter->setEnabled(false);
    m_withdraw->setEnabled(false);
    if (!latest) {
        m_threadTitle->setText(tr("No thread selected"));
        m_turn->setText(tr("Select a thread to see its rounds."));
        return;
    }
    const int row = m_threadModel->rowOfThread(m_currentThread);
    const QString campaign = row >= 0 ? m_threadModel->threadAt(row).campaignName : QString();
    QString brand = row >= 0 ? m_threadModel->threadAt(row).brandName : QString();
    if (auto profile = m_context.cache->row(Sync::Entity::Profile, latest->brandId); profile && profile->has_value()) {
        const QString company = (**profile).value(QStringLiteral("company_name")).toString();
        if (!company.isEmpty())
            brand = company;
    }
    const Domain::Offer &first = m_roundModel->rounds().constFirst();
    m_threadTitle->setText(first.kind == Domain::OfferKind::Invite ? tr("Invitation to “%1” from %2").arg(campaign, brand)
                                                                   : tr("Your application to “%1” (%2)").arg(campaign, brand));
    const bool myTurn = bool(Domain::OfferRules::checkResponder(*latest, Domain::Role::Clipper));
    const bool canWithdraw = bool(Domain::OfferRules::checkWithdrawer(*latest, Domain::Role::Clipper));
    m_accept->setEnabled(myTurn);
    m_reject->setEnabled(myTurn);
    m_counter->setEnabled(myTurn);
    m_withdraw->setEnabled(canWithdraw);
    if (myTurn)
        m_turn->setText(tr("Round %1 waits for your answer: accept, reject or propose other terms.").arg(latest->round));
    else if (canWithdraw)
        m_turn->setText(tr("Round %1 waits for the brand. You can still withdraw it.").arg(latest->round));
    else
        m_turn->setText(tr("This thread is closed (%1).").arg(OfferThreadModel::statusText(latest->status)));
}

void OffersInboxPage::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    m_empty->setText(m_threadModel->rowCount() == 0
                         ? tr("No invitations or applications yet. Apply to a campaign in Discover.")
                         : tr("No thread matches this view."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_threads);
}

void OffersInboxPage::answer(const QString &mutation, const QString &done)
{
    const Domain::Offer *latest = m_roundModel->latest();
    if (!latest)
        return;
    const Result<QString> queued = m_context.mutations->submit(mutation, {{QStringLiteral("offer_id"), latest->id}});
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success, done);
}

void OffersInboxPage::acceptSelected()
{
    answer(QStringLiteral("offer.accept"), tr("Accepted. You are now a member of the campaign (sent with the next sync)."));
}

void OffersInboxPage::rejectSelected()
{
    answer(QStringLiteral("offer.reject"), tr("Rejected. The brand is told with the next sync."));
}

void OffersInboxPage::withdrawSelected()
{
    answer(QStringLiteral("offer.withdraw"), tr("Withdrawn."));
}

void OffersInboxPage::counterSelected()
{
    const Domain::Offer *latest = m_roundModel->latest();
    if (!latest)
        return;
    Domain::OfferTerms terms = latest->terms;
    terms.message.clear();
    auto *dialog = new TermsDialog(m_context, QStringLiteral("offer.counter"), {{QStringLiteral("offer_id"), latest->id}},
                                   terms, tr("Counter-offer"),
                                   tr("Propose other terms. The brand can accept, reject or counter again."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Counter-offer sent with the next sync."));
    });
    dialog->open();
    Q_EMIT counterDialogOpened(dialog);
}

} // namespace ClipDesk::Ui
