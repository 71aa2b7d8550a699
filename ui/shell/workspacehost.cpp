#include "workspacehost.h"

#include "accountworkspace.h"
#include "appshell.h"
#include "brand/campaignissueeditor.h"
#include "net/authclient.h"
#include "net/demoaccounts.h"
#include "net/sessioncontroller.h"
#include "sync/syncengine.h"
#include "sync/syncissuespanel.h"
#include "sync/syncstatuswidget.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace ClipDesk::Ui {

WorkspaceHost::WorkspaceHost(QMainWindow &window, QStackedWidget &pages, Net::SessionController &sessions)
    : QObject(&window)
    , m_window(window)
    , m_pages(pages)
    , m_sessions(sessions)
    , m_viewMenu(new QMenu(&window))
    , m_syncAction(new QAction(this))
    , m_issuesAction(new QAction(this))
{
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_issuesAction->setObjectName(QStringLiteral("syncIssuesAction"));
    m_issuesAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_viewMenu->addAction(m_syncAction);
    m_viewMenu->addAction(m_issuesAction);
    // After File and Edit, before Help.
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.size() >= 3 ? menus.at(2) : nullptr, m_viewMenu);
    for (QAction *action : {m_syncAction, m_issuesAction}) {
        action->setEnabled(false);
        window.addAction(action);
    }
    retranslate();
    window.installEventFilter(this);
    connect(m_syncAction, &QAction::triggered, this, &WorkspaceHost::syncNow);
    connect(m_issuesAction, &QAction::triggered, this, &WorkspaceHost::showIssues);
    connect(&m_sessions, &Net::SessionController::signedIn, this, &WorkspaceHost::openForCurrentSession);
    connect(&m_sessions, &Net::SessionController::signedOut, this, &WorkspaceHost::close);
    connect(&m_sessions, &Net::SessionController::sessionUpdated, this, [this](const Net::Session &session) {
        if (!m_workspace)
            return openForCurrentSession();
        Q_UNUSED(session)
    });
}

WorkspaceHost::~WorkspaceHost()
{
    // The window is being destroyed: drop the widgets over the workspace, then the workspace,
    // without telling the window (or touching its other children).
    delete m_panel;
    delete m_status;
    delete m_shell;
    m_workspace.reset();
}

void WorkspaceHost::retranslate()
{
    m_viewMenu->setTitle(tr("&View"));
    m_syncAction->setText(tr("&Sync Now"));
    m_syncAction->setToolTip(tr("Send your changes and fetch the latest now (F5)"));
    m_issuesAction->setText(tr("Sync &Issues…"));
    m_issuesAction->setToolTip(tr("Changes the server did not accept (F6)"));
    if (m_demoMenu) {
        m_demoMenu->setTitle(tr("&Demo"));
        const QStringList texts{tr("Sign In as Demo &Brand"), tr("Sign In as Demo &Clipper"), tr("Sign In as Demo &Admin")};
        const QList<QAction *> actions = m_demoMenu->actions();
        for (int i = 0; i < actions.size() && i < texts.size(); ++i)
            actions.at(i)->setText(texts.at(i));
    }
}

bool WorkspaceHost::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

AppShell *WorkspaceHost::shell() const
{
    return m_shell;
}

SyncStatusWidget *WorkspaceHost::statusWidget() const
{
    return m_status;
}

SyncIssuesPanel *WorkspaceHost::issuesPanel() const
{
    return m_panel;
}

