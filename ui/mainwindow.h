#pragma once

#include "serverstatus.h"

#include <QMainWindow>
#include <QUrl>

#include <chrono>

class QLabel;
class QTimer;

namespace ClipDesk::Net {
class HealthProbe;
}

namespace ClipDesk::Ui {

class SignedOutPage;

// The application window. For now it shows the signed-out page and the live state of the
// server connection; the window geometry is remembered across runs (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    void setDemoMode(bool demo);
    // Checks the server now and then every refresh interval.
    void setServerUrl(const QUrl &url);
    // The bundled demo server is starting; its address follows through setServerUrl().
    void showServerStarting();
    // The bundled demo server could not start or stopped.
    void showServerFailure(const QString &message);
    void setRefreshInterval(std::chrono::milliseconds interval);

    ServerStatus serverStatus() const { return m_status; }

public Q_SLOTS:
    void checkServer();
    void showAbout();

Q_SIGNALS:
    void serverStatusChanged(const ClipDesk::Ui::ServerStatus &status);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applyStatus(ServerStatus status);
    void restoreWindowGeometry();

    Net::HealthProbe *m_probe;
    QTimer *m_refreshTimer;
    SignedOutPage *m_page;
    QLabel *m_statusIndicator;
    QLabel *m_demoBadge;
    QUrl m_serverUrl;
    ServerStatus m_status;
};

} // namespace ClipDesk::Ui
