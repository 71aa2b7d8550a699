#include "review/submissionspage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "clips/clipdisplayproxy.h"
#include "models/campaignlistmodel.h"
#include "models/cliplistmodel.h"
#include "review/submissiondetailpane.h"
#include "signin/messagebanner.h"
#include "sync/offlinemediadownloads.h"
#include "widgets/selectionkeeper.h"
#include "widgets/shortcutbutton.h"
#include "widgets/statuschipdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ClipDesk::Ui {

namespace {

constexpr auto Reviewed = "k.status NOT IN ('draft', 'uploading')";

} // namespace

SubmissionsPage::SubmissionsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ClipListModel(*context.cache, this))
    , m_proxy(new ClipDisplayProxy(*context.cache, this))
    , m_campaigns(new CampaignListModel(*context.cache, this))
    , m_view(new QTableView(this))
    , m_details(new SubmissionDetailPane(context, this))
    , m_campaign(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_makeOffline(shortcutButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Make available offline"),
                                 QKeySequence(Qt::CTRL | Qt::Key_D), tr("Download the selected clips' videos to this device"), this))
    , m_cancelDownload(shortcutButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel download"),
                                    QKeySequence(Qt::CTRL | Qt::Key_Period),
                                    tr("Stop downloading; making it available offline again continues where it stopped"), this))
    , m_removeOffline(shortcutButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove offline copy"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Delete the selected clips' videos from this device"),
                                   this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this))
{
    setObjectName(QStringLiteral("submissionsPage"));
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_makeOffline->setObjectName(QStringLiteral("makeOfflineButton"));
    m_cancelDownload->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_removeOffline->setObjectName(QStringLiteral("removeOfflineButton"));
    m_status->addItem(tr("Awaiting review"), QStringLiteral("submitted"));
    m_status->addItem(tr("Approved"), QStringLiteral("approved"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_status->addItem(tr("Published"), QStringLiteral("published"));
    m_status->addItem(tr("All statuses"), QString());
    m_campaigns->setColumns({CampaignListModel::Name});
    const bool brand = context.viewer.role == Domain::Role::Brand;
    m_campaigns->setScope(brand ? QStringLiteral("id IN (SELECT campaign_id FROM clips WHERE brand_id = ?"
                                                 " AND status NOT IN ('draft', 'uploading'))")
                                : QStringLiteral("id IN (SELECT campaign_id FROM clips WHERE status NOT IN ('draft', 'uploading'))"),
                          brand ? QVariantList{context.viewer.userId} : QVariantList{});

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("submissionTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(64, 36));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(44);
    m_view->setColumnHidden(ClipListModel::PlatformColumn, true);
    m_view->setColumnHidden(ClipListModel::UpdatedColumn, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ClipListModel::ClipperColumn), 1);
    header->moveSection(header->visualIndex(ClipListModel::SubmittedColumn), 3);
    // One line per row: the title takes what is left, the rest is sized to stay readable at 1280×800
    // (long campaign names elide; the full text is in the detail pane).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ClipListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(ClipListModel::StatusColumn, new StatusChipDelegate(ClipDisplayProxy::ChipRole, m_view));

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 380}); // scaled to the real width: the list gets about two thirds

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Campaign:"), this));
    filters->addWidget(m_campaign);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addStretch();
    filters->addWidget(m_makeOffline);
    filters->addWidget(m_cancelDownload);
    filters->addWidget(m_removeOffline);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new PageHeading(tr("Submissions"),
                                      brand ? tr("Clips sent in to your campaigns. Approve or reject them, also offline.")
                                            : tr("Every submitted clip on every campaign. Approve or reject them, also offline."),
                                      this));
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    // A and R review the current clip from the list (typing in the feedback is not affected).
    auto *approve = new QShortcut(QKeySequence(Qt::Key_A), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(approve, &QShortcut::activated, m_details, &SubmissionDetailPane::approve);
    auto *reject = new QShortcut(QKeySequence(Qt::Key_R), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(reject, &QShortcut::activated, m_details, &SubmissionDetailPane::reject);

    connect(m_makeOffline, &QPushButton::clicked, this, &SubmissionsPage::makeSelectedAvailableOffline);
    connect(m_cancelDownload, &QPushButton::clicked, this, &SubmissionsPage::cancelSelectedDownloads);
    connect(m_removeOffline, &QPushButton::clicked, this, &SubmissionsPage::removeSelectedOfflineCopies);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &SubmissionsPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SubmissionsPage::applyFilters);
    connect(m_campaigns, &CampaignListModel::reloaded, this, &SubmissionsPage::reloadCampaigns);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubmissionsPage::updateSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubmissionsPage::updateSelection);
    connect(m_details, &SubmissionDetailPane::reviewed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Success, message);
    });
    connect(m_details, &SubmissionDetailPane::failed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Error, message);
    });
    // The list reloads on every cache change (a review, a finished download): keep the
    // selected clips selected, or fall back to the first one.
    auto *keeper = new SelectionKeeper(m_view, ClipListModel::IdRole);
    connect(keeper, &SelectionKeeper::restored, this, [this](bool found) {
        updateEmptyState();
        fitColumns();
        if (!found && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        updateSelection();
    });
    if (m_context.offlineMedia)
        connect(m_context.offlineMedia, &Sync::OfflineMediaDownloads::changed, this, &SubmissionsPage::updateDownloadBanner);
    reloadCampaigns();
    applyFilters();
}

