#pragma once

#include "serverstatus.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace ClipDesk::Net {
class HealthProbe;
class SessionController;
struct Session;
}

namespace ClipDesk::Ui {

class LanguageSwitcher;
class SettingsDialog;
class SignedInPage;
class SignedOutPage;
class SignInDialog;
class ThemeSwitcher;
class WorkspaceHost;

// The application window: the signed-out page (with the server's live state and the way to
// sign in) or the signed-in page, the menus for the session and the preferences, and the
// status bar (server state, who is signed in, where the session is stored). The window
// geometry is remembered across runs (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with; main() owns them.
    struct Dependencies
    {
        Net::SessionController &sessions;
        ThemeSwitcher &theme;
        LanguageSwitcher &language;
    };

    explicit MainWindow(Dependencies dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    // Checks the server now and then every refresh interval. While nobody is signed in, this
    // is also the server the session controller signs in to.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    // The bundled demo server is starting; its address follows through setServerUrl().
    void showServerStarting();
    // The bundled demo server could not start or stopped.
    void showServerFailure(const QString &message);
    void setRefreshInterval(std::chrono::milliseconds interval);

    ServerStatus serverStatus() const { return m_status; }
    // The open sign-in or settings dialog, if any (for tests and automation).
    SignInDialog *signInDialog() const;
    SettingsDialog *settingsDialog() const;
    // The signed-in account's shell, sync engine and status (null parts while signed out).
    WorkspaceHost *workspaceHost() const { return m_workspaceHost; }

public Q_SLOTS:
    void checkServer();
    void showAbout();
    void showSignIn();
    void showSwitchAccount();
    void signOut();
    void showPreferences();

Q_SIGNALS:
    void serverStatusChanged(const ClipDesk::Ui::ServerStatus &status);
    // From Preferences → Clear Cache…: right before the current account's cache files are
    // deleted (close the cache now), and after (re-sync into a fresh one).
    void aboutToClearCache(const QString &cacheFile);
    void cacheCleared(const QString &cacheFile);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void applyStatus(ServerStatus status);
    void restoreWindowGeometry();
    SignInDialog *openSignInDialog();
    void onSignedIn(const Net::Session &session);
    void onSignedOut();
    void updateSessionUi();

    Net::SessionController &m_sessions;
    ThemeSwitcher &m_theme;
    LanguageSwitcher &m_language;
    Net::HealthProbe *m_probe;
    QTimer *m_refreshTimer;
    QStackedWidget *m_pages;
    SignedOutPage *m_signedOutPage;
    SignedInPage *m_signedInPage;
    QLabel *m_identityIndicator;
    QLabel *m_storageIndicator;
    QLabel *m_statusIndicator;
    QLabel *m_demoBadge;
    WorkspaceHost *m_workspaceHost = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QUrl m_serverUrl;
    ServerStatus m_status;
    bool m_demo = false;
};

} // namespace ClipDesk::Ui
