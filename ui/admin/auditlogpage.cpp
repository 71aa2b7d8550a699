#include "admin/auditlogpage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "models/auditlogmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

AuditLogPage::AuditLogPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(*context.cache, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setSortRole(AuditLogModel::SortRole);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search admin, action, target or reason…"));
    m_search->setClearButtonEnabled(true);
    const QKeySequence findKeys(QKeySequence::Find);
    m_search->setToolTip(tr("Search (%1)").arg(findKeys.toString(QKeySequence::NativeText)));
    auto *find = new QAction(this);
    find->setShortcut(findKeys);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    connect(m_search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *empty = new EmptyState(style()->standardIcon(QStyle::SP_FileDialogInfoView),
                                 tr("No admin actions yet. Flags and unflags appear here after the next sync."), this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    const auto updateEmpty = [this, proxy, empty] {
        m_stack->setCurrentWidget(proxy->rowCount() == 0 ? static_cast<QWidget *>(empty) : m_view);
    };
    connect(proxy, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, updateEmpty);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, updateEmpty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new PageHeading(tr("Audit log"), tr("Every flag and unflag, newest first."), this));
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    updateEmpty();
}

} // namespace ClipDesk::Ui
