#include "mainwindow.h"

#include "net/healthprobe.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"
#include "settings/cachesection.h"
#include "settings/settingsdialog.h"
#include "signedoutpage.h"
#include "signin/feedbackcolors.h"
#include "signin/signedinpage.h"
#include "signin/signindialog.h"
#include "shell/appshell.h"
#include "shell/workspacehost.h"
#include "statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace ClipDesk::Ui {

namespace {

constexpr auto GeometryKey = "mainWindow/geometry";
constexpr auto StateKey = "mainWindow/state";
// The bundled demo server gets a new port each run; its sessions are stored under this name.
constexpr auto DemoServerId = "demo";
constexpr QSize DefaultSize{1280, 800};
constexpr std::chrono::seconds DefaultRefreshInterval{10};

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

MainWindow::MainWindow(Dependencies dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(dependencies.sessions)
    , m_theme(dependencies.theme)
    , m_language(dependencies.language)
    , m_probe(new Net::HealthProbe(this))
    , m_refreshTimer(new QTimer(this))
    , m_pages(new QStackedWidget(this))
    , m_signedOutPage(new SignedOutPage(this))
    , m_signedInPage(new SignedInPage(this))
    , m_identityIndicator(new QLabel(this))
    , m_storageIndicator(new QLabel(this))
    , m_statusIndicator(new QLabel(this))
    , m_demoBadge(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(720, 520);
    m_pages->addWidget(m_signedOutPage);
    m_pages->addWidget(m_signedInPage);
    setCentralWidget(m_pages);

    m_identityIndicator->setObjectName(QStringLiteral("identityIndicator"));
    m_identityIndicator->setVisible(false);
    m_storageIndicator->setObjectName(QStringLiteral("storageIndicator"));
    m_storageIndicator->setVisible(false);
    for (QLabel *label : {m_identityIndicator, m_storageIndicator})
        label->setContentsMargins(6, 0, 6, 0);
    m_statusIndicator->setObjectName(QStringLiteral("statusBarIndicator"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setStyleSheet(QStringLiteral("QLabel#demoBadge { background: #ece6fd; color: #5a3fd0; border-radius: 8px;"
                                              " padding: 1px 8px; font-weight: 600; }"));
    m_demoBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_identityIndicator);
    statusBar()->addPermanentWidget(m_storageIndicator);
    statusBar()->addPermanentWidget(m_demoBadge);
    statusBar()->addPermanentWidget(m_statusIndicator);
    statusBar()->setSizeGripEnabled(false);

    createMenus();
    retranslate();
    m_workspaceHost = new WorkspaceHost(*this, *m_pages, m_sessions);
    connect(m_workspaceHost, &WorkspaceHost::shellChanged, this, &MainWindow::updateSessionUi);
    connect(this, &MainWindow::aboutToClearCache, m_workspaceHost, &WorkspaceHost::close);
    connect(this, &MainWindow::cacheCleared, m_workspaceHost, &WorkspaceHost::openForCurrentSession);

    m_refreshTimer->setInterval(DefaultRefreshInterval);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::checkServer);
    connect(m_probe, &Net::HealthProbe::reachable, this, [this](const QUrl &url, const QString &version) {
        if (url != m_serverUrl)
            return;
        applyStatus({ServerStatus::Kind::Connected, url, version,
                     tr("Connected to ClipDesk server %1 at %2").arg(version, url.toDisplayString())});
        m_sessions.verify(); // a session restored offline is confirmed once the server answers
    });
    connect(m_probe, &Net::HealthProbe::unreachable, this, [this](const QUrl &url, const QString &reason) {
        if (url != m_serverUrl)
            return;
        applyStatus({ServerStatus::Kind::Unreachable, url, {}, reason});
    });

    connect(m_signedOutPage, &SignedOutPage::signInRequested, this, &MainWindow::showSignIn);
    connect(m_signedInPage, &SignedInPage::switchAccountRequested, this, &MainWindow::showSwitchAccount);
    connect(m_signedInPage, &SignedInPage::signOutRequested, this, &MainWindow::signOut);
    connect(&m_sessions, &Net::SessionController::signedIn, this, &MainWindow::onSignedIn);
    connect(&m_sessions, &Net::SessionController::signedOut, this, &MainWindow::onSignedOut);
    connect(&m_sessions, &Net::SessionController::sessionUpdated, this, &MainWindow::updateSessionUi);
    connect(&m_sessions, &Net::SessionController::stateChanged, this, &MainWindow::updateSessionUi);
    connect(&m_sessions, &Net::SessionController::noticeChanged, this, &MainWindow::updateSessionUi);
    connect(&m_sessions.store(), &Net::SessionStore::storageChanged, this, &MainWindow::updateSessionUi);
    connect(&m_sessions, &Net::SessionController::resumeFailed, this, [this](const Net::AccountKey &account, const QString &message) {
        SignInDialog *dialog = openSignInDialog();
        if (const auto remembered = m_sessions.store().rememberedAccount(account))
            dialog->setLogin(remembered->user.username);
        dialog->showError(message);
    });

    applyStatus({});
    updateSessionUi();
    restoreWindowGeometry();
}

MainWindow::~MainWindow() = default;

SignInDialog *MainWindow::signInDialog() const
{
    return m_signInDialog;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_signInAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSignIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSwitchAccount);
    m_switchAction->setObjectName(QStringLiteral("switchAccountAction"));
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_fileMenu->addSeparator();
    m_checkAction = m_fileMenu->addAction(QString(), this, &MainWindow::checkServer);
    m_checkAction->setObjectName(QStringLiteral("checkServerAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5)); // F5 is View → Sync Now
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_editMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_demo ? tr("ClipDesk — Demo") : tr("ClipDesk"));
    m_demoBadge->setText(tr("Demo"));
    m_demoBadge->setToolTip(tr("Running against a local demo server with its own data."));
    m_fileMenu->setTitle(tr("&File"));
    m_signInAction->setText(tr("Sign &In…"));
    m_switchAction->setText(tr("S&witch Account…"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_checkAction->setText(tr("&Check Server Connection"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ClipDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateSessionUi();
        checkServer(); // the status sentence comes back in the new language
    } else if (event->type() == QEvent::PaletteChange) {
        updateSessionUi();
    }
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoBadge->setVisible(demo);
    m_workspaceHost->setDemoMode(demo);
    retranslate();
}

void MainWindow::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    if (!m_sessions.isSignedIn())
        m_sessions.setServer(url, m_demo ? QLatin1String(DemoServerId) : QString());
    applyStatus({ServerStatus::Kind::Checking, url, {},
                 tr("Checking the ClipDesk server at %1…").arg(url.toDisplayString())});
    m_probe->cancel();
    checkServer();
    m_refreshTimer->start();
}

void MainWindow::showServerStarting()
{
    m_refreshTimer->stop();
    m_probe->cancel();
    m_serverUrl.clear();
    applyStatus({ServerStatus::Kind::Starting, {}, {}, tr("Starting the bundled demo server…")});
}

void MainWindow::showServerFailure(const QString &message)
{
    m_refreshTimer->stop();
    m_probe->cancel();
    applyStatus({ServerStatus::Kind::Unreachable, m_serverUrl, {}, message});
}

void MainWindow::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshTimer->setInterval(interval);
}

void MainWindow::checkServer()
{
    if (m_serverUrl.isValid() && !m_probe->isProbing())
        m_probe->probe(m_serverUrl);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ClipDesk"),
                       tr("<h3>ClipDesk %1</h3>"
                          "<p>A desktop marketplace for short-form video campaigns: brands fund campaigns, "
                          "clippers cut and upload clips, admins review submissions and payouts.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(CLIPDESK_VERSION), QLatin1String(qVersion())));
}

SignInDialog *MainWindow::openSignInDialog()
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return m_signInDialog;
    }
    auto *dialog = new SignInDialog(&m_sessions.store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool signedIn = m_sessions.isSignedIn();
    dialog->setServer(signedIn ? m_sessions.session().serverUrl : m_serverUrl, m_demo ? QLatin1String(DemoServerId) : QString(),
                      m_demo);
    if (signedIn) {
        dialog->setSwitching(m_sessions.session());
    } else if (const auto last = m_sessions.store().lastAccount()) {
        if (const auto remembered = m_sessions.store().rememberedAccount(*last))
            dialog->setLogin(remembered->user.username);
        if (!m_sessions.notice().isEmpty())
            dialog->showNotice(m_sessions.notice());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<Net::AccountKey> account = dialog->chosenSavedAccount())
            m_sessions.resume(*account);
        else
            m_sessions.adopt(dialog->session());
    });
    m_signInDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::showSignIn()
{
    if (!m_sessions.isSignedIn())
        openSignInDialog();
}

void MainWindow::showSwitchAccount()
{
    if (m_sessions.isSignedIn())
        openSignInDialog();
}

void MainWindow::signOut()
{
    m_sessions.signOut();
}

void MainWindow::showPreferences()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_theme, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool signedIn = m_sessions.isSignedIn();
    const QString note = m_demo   ? tr("ClipDesk started this demo server itself; its address cannot be changed.")
                         : signedIn ? tr("Sign out to connect to another server.")
                                    : QString();
    dialog->setServer(signedIn ? m_sessions.session().serverUrl : m_serverUrl, !m_demo && !signedIn, note);
    dialog->setCacheFile(m_sessions.cacheFile());
    connect(dialog, &SettingsDialog::serverAddressChanged, this, [this](const QUrl &url) {
        m_sessions.store().setLastServerUrl(url);
        setServerUrl(url);
    });
    connect(dialog->cacheSection(), &CacheSection::aboutToClearCache, this, &MainWindow::aboutToClearCache);
    connect(dialog->cacheSection(), &CacheSection::cacheCleared, this, &MainWindow::cacheCleared);
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::onSignedIn(const Net::Session &session)
{
    if (session.serverUrl != m_serverUrl)
        setServerUrl(session.serverUrl);
    updateSessionUi();
}

void MainWindow::onSignedOut()
{
    if (m_settingsDialog)
        m_settingsDialog->setCacheFile({});
    updateSessionUi();
}

void MainWindow::updateSessionUi()
{
    const bool signedIn = m_sessions.isSignedIn();
    m_signInAction->setEnabled(!signedIn);
    m_switchAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    QWidget *signedInWidget = m_workspaceHost->shell() ? static_cast<QWidget *>(m_workspaceHost->shell()) : m_signedInPage;
    m_pages->setCurrentWidget(signedIn ? signedInWidget : m_signedOutPage);
    m_signedOutPage->showNotice(signedIn ? QString() : m_sessions.notice());

    const Net::SessionStore &store = m_sessions.store();
    if (!signedIn) {
        m_identityIndicator->setVisible(false);
        m_storageIndicator->setVisible(false);
        return;
    }
    const Net::Session &session = m_sessions.session();
    const QString explanation = store.storageExplanation(session.key());
    m_signedInPage->showSession(session);
    m_signedInPage->showTokenStorage(explanation, store.usesFallback());
    m_signedInPage->showNotice(m_sessions.notice());

    QString identity = tr("%1 · %2 · %3").arg(session.user.name(), session.user.roleTitle(), hostAndPort(session.serverUrl));
    if (!session.verified)
        identity = tr("%1 (offline)").arg(identity);
    m_identityIndicator->setText(identity);
    m_identityIndicator->setToolTip(tr("Signed in as %1 (@%2), %3, on %4")
                                        .arg(session.user.name(), session.user.username, session.user.roleTitle(),
                                             session.serverUrl.toDisplayString()));
    m_identityIndicator->setVisible(true);
    m_storageIndicator->setText(tr("Session in a private file"));
    m_storageIndicator->setStyleSheet(
        QStringLiteral("color: %1;").arg(FeedbackColors::of(FeedbackColors::Kind::Warning, palette()).text.name()));
    m_storageIndicator->setToolTip(explanation);
    m_storageIndicator->setVisible(store.usesFallback());
}

void MainWindow::applyStatus(ServerStatus status)
{
    if (status == m_status)
        return;
    m_status = std::move(status);
    m_signedOutPage->showStatus(m_status);
    m_signedInPage->showServerStatus(m_status);

    QString shortText;
    switch (m_status.kind) {
    case ServerStatus::Kind::Unknown:
        shortText = tr("No server");
        break;
    case ServerStatus::Kind::Starting:
        shortText = tr("Starting server…");
        break;
    case ServerStatus::Kind::Checking:
        shortText = tr("Connecting…");
        break;
    case ServerStatus::Kind::Connected:
        shortText = tr("Online");
        break;
    case ServerStatus::Kind::Unreachable:
        shortText = tr("Offline");
        break;
    }
    m_statusIndicator->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2")
                                   .arg(statusColor(m_status.kind).name(), shortText.toHtmlEscaped()));
    m_statusIndicator->setToolTip(m_status.text);
    statusBar()->showMessage(m_status.text);
    Q_EMIT serverStatusChanged(m_status);
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(GeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(DefaultSize);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace ClipDesk::Ui
