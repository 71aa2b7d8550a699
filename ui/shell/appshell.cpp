#include "appshell.h"

#include "admin/adminpages.h"
#include "brand/brandpages.h"
#include "clipper/clipperpages.h"
#include "profile/profilepages.h"
#include "sync/clientcache.h"
#include "sync/changeset.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {
constexpr int EntryRole = Qt::UserRole + 1;

QString roleKey(Domain::Role role)
{
    switch (role) {
    case Domain::Role::Brand:
        return QStringLiteral("brand");
    case Domain::Role::Clipper:
        return QStringLiteral("clipper");
    case Domain::Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("clipper");
}
} // namespace

QList<PageEntry> AppShell::pagesFor(Domain::Role role)
{
    QList<PageEntry> entries;
    switch (role) {
    case Domain::Role::Brand:
        entries = brandPages();
        break;
    case Domain::Role::Clipper:
        entries = clipperPages();
        break;
    case Domain::Role::Admin:
        entries = adminPages();
        break;
    }
    entries += profilePages();
    return entries;
}

AppShell::AppShell(AppContext context, Sync::SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_engine(engine)
    , m_entries(pagesFor(m_context.viewer.role))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_placeholder(new QWidget(m_stack))
    , m_placeholderText(new QLabel(m_placeholder))
    , m_placeholderProgress(new QProgressBar(m_placeholder))
{
    setObjectName(QStringLiteral("appShell"));
    m_pages.resize(m_entries.size(), nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_sidebar->setObjectName(QStringLiteral("shellSidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setMaximumWidth(320);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#shellSidebar { background: palette(alternate-base); padding: 8px 4px; outline: 0; }"
                                            " QListWidget#shellSidebar::item { padding: 6px 8px; border-radius: 6px; }"
                                            " QListWidget#shellSidebar::item:selected { background: #dbe6fb; color: #0b3a8c; }"
                                            " QListWidget#shellSidebar::item:hover:!selected { background: rgba(0, 0, 0, 0.05); }"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);

    m_placeholder->setObjectName(QStringLiteral("syncPlaceholder"));
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch();
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setObjectName(QStringLiteral("syncPlaceholderText"));
    QFont font = m_placeholderText->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_placeholderText->setFont(font);
    m_placeholderProgress->setRange(0, 0); // the total is unknown: a running count instead
    m_placeholderProgress->setMaximumWidth(320);
    m_placeholderProgress->setTextVisible(false);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addWidget(m_placeholderProgress, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch();
    m_stack->addWidget(m_placeholder);

    buildSidebar();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &AppShell::showRow);

    // An empty cache (first sign-in on this machine) waits for the first sync.
    auto cursor = m_context.cache ? m_context.cache->cursor() : Result<qint64>(0);
    m_waitingForFirstSync = m_engine && cursor && *cursor == 0 && !m_engine->hasCompletedSync();
    if (m_engine) {
        connect(m_engine, &Sync::SyncEngine::progress, this, [this](int rows) {
            m_placeholderText->setText(tr("Syncing your data… (%1 items so far)").arg(rows));
        });
        connect(m_engine, &Sync::SyncEngine::synced, this, [this] {
            if (m_waitingForFirstSync) {
                m_waitingForFirstSync = false;
                updatePlaceholder();
            }
        });
    }
    m_placeholderText->setText(tr("Syncing your data…"));

    const QSettings settings;
    m_splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    if (m_splitter->sizes().value(0) <= 0)
        m_splitter->setSizes({200, 1080});
    const QString last = settings.value(settingsKey("lastPage")).toString();
    const QStringList ids = pageIds();
    const int row = ids.indexOf(last);
    m_sidebar->setCurrentRow(row >= 0 ? row : 0);
}

AppShell::~AppShell()
{
    saveLayout();
}

QString AppShell::settingsKey(const char *name) const
{
    return QStringLiteral("shell/%1/%2").arg(roleKey(m_context.viewer.role), QLatin1String(name));
}

void AppShell::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    if (!currentPageId().isEmpty())
        settings.setValue(settingsKey("lastPage"), currentPageId());
}

void AppShell::buildSidebar()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const PageEntry &entry = m_entries.at(i);
        const QKeySequence shortcut = !entry.shortcut.isEmpty() ? entry.shortcut
                                      : i < 9                    ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                                                                 : QKeySequence();
        auto *item = new QListWidgetItem(entry.icon, entry.title, m_sidebar);
        item->setData(EntryRole, entry.id);
        if (!shortcut.isEmpty()) {
            item->setToolTip(tr("%1 (%2)").arg(entry.title, shortcut.toString(QKeySequence::NativeText)));
            auto *action = new QAction(entry.title, this);
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WindowShortcut);
            connect(action, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
            addAction(action);
        }
    }
}

QStringList AppShell::pageIds() const
{
    QStringList ids;
    for (const PageEntry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

QString AppShell::currentPageId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

QWidget *AppShell::page(const QString &id)
{
    const int row = pageIds().indexOf(id);
    if (row < 0)
        return nullptr;
    if (!m_pages.at(row)) {
        QWidget *created = m_entries.at(row).create(m_context, m_stack);
        m_pages[row] = created;
        m_stack->addWidget(created);
    }
    return m_pages.at(row);
}

void AppShell::showPage(const QString &id)
{
    const int row = pageIds().indexOf(id);
    if (row >= 0)
        m_sidebar->setCurrentRow(row);
}

bool AppShell::isShowingSyncPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void AppShell::showRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    updatePlaceholder();
    QSettings().setValue(settingsKey("lastPage"), m_entries.at(row).id);
    Q_EMIT currentPageChanged(m_entries.at(row).id);
}

void AppShell::updatePlaceholder()
{
    if (m_waitingForFirstSync) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (QWidget *current = page(currentPageId()))
        m_stack->setCurrentWidget(current);
}

} // namespace ClipDesk::Ui
