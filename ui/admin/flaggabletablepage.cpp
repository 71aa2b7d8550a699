#include "admin/flaggabletablepage.h"

#include "admin/emptystate.h"
#include "admin/flagreasondialog.h"
#include "admin/pageheading.h"
#include "signin/messagebanner.h"
#include "sync/mutationqueue.h"
#include "widgets/selectionkeeper.h"
#include "widgets/statuschipdelegate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

// Keeps rows whose flagged reason is empty (state 1) or set (state 2); state 0 keeps all.
class FlagStateFilter final : public QSortFilterProxyModel
{
public:
    FlagStateFilter(int reasonRole, int nameColumn, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_reasonRole(reasonRole)
        , m_nameColumn(nameColumn)
    {
    }

    // A warning icon and the reason on the name of a flagged row.
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == m_nameColumn && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
            const QString reason = index.data(m_reasonRole).toString();
            if (!reason.isEmpty()) {
                if (role == Qt::ToolTipRole)
                    return FlaggableTablePage::tr("Flagged: %1").arg(reason);
                return QIcon::fromTheme(QStringLiteral("flag-red"),
                                        QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }

    void setState(int state)
    {
        m_filterState = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_filterState == 0)
            return true;
        const bool flagged = !sourceModel()->index(sourceRow, 0, sourceParent).data(m_reasonRole).toString().isEmpty();
        return m_filterState == 2 ? flagged : !flagged;
    }

private:
    int m_reasonRole;
    int m_nameColumn;
    int m_filterState = 0;
};

QString withShortcut(const QString &text, const QKeySequence &keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace

FlaggableTablePage::FlaggableTablePage(AppContext &context, QAbstractItemModel *model, Config config, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_config(std::move(config))
    , m_model(model)
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_stateFilter(new FlagStateFilter(m_config.flaggedReasonRole, m_config.nameColumn, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_flag(new QAction(tr("Flag…"), this))
    , m_unflag(new QAction(tr("Unflag…"), this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_FileDialogDetailedView), m_config.emptyText, this))
{
    m_model->setParent(this);
    m_textFilter->setSourceModel(m_model);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textFilter->setFilterKeyColumn(-1);
    m_stateFilter->setSourceModel(m_textFilter);
    m_stateFilter->setSortRole(m_config.sortRole);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    const QKeySequence findKeys(QKeySequence::Find);
    m_search->setToolTip(withShortcut(tr("Search"), findKeys));
    auto *find = new QAction(this);
    find->setShortcut(findKeys);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItems({tr("All"), tr("Not flagged"), tr("Flagged")});

    m_flag->setObjectName(QStringLiteral("flagAction"));
    m_flag->setIcon(QIcon::fromTheme(QStringLiteral("flag"), style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    m_flag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_flag->setToolTip(withShortcut(tr("Flag the selected item with a reason"), m_flag->shortcut()));
    m_unflag->setObjectName(QStringLiteral("unflagAction"));
    m_unflag->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_DialogResetButton)));
    m_unflag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_unflag->setToolTip(withShortcut(tr("Remove the flag, with a reason"), m_unflag->shortcut()));
    for (QAction *action : {m_flag, m_unflag})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_state);
    toolbar->addSeparator();
    toolbar->addAction(m_flag);
    toolbar->addAction(m_unflag);

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_stateFilter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_config.sortColumn, m_config.sortOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (m_config.chipColumn >= 0)
        m_view->setItemDelegateForColumn(m_config.chipColumn, new StatusChipDelegate(m_config.chipRole, m_view));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new PageHeading(m_config.title, m_config.subtitle, this));
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_textFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this](int index) {
        static_cast<FlagStateFilter *>(m_stateFilter)->setState(index);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FlaggableTablePage::updateActions);
    // Models that reset on every cache change would lose the selection: keep it by id.
    new SelectionKeeper(m_view, m_config.idRole);
    connect(m_stateFilter, &QAbstractItemModel::modelReset, this, &FlaggableTablePage::updateActions);
    connect(m_stateFilter, &QAbstractItemModel::modelReset, this, &FlaggableTablePage::updateEmptyState);
    connect(m_stateFilter, &QAbstractItemModel::rowsInserted, this, &FlaggableTablePage::updateEmptyState);
    connect(m_stateFilter, &QAbstractItemModel::rowsRemoved, this, &FlaggableTablePage::updateEmptyState);
    connect(m_stateFilter, &QAbstractItemModel::dataChanged, this, &FlaggableTablePage::updateActions);
    connect(m_flag, &QAction::triggered, this, &FlaggableTablePage::flagSelected);
    connect(m_unflag, &QAction::triggered, this, &FlaggableTablePage::unflagSelected);
    updateActions();
    updateEmptyState();
}

QModelIndex FlaggableTablePage::currentSource() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return m_textFilter->mapToSource(m_stateFilter->mapToSource(current));
}

void FlaggableTablePage::updateActions()
{
    const QModelIndex source = currentSource();
    const bool flagged = source.isValid() && !source.data(m_config.flaggedReasonRole).toString().isEmpty();
    m_flag->setEnabled(source.isValid());
    m_unflag->setEnabled(flagged);
}

void FlaggableTablePage::updateEmptyState()
{
    const bool empty = m_stateFilter->rowCount() == 0;
    if (empty && m_model->rowCount() > 0)
        m_empty->setText(tr("Nothing matches the search and filter."));
    else
        m_empty->setText(m_config.emptyText);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

void FlaggableTablePage::flagSelected()
{
    askReason(true);
}

void FlaggableTablePage::unflagSelected()
{
    askReason(false);
}

void FlaggableTablePage::askReason(bool flag)
{
    const QModelIndex source = currentSource();
    if (!source.isValid())
        return;
    const QString id = source.data(m_config.idRole).toString();
    const QString name = source.siblingAtColumn(m_config.nameColumn).data().toString();
    auto *dialog = new FlagReasonDialog(flag ? tr("Flag “%1”").arg(name) : tr("Unflag “%1”").arg(name),
                                        flag ? tr("Why do you flag “%1”? The reason is recorded in the audit log.").arg(name)
                                             : tr("Why do you lift the flag on “%1”? The reason is recorded in the audit log.").arg(name),
                                        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, flag, name] {
        const QJsonObject args{{QStringLiteral("id"), id}, {QStringLiteral("reason"), dialog->reason()}};
        auto queued = m_context.mutations->submit(flag ? m_config.flagMutation : m_config.unflagMutation, args);
        if (!queued) {
            m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
            return;
        }
        m_lastMutationId = *queued;
        m_banner->showMessage(MessageBanner::Kind::Success,
                              flag ? tr("“%1” is flagged; the change is sent with the next sync.").arg(name)
                                   : tr("“%1” is no longer flagged; the change is sent with the next sync.").arg(name));
    });
    dialog->open();
}

} // namespace ClipDesk::Ui
