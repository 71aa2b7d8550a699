#pragma once

#include "appcontext.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace ClipDesk::Sync {
class SyncEngine;
}

namespace ClipDesk::Ui {

// The signed-in window's body: a role-aware sidebar (brand, clipper or admin pages, then the
// profile) and the page area. Pages are made on first visit from their PageEntry; Ctrl+1…9
// switch between them. Until the first sync of an empty cache finished, the page area shows
// "Syncing your data…" with a running count. The last page and the splitter are remembered.
class AppShell final : public QWidget
{
    Q_OBJECT

public:
    AppShell(AppContext context, Sync::SyncEngine *engine, QWidget *parent = nullptr);
    ~AppShell() override;
    Q_DISABLE_COPY_MOVE(AppShell)

    // The entries the sidebar lists for a role, in order.
    static QList<PageEntry> pagesFor(Domain::Role role);

    QStringList pageIds() const;
    QString currentPageId() const;
    // The page widget, made now if it was not shown yet; null for an unknown id.
    QWidget *page(const QString &id);
    void showPage(const QString &id);
    bool isShowingSyncPlaceholder() const;
    QListWidget *sidebar() const { return m_sidebar; }
    AppContext &context() { return m_context; }

Q_SIGNALS:
    void currentPageChanged(const QString &id);

private:
    void buildSidebar();
    void showRow(int row);
    void updatePlaceholder();
    void saveLayout() const;
    QString settingsKey(const char *name) const;

    AppContext m_context;
    Sync::SyncEngine *m_engine;
    QList<PageEntry> m_entries;
    QList<QWidget *> m_pages; // parallel to m_entries; null until first shown
    QSplitter *m_splitter;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QWidget *m_placeholder;
    QLabel *m_placeholderText;
    QProgressBar *m_placeholderProgress;
    bool m_waitingForFirstSync = false;
};

} // namespace ClipDesk::Ui
