#include "offerspage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "brandactions.h"
#include "offertermsdialog.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "ui/models/offerthreadlistmodel.h"
#include "ui/models/offerthreadmodel.h"
#include "ui/signin/messagebanner.h"
#include "ui/widgets/statuschipdelegate.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

QTableView *makeTable(const QString &objectName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

OffersPage::OffersPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_threadModel(new OfferThreadListModel(*context.cache, this))
    , m_roundModel(new OfferThreadModel(*context.cache, this))
{
    setObjectName(QStringLiteral("brandOffersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(new PageHeading(tr("Offers"), tr("Invitations and applications, round by round. Answer when it is your turn.")));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_accept = pageAction(this, brandIcon("dialog-ok-apply", "accept"), tr("&Accept"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                          QStringLiteral("acceptOfferAction"));
    m_reject = pageAction(this, brandIcon("dialog-cancel", "reject"), tr("&Reject"), QKeySequence(Qt::CTRL | Qt::Key_Backspace),
                          QStringLiteral("rejectOfferAction"));
    m_counter = pageAction(this, brandIcon("mail-reply-sender", "counter"), tr("&Counter…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                           QStringLiteral("counterOfferAction"));
    m_withdraw = pageAction(this, brandIcon("edit-undo", "withdraw"), tr("&Withdraw"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                            QStringLiteral("withdrawOfferAction"));
    for (QAction *action : {m_accept, m_reject, m_counter, m_withdraw})
        toolbar->addAction(action);
    layout->addWidget(toolbar);
    connect(m_accept, &QAction::triggered, this, [this] { respond(QStringLiteral("offer.accept"), tr("Accepted. The clipper is now a member of the campaign.")); });
    connect(m_reject, &QAction::triggered, this, [this] { respond(QStringLiteral("offer.reject"), tr("Rejected.")); });
    connect(m_withdraw, &QAction::triggered, this, [this] { respond(QStringLiteral("offer.withdraw"), tr("Withdrawn.")); });
    connect(m_counter, &QAction::triggered, this, [this] { openCounter(); });

    m_banner = new MessageBanner;
    m_banner->setObjectName(QStringLiteral("offersBanner"));
    layout->addWidget(m_banner);

    m_threads = makeTable(QStringLiteral("threadsTable"));
    m_threads->setModel(m_threadModel);
    m_threads->setColumnHidden(OfferThreadListModel::Brand, true);
    m_threads->setColumnWidth(OfferThreadListModel::Campaign, 320);
    m_threads->setColumnWidth(OfferThreadListModel::Clipper, 240);
    m_threads->setColumnWidth(OfferThreadListModel::Round, 70);
    m_threads->setColumnWidth(OfferThreadListModel::Status, 120);
    m_threads->setItemDelegateForColumn(OfferThreadListModel::Status,
                                        new StatusChipDelegate(OfferThreadListModel::StatusRole, m_threads));

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    m_threadTitle = new QLabel;
    m_threadTitle->setObjectName(QStringLiteral("threadTitle"));
    QFont titleFont = m_threadTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_threadTitle->setFont(titleFont);
    m_turn = new QLabel;
    m_turn->setObjectName(QStringLiteral("turnLabel"));
    m_turn->setForegroundRole(QPalette::PlaceholderText);
    m_rounds = makeTable(QStringLiteral("roundsTable"));
    m_rounds->setModel(m_roundModel);
    m_rounds->setColumnWidth(OfferThreadModel::Round, 60);
    m_rounds->setColumnWidth(OfferThreadModel::Author, 80);
    m_rounds->setColumnWidth(OfferThreadModel::PerClip, 110);
    m_rounds->setColumnWidth(OfferThreadModel::CpmRate, 110);
    m_rounds->setColumnWidth(OfferThreadModel::Requirements, 280);
    m_rounds->setColumnWidth(OfferThreadModel::Message, 280);
    m_rounds->setColumnWidth(OfferThreadModel::Status, 110);
    m_rounds->setItemDelegateForColumn(OfferThreadModel::Status, new StatusChipDelegate(OfferThreadModel::StatusRole, m_rounds));
    detailLayout->addWidget(m_threadTitle);
    detailLayout->addWidget(m_turn);
    detailLayout->addWidget(m_rounds, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("offersSplitter"));
    split->addWidget(m_threads);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    m_empty = new EmptyState(brandIcon("mail-message", "offers"),
                             tr("No offers yet. Invite clippers from the Creators page, or wait for applications."));
    m_stack = new QStackedWidget;
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_threads->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OffersPage::showThread);
    connect(m_threadModel, &QAbstractItemModel::modelReset, this, [this] {
        m_stack->setCurrentIndex(m_threadModel->rowCount() == 0 ? 1 : 0);
        if (!m_selectedThread.isEmpty())
            selectThread(m_selectedThread);
    });
    connect(m_roundModel, &QAbstractItemModel::modelReset, this, &OffersPage::updateActions);
    connect(m_roundModel, &QAbstractItemModel::dataChanged, this, &OffersPage::updateActions);
    m_threadModel->setScope(QStringLiteral("o.brand_id = ?"), {context.viewer.userId});
    if (m_threadModel->rowCount() > 0)
        m_threads->selectRow(0);
    updateActions();
}

void OffersPage::selectThread(const QString &threadId)
{
    const int row = m_threadModel->rowOfThread(threadId);
    if (row >= 0)
        m_threads->selectRow(row);
}

void OffersPage::showThread()
{
    const QModelIndexList rows = m_threads->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_threadTitle->clear();
        m_roundModel->setThread({});
        updateActions();
        return;
    }
    const OfferThreadListModel::Thread &thread = m_threadModel->threadAt(rows.constFirst().row());
    m_selectedThread = thread.threadId;
    m_threadTitle->setText(tr("%1 — %2").arg(thread.campaignName, thread.clipperName.isEmpty() ? thread.clipperId : thread.clipperName));
    if (m_roundModel->threadId() != thread.threadId)
        m_banner->clear();
    m_roundModel->setThread(thread.threadId);
    updateActions();
}

void OffersPage::updateActions()
{
    const Domain::Offer *latest = m_roundModel->latest();
    const bool canAnswer = latest && Domain::OfferRules::checkResponder(*latest, Domain::Role::Brand).has_value();
    const bool canWithdraw = latest && Domain::OfferRules::checkWithdrawer(*latest, Domain::Role::Brand).has_value();
    m_accept->setEnabled(canAnswer);
    m_reject->setEnabled(canAnswer);
    m_counter->setEnabled(canAnswer);
    m_withdraw->setEnabled(canWithdraw);
    if (!latest)
        m_turn->setText(tr("Select a thread to see its rounds."));
    else if (canAnswer)
        m_turn->setText(tr("Your turn: accept, reject or send a counter-offer."));
    else if (canWithdraw)
        m_turn->setText(tr("Waiting for the clipper to answer round %1.").arg(latest->round));
    else
        m_turn->setText(tr("This negotiation is closed (%1).").arg(OfferThreadModel::statusText(latest->status).toLower()));
}

void OffersPage::respond(const QString &mutation, const QString &doneText)
{
    const Domain::Offer *latest = m_roundModel->latest();
    if (!latest)
        return;
    const auto queued = m_context.mutations->submit(mutation, {{QStringLiteral("offer_id"), latest->id}});
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success, doneText);
}

OfferTermsDialog *OffersPage::openCounter()
{
    const Domain::Offer *latest = m_roundModel->latest();
    if (!latest || !m_counter->isEnabled())
        return nullptr;
    const Domain::Offer pending = *latest;
    QString campaignName = pending.campaignId;
    if (const auto row = m_context.cache->row(QStringLiteral("campaign"), pending.campaignId); row && *row)
        campaignName = (*row)->value(QStringLiteral("name")).toString();
    auto *dialog = new OfferTermsDialog(tr("Counter-offer"),
                                        tr("Change the terms of round %1. The clipper then answers your round %2.")
                                            .arg(pending.round)
                                            .arg(pending.round + 1),
                                        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCampaigns({{pending.campaignId, campaignName, pending.terms.currency, {}}});
    dialog->campaignCombo()->setEnabled(false);
    Domain::OfferTerms terms = pending.terms;
    terms.message.clear();
    dialog->setTerms(terms);
    dialog->setSendText(tr("&Send Counter-offer"));
    dialog->setSubmit([this, offerId = pending.id](const QString &, const QJsonObject &newTerms) {
        return m_context.mutations->submit(QStringLiteral("offer.counter"),
                                           {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                            {QStringLiteral("offer_id"), offerId},
                                            {QStringLiteral("terms"), newTerms}});
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Counter-offer queued."));
    });
    dialog->open();
    return dialog;
}

} // namespace ClipDesk::Ui
