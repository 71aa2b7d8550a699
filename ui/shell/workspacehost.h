#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QStackedWidget;

namespace ClipDesk::Net {
class AuthClient;
class SessionController;
struct Session;
}

namespace ClipDesk::Ui {

class AccountWorkspace;
class AppShell;
class SyncIssuesPanel;
class SyncStatusWidget;

// Puts the signed-in account's workspace into the main window: opens it on signedIn() (the
// app shell into the window's page stack, the sync status into the status bar), closes it on
// signedOut() and around clearing the cache, and adds View → Sync Now (F5) and Sync Issues…
// (F6). In demo mode a Demo menu signs in as the demo brand, clipper or admin.
class WorkspaceHost final : public QObject
{
    Q_OBJECT

public:
    WorkspaceHost(QMainWindow &window, QStackedWidget &pages, Net::SessionController &sessions);
    ~WorkspaceHost() override;
    Q_DISABLE_COPY_MOVE(WorkspaceHost)

    AccountWorkspace *workspace() const { return m_workspace.get(); }
    AppShell *shell() const;
    SyncStatusWidget *statusWidget() const;
    SyncIssuesPanel *issuesPanel() const;
    QString lastError() const { return m_error; }

    void setDemoMode(bool demo);
    // Signs in as one of the demo accounts (DemoAccounts::*Login).
    void signInAsDemo(const QString &login);

public Q_SLOTS:
    void openForCurrentSession();
    void close();
    void syncNow();
    void showIssues();

Q_SIGNALS:
    void shellChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QMainWindow &m_window;
    QStackedWidget &m_pages;
    Net::SessionController &m_sessions;
    std::unique_ptr<AccountWorkspace> m_workspace;
    QPointer<AppShell> m_shell;
    QPointer<SyncStatusWidget> m_status;
    QPointer<SyncIssuesPanel> m_panel;
    Net::AuthClient *m_auth = nullptr;
    QMenu *m_viewMenu;
    QMenu *m_demoMenu = nullptr;
    QAction *m_syncAction;
    QAction *m_issuesAction;
    QString m_error;
};

} // namespace ClipDesk::Ui