void WorkspaceHost::openForCurrentSession()
{
    close();
    if (!m_sessions.isSignedIn())
        return;
    m_workspace = AccountWorkspace::open(m_sessions.session(), m_sessions.cacheFile(), &m_error);
    if (!m_workspace) {
        m_window.statusBar()->showMessage(tr("Cannot open this account's local data: %1").arg(m_error));
        return;
    }
    connect(m_workspace.get(), &AccountWorkspace::sessionRejected, this, [this](const QString &reason) {
        m_sessions.endRejectedSession(reason);
    });
    m_shell = m_workspace->createShell(&m_pages);
    m_pages.addWidget(m_shell);
    m_status = m_workspace->createStatusWidget(m_window.statusBar());
    m_window.statusBar()->insertPermanentWidget(0, m_status);
    m_status->show();
    // The sync state says Online/Offline for the account; the window's server dot would repeat it.
    if (auto *serverDot = m_window.findChild<QLabel *>(QStringLiteral("statusBarIndicator")))
        serverDot->setVisible(false);
    connect(m_status, &SyncStatusWidget::issuesRequested, this, &WorkspaceHost::showIssues);
    m_syncAction->setEnabled(true);
    m_issuesAction->setEnabled(true);
    m_workspace->start();
    Q_EMIT shellChanged();
}

void WorkspaceHost::close()
{
    if (!m_workspace)
        return;
    delete m_panel;
    delete m_status;
    delete m_shell;
    m_workspace.reset();
    if (auto *serverDot = m_window.findChild<QLabel *>(QStringLiteral("statusBarIndicator")))
        serverDot->setVisible(true);
    m_syncAction->setEnabled(false);
    m_issuesAction->setEnabled(false);
    Q_EMIT shellChanged();
}

void WorkspaceHost::syncNow()
{
    if (m_workspace)
        m_workspace->engine().syncNow();
}

void WorkspaceHost::showIssues()
{
    if (!m_workspace)
        return;
    if (!m_panel) {
        m_panel = new SyncIssuesPanel(m_workspace->cache(), m_workspace->mutations(), &m_window);
        connect(&m_workspace->engine(), &Sync::SyncEngine::issuesChanged, m_panel, &SyncIssuesPanel::refresh);
        connect(m_panel, &SyncIssuesPanel::issuesChanged, m_status, &SyncStatusWidget::refreshIssues);
        AccountWorkspace *workspace = m_workspace.get();
        m_panel->setEditorFactory([workspace](const Sync::OutboxEntry &issue, QWidget *parent) {
            return editCampaignIssue(workspace->context(), issue, parent);
        });
    }
    m_panel->refresh();
    m_panel->show();
    m_panel->raise();
}

void WorkspaceHost::setDemoMode(bool demo)
{
    if (!demo || m_demoMenu)
        return;
    m_demoMenu = new QMenu(tr("&Demo"), &m_window);
    m_demoMenu->setObjectName(QStringLiteral("demoMenu"));
    const struct
    {
        QString text;
        QLatin1String login;
    } accounts[] = {{tr("Sign In as Demo &Brand"), Net::DemoAccounts::BrandLogin},
                    {tr("Sign In as Demo &Clipper"), Net::DemoAccounts::ClipperLogin},
                    {tr("Sign In as Demo &Admin"), Net::DemoAccounts::AdminLogin}};
    for (const auto &account : accounts) {
        QAction *action = m_demoMenu->addAction(account.text);
        const QString login = account.login;
        connect(action, &QAction::triggered, this, [this, login] { signInAsDemo(login); });
    }
    const QList<QAction *> menus = m_window.menuBar()->actions();
    m_window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_demoMenu);
}

void WorkspaceHost::signInAsDemo(const QString &login)
{
    if (!m_auth) {
        m_auth = new Net::AuthClient(this);
        connect(m_auth, &Net::AuthClient::loggedIn, this, [this](const Net::Session &session) { m_sessions.adopt(session); });
        connect(m_auth, &Net::AuthClient::failed, this, [this](Net::AuthClient::Operation, const Net::ApiResponse &response) {
            m_window.statusBar()->showMessage(tr("Demo sign-in failed: %1").arg(response.errorMessage()));
        });
    }
    m_auth->setServer(m_sessions.serverUrl(), m_sessions.serverId());
    m_auth->login(login, Net::DemoAccounts::Password);
}

} // namespace ClipDesk::Ui
