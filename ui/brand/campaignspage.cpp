#include "campaignspage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "brandactions.h"
#include "campaignbulkeditdialog.h"
#include "campaignbulkoperation.h"
#include "campaigneditordialog.h"
#include "domain/campaignrules.h"
#include "domain/profile.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "ui/models/campaignfilterproxy.h"
#include "ui/models/campaignlistmodel.h"
#include "ui/signin/messagebanner.h"
#include "ui/widgets/statuschipdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

using Domain::CampaignStatus;

CampaignsPage::CampaignsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CampaignListModel(*context.cache, this))
    , m_proxy(new CampaignFilterProxy(this))
{
    setObjectName(QStringLiteral("brandCampaignsPage"));
    m_model->setColumns({CampaignListModel::Name, CampaignListModel::Status, CampaignListModel::Category,
                         CampaignListModel::Budget, CampaignListModel::CpmRate, CampaignListModel::PerClip,
                         CampaignListModel::Platforms, CampaignListModel::StartsAt, CampaignListModel::EndsAt,
                         CampaignListModel::UpdatedAt});
    m_model->setScope(QStringLiteral("brand_id = ?"), {context.viewer.userId});
    m_proxy->setCampaignModel(m_model);
    m_proxy->setTemplateFilter(CampaignFilterProxy::TemplateFilter::CampaignsOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    m_heading = new PageHeading(tr("Campaigns"), {});
    layout->addWidget(m_heading);

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("campaignsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    layout->addWidget(toolbar);
    buildActions();
    for (QAction *action : {m_new, m_edit, m_clone})
        toolbar->addAction(action);
    auto *templatesMenu = new QMenu(this);
    templatesMenu->addAction(m_saveTemplate);
    templatesMenu->addAction(m_fromTemplate);
    auto *templatesButton = new QToolButton;
    templatesButton->setText(tr("Templates"));
    templatesButton->setIcon(brandIcon("document-new-from-template", "template"));
    templatesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    templatesButton->setPopupMode(QToolButton::InstantPopup);
    templatesButton->setMenu(templatesMenu);
    toolbar->addWidget(templatesButton);
    toolbar->addSeparator();
    for (const auto &[action, status] : std::as_const(m_statusActions))
        toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addAction(m_bulkEdit);
    toolbar->addAction(m_delete);

    layout->addWidget(buildFilters());
    m_banner = new MessageBanner;
    m_banner->setObjectName(QStringLiteral("campaignsBanner"));
    layout->addWidget(m_banner);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("campaignsTable"));
    m_table->setModel(m_proxy);
    // Set the indicator first: enabling sorting sorts once, by the indicator.
    m_table->horizontalHeader()->setSortIndicator(m_model->sectionOf(CampaignListModel::UpdatedAt), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(m_model->sectionOf(CampaignListModel::Name), QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(95);
    const std::pair<CampaignListModel::Column, int> widths[] = {
        {CampaignListModel::Status, 96}, {CampaignListModel::Category, 84}, {CampaignListModel::Budget, 116},
        {CampaignListModel::Platforms, 140}, {CampaignListModel::StartsAt, 122}, {CampaignListModel::EndsAt, 122},
        {CampaignListModel::UpdatedAt, 122}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(m_model->sectionOf(column), width);
    // The list stays sorted by last change, newest first; the column itself would squeeze the
    // names at 1280×800, so it is hidden (the header's context menu is not needed for that).
    m_table->setColumnHidden(m_model->sectionOf(CampaignListModel::UpdatedAt), true);
    m_table->setItemDelegateForColumn(m_model->sectionOf(CampaignListModel::Status),
                                      new StatusChipDelegate(CampaignListModel::StatusRole, m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_edit, m_clone, m_saveTemplate})
        m_table->addAction(action);
    for (const auto &[action, status] : std::as_const(m_statusActions))
        m_table->addAction(action);
    m_table->addAction(m_bulkEdit);
    m_table->addAction(m_delete);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_edit->trigger(); });

    m_empty = new EmptyState(brandIcon("folder-open", "campaigns"), {});
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsPage::updateActions);
    connect(m_model, &CampaignListModel::reloaded, this, &CampaignsPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CampaignsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CampaignsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CampaignsPage::updateEmptyState);
    connect(m_model, &CampaignListModel::reloaded, this, &CampaignsPage::updateEmptyState);
    updateActions();
    updateEmptyState();
}

void CampaignsPage::buildActions()
{
    m_new = pageAction(this, brandIcon("document-new", "new"), tr("&New Campaign"), QKeySequence::New, QStringLiteral("newCampaignAction"));
    connect(m_new, &QAction::triggered, this, [this] { openEditor({}); });
    m_edit = pageAction(this, brandIcon("document-edit", "edit"), tr("&Edit"), QKeySequence(Qt::Key_Return), QStringLiteral("editCampaignAction"));
    connect(m_edit, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            openEditor(ids.constFirst());
    });
    m_clone = pageAction(this, brandIcon("edit-copy", "clone"), tr("&Clone"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("cloneCampaignAction"));
    connect(m_clone, &QAction::triggered, this, [this] { cloneSelection(false); });
    m_saveTemplate = pageAction(this, brandIcon("document-save-as-template", "template"), tr("Save as &Template"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QStringLiteral("saveTemplateAction"));
    connect(m_saveTemplate, &QAction::triggered, this, [this] { cloneSelection(true); });
    m_fromTemplate = pageAction(this, brandIcon("document-new-from-template", "template"), tr("New from Te&mplate…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("newFromTemplateAction"));
    connect(m_fromTemplate, &QAction::triggered, this, &CampaignsPage::newFromTemplate);
    const std::tuple<CampaignStatus, const char *, const char *, QKeySequence> statuses[] = {
        {CampaignStatus::Active, "media-playback-start", "activate", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {CampaignStatus::Paused, "media-playback-pause", "pause", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {CampaignStatus::Completed, "task-complete", "complete", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {CampaignStatus::Archived, "archive-insert", "archive", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
    };
    for (const auto &[status, theme, file, shortcut] : statuses) {
        QAction *action = pageAction(this, brandIcon(theme, file), CampaignBulkOperation::statusAction(status), shortcut,
                                     QStringLiteral("statusAction_") + Domain::campaignStatusName(status));
        const CampaignStatus target = status;
        connect(action, &QAction::triggered, this, [this, target] { changeStatusOfSelection(target); });
        m_statusActions.append({action, status});
    }
    m_bulkEdit = pageAction(this, brandIcon("document-properties", "bulk"), tr("&Bulk Edit…"), QKeySequence(Qt::CTRL | Qt::Key_B),
                            QStringLiteral("bulkEditAction"));
    connect(m_bulkEdit, &QAction::triggered, this, &CampaignsPage::openBulkEdit);
    m_delete = pageAction(this, brandIcon("edit-delete", "delete"), tr("&Delete"), QKeySequence::Delete, QStringLiteral("deleteCampaignAction"));
    connect(m_delete, &QAction::triggered, this, &CampaignsPage::deleteSelection);
    m_find = pageAction(this, {}, tr("&Find"), QKeySequence::Find, QStringLiteral("findAction"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

QWidget *CampaignsPage::buildFilters()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search name or category (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 2);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &status : {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("paused"),
                                  QStringLiteral("completed"), QStringLiteral("archived")})
        m_statusFilter->addItem(CampaignListModel::statusText(status), status);
    row->addWidget(m_statusFilter);
    m_categoryFilter = new QComboBox;
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->addItem(tr("Any category"), QString());
    for (const QString &category : Domain::ProfileRules::categories())
        m_categoryFilter->addItem(category, category);
    row->addWidget(m_categoryFilter);
    m_templatesToggle = new QToolButton;
    m_templatesToggle->setObjectName(QStringLiteral("templatesToggle"));
    m_templatesToggle->setText(tr("Show templates"));
    m_templatesToggle->setCheckable(true);
    m_templatesToggle->setToolTip(tr("Show your templates instead of your campaigns."));
    row->addWidget(m_templatesToggle);
    connect(m_search, &QLineEdit::textChanged, this, &CampaignsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::applyFilters);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::applyFilters);
    connect(m_templatesToggle, &QToolButton::toggled, this, &CampaignsPage::setTemplatesShown);
    return bar;
}

void CampaignsPage::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    const QString status = m_statusFilter->currentData().toString();
    m_proxy->setStatuses(status.isEmpty() ? QSet<QString>{} : QSet<QString>{status});
    m_proxy->setCategory(m_categoryFilter->currentData().toString());
    updateEmptyState();
}

void CampaignsPage::setTemplatesShown(bool shown)
{
    m_templatesToggle->setChecked(shown);
    m_proxy->setTemplateFilter(shown ? CampaignFilterProxy::TemplateFilter::TemplatesOnly
                                     : CampaignFilterProxy::TemplateFilter::CampaignsOnly);
    m_statusFilter->setEnabled(!shown);
    m_heading->setSubtitle({});
    updateActions();
    updateEmptyState();
}

QStringList CampaignsPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(CampaignListModel::IdRole).toString());
    return ids;
}

void CampaignsPage::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int sourceRow = m_model->rowOfId(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CampaignsPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool allDeletable = !rows.isEmpty();
    bool anyTemplate = false;
    for (const QModelIndex &index : rows) {
        const QString status = index.data(CampaignListModel::StatusRole).toString();
        anyTemplate = anyTemplate || status == u"template";
        allDeletable = allDeletable && (status == u"draft" || status == u"template");
    }
    m_edit->setEnabled(rows.size() == 1);
    m_clone->setEnabled(rows.size() == 1);
    m_saveTemplate->setEnabled(rows.size() == 1 && !anyTemplate);
    // A status action is offered when at least one selected campaign may take it.
    for (const auto &[action, target] : std::as_const(m_statusActions)) {
        bool possible = false;
        for (const QModelIndex &index : rows) {
            const auto from = Domain::campaignStatusFromName(index.data(CampaignListModel::StatusRole).toString());
            possible = possible || (from && Domain::CampaignRules::isLegalTransition(*from, target));
        }
        action->setEnabled(possible);
    }
    m_bulkEdit->setEnabled(!rows.isEmpty());
    m_delete->setEnabled(allDeletable);

    int campaigns = 0, active = 0, templates = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CampaignListRow &campaign = m_model->rowAt(row);
        if (campaign.isTemplate) {
            ++templates;
            continue;
        }
        ++campaigns;
        active += campaign.status == u"active" ? 1 : 0;
    }
    m_heading->setSubtitle(tr("Campaigns: %1 · Active: %2 · Templates: %3").arg(campaigns).arg(active).arg(templates));
}

void CampaignsPage::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    if (!empty)
        return;
    QPushButton *button = nullptr;
    if (m_proxy->hasActiveFilters()) {
        m_empty->setText(tr("No campaigns match your search and filters."));
        button = m_empty->setAction(tr("Clear filters"));
        button->disconnect(this);
        connect(button, &QPushButton::clicked, this, [this] {
            m_search->clear();
            m_statusFilter->setCurrentIndex(0);
            m_categoryFilter->setCurrentIndex(0);
        });
    } else if (m_proxy->templateFilter() == CampaignFilterProxy::TemplateFilter::TemplatesOnly) {
        m_empty->setText(tr("No templates yet. Select a campaign and choose Save as Template to reuse its settings."));
        button = m_empty->setAction(tr("Show campaigns"));
        button->disconnect(this);
        connect(button, &QPushButton::clicked, this, [this] { setTemplatesShown(false); });
    } else {
        m_empty->setText(tr("You have no campaigns yet. Create one to start working with clippers."));
        button = m_empty->setAction(tr("New Campaign (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        button->disconnect(this);
        connect(button, &QPushButton::clicked, m_new, &QAction::trigger);
    }
    button->setObjectName(QStringLiteral("emptyStateAction"));
}

CampaignEditorDialog *CampaignsPage::openEditor(const QString &campaignId)
{
    auto *editor = new CampaignEditorDialog(m_context, campaignId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CampaignEditorDialog::saved, this, [this](const QString &id) {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved. It is sent to the server with the next sync."));
        selectIds({id});
    });
    editor->open();
    return editor;
}

void CampaignsPage::report(const BulkOutcome &outcome, const QString &verb, const QString &successText)
{
    if (outcome.ok())
        m_banner->showMessage(MessageBanner::Kind::Success, successText);
    else
        m_banner->showMessage(outcome.succeeded() > 0 ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error,
                              CampaignBulkOperation::summary(outcome, verb));
}

void CampaignsPage::changeStatusOfSelection(CampaignStatus status)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    CampaignBulkOperation operation(*m_context.cache, *m_context.mutations, ids);
    const BulkOutcome outcome = operation.setStatus(status);
    report(outcome, CampaignBulkOperation::statusVerb(status),
           tr("Campaigns %1: %2.").arg(CampaignBulkOperation::statusVerb(status)).arg(outcome.succeeded()));
}

void CampaignsPage::openBulkEdit()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new CampaignBulkEditDialog(int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        CampaignBulkOperation operation(*m_context.cache, *m_context.mutations, ids);
        BulkOutcome outcome;
        switch (dialog->change()) {
        case CampaignBulkEditDialog::Change::ShiftDates: outcome = operation.shiftDates(dialog->shiftDays()); break;
        case CampaignBulkEditDialog::Change::SetDates: outcome = operation.setDates(dialog->startsAtMs(), dialog->endsAtMs()); break;
        case CampaignBulkEditDialog::Change::SetBudget: outcome = operation.setBudget(dialog->budgetMinor()); break;
        }
        report(outcome, tr("changed"), tr("Campaigns changed: %1.").arg(outcome.succeeded()));
    });
    dialog->open();
}

void CampaignsPage::cloneSelection(bool asTemplate)
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int sourceRow = m_model->rowOfId(ids.constFirst());
    if (sourceRow < 0)
        return;
    const QString name = m_model->rowAt(sourceRow).name;
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject args{{QStringLiteral("id"), ids.constFirst()}, {QStringLiteral("new_id"), newId},
                     {QStringLiteral("as_template"), asTemplate}};
    args.insert(QStringLiteral("name"), asTemplate ? name : tr("Copy of %1").arg(name).left(120));
    auto queued = m_context.mutations->submit(QStringLiteral("campaign.clone"), args);
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success, asTemplate ? tr("Saved \"%1\" as a template.").arg(name)
                                                                   : tr("Cloned \"%1\" into a new draft.").arg(name));
    if (!asTemplate)
        selectIds({newId});
}

void CampaignsPage::newFromTemplate()
{
    QStringList names;
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).isTemplate) {
            names.append(m_model->rowAt(row).name);
            ids.append(m_model->rowAt(row).id);
        }
    }
    if (ids.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("You have no templates yet. Select a campaign and choose Save as Template."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New from template"), tr("Template:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString templateId = ids.value(names.indexOf(chosen));
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto queued = m_context.mutations->submit(QStringLiteral("campaign.clone"),
                                              {{QStringLiteral("id"), templateId}, {QStringLiteral("new_id"), newId},
                                               {QStringLiteral("as_template"), false}, {QStringLiteral("name"), chosen}});
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    setTemplatesShown(false);
    openEditor(newId);
}

void CampaignsPage::deleteSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_delete->isEnabled())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete"), tr("Delete the selected drafts and templates (%1)? This cannot be undone.").arg(ids.size()));
    if (answer != QMessageBox::Yes)
        return;
    CampaignBulkOperation operation(*m_context.cache, *m_context.mutations, ids);
    const BulkOutcome outcome = operation.remove();
    report(outcome, tr("deleted"), tr("Deleted: %1.").arg(outcome.succeeded()));
}

} // namespace ClipDesk::Ui