QString SubmissionsPage::baseScope() const
{
    if (m_context.viewer.role == Domain::Role::Brand)
        return QStringLiteral("k.brand_id = ? AND ") + QLatin1String(Reviewed);
    return QLatin1String(Reviewed);
}

void SubmissionsPage::fitColumns()
{
    // Sized to their contents but capped, so the title keeps room at 1280×800.
    static constexpr std::pair<int, int> Caps[] = {{ClipListModel::ClipperColumn, 120}, {ClipListModel::CampaignColumn, 150},
                                                   {ClipListModel::SubmittedColumn, 120}, {ClipListModel::StatusColumn, 110},
                                                   {ClipListModel::OfflineColumn, 90}};
    for (const auto &[column, cap] : Caps) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), cap));
    }
}

void SubmissionsPage::applyFilters()
{
    QString condition = baseScope();
    QVariantList args;
    if (m_context.viewer.role == Domain::Role::Brand)
        args.append(m_context.viewer.userId);
    if (const QString campaign = m_campaign->currentData().toString(); !campaign.isEmpty()) {
        condition += QStringLiteral(" AND k.campaign_id = ?");
        args.append(campaign);
    }
    if (const QString status = m_status->currentData().toString(); !status.isEmpty()) {
        condition += QStringLiteral(" AND k.status = ?");
        args.append(status);
    }
    m_model->setScope(condition, args);
}

void SubmissionsPage::reloadCampaigns()
{
    const QString keep = m_campaign->currentData().toString();
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"), QString());
    for (int row = 0; row < m_campaigns->rowCount(); ++row) {
        const QModelIndex index = m_campaigns->index(row, 0);
        m_campaign->addItem(index.data().toString(), index.data(CampaignListModel::IdRole));
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(keep)));
}

bool SubmissionsPage::selectClip(const QString &clipId)
{
    const int row = m_model->rowOf(clipId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    m_view->selectRow(row);
    updateSelection();
    return true;
}

QStringList SubmissionsPage::selectedMedia() const
{
    QStringList media;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString sha = index.data(ClipListModel::MediaSha256Role).toString();
        if (!sha.isEmpty() && !media.contains(sha))
            media.append(sha);
    }
    return media;
}

void SubmissionsPage::updateSelection()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_details->setClip(current.isValid() ? m_model->rowAt(current.row()) : QJsonObject());
    const bool offline = m_context.offlineMedia != nullptr && !selectedMedia().isEmpty();
    m_makeOffline->setEnabled(offline);
    m_cancelDownload->setEnabled(offline);
    m_removeOffline->setEnabled(offline);
}

void SubmissionsPage::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    const bool filtered = !m_campaign->currentData().toString().isEmpty() || m_status->currentData().toString() != u"submitted";
    m_empty->setText(filtered ? tr("No clips match these filters.")
                     : m_context.viewer.role == Domain::Role::Brand
                         ? tr("Nothing to review. Clips your clippers send in to your campaigns appear here.")
                         : tr("Nothing to review. Submitted clips appear here."));
    m_stack->setCurrentWidget(m_empty);
}

void SubmissionsPage::makeSelectedAvailableOffline()
{
    if (!m_context.offlineMedia)
        return;
    const QStringList media = selectedMedia();
    if (media.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The selected clips have no video."));
        return;
    }
    for (const QString &sha : media) {
        if (auto started = m_context.offlineMedia->makeAvailable(sha); !started) {
            m_banner->showMessage(MessageBanner::Kind::Error, started.error().message);
            return;
        }
    }
    m_downloading = media;
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Downloading %n video(s) for offline review. They download whenever the server is reachable.", nullptr,
                             int(media.size())));
}

void SubmissionsPage::updateDownloadBanner()
{
    if (m_downloading.isEmpty() || !m_context.offlineMedia)
        return;
    for (const QString &sha : std::as_const(m_downloading)) {
        const QString state = m_context.offlineMedia->state(sha);
        if (state != u"ready" && state != u"failed")
            return; // still on its way
    }
    const auto ready = std::count_if(m_downloading.cbegin(), m_downloading.cend(),
                                     [this](const QString &sha) { return m_context.offlineMedia->state(sha) == u"ready"; });
    const int failed = int(m_downloading.size() - ready);
    m_downloading.clear();
    if (failed > 0)
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%n video(s) could not be made available offline; select one to see why.", nullptr, failed));
    else
        m_banner->showMessage(MessageBanner::Kind::Success, tr("%n video(s) available offline.", nullptr, int(ready)));
}

void SubmissionsPage::cancelSelectedDownloads()
{
    if (!m_context.offlineMedia)
        return;
    int paused = 0;
    for (const QString &sha : selectedMedia()) {
        if (m_context.offlineMedia->state(sha) == u"downloading") {
            m_context.offlineMedia->cancel(sha);
            m_downloading.removeAll(sha);
            ++paused;
        }
    }
    if (paused > 0)
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Paused %n download(s); make them available offline again to continue where they stopped.",
                                 nullptr, paused));
    m_details->refreshOffline();
}

void SubmissionsPage::removeSelectedOfflineCopies()
{
    if (!m_context.offlineMedia)
        return;
    const QStringList media = selectedMedia();
    for (const QString &sha : media) {
        if (auto removed = m_context.offlineMedia->remove(sha); !removed) {
            m_banner->showMessage(MessageBanner::Kind::Error, removed.error().message);
            return;
        }
    }
    m_details->refreshOffline();
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Removed %n offline video(s) from this device.", nullptr, int(media.size())));
}

} // namespace ClipDesk::Ui
