#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ClipDesk::Net {
class SessionController;
class SessionStore;
}
namespace ClipDesk::Ui {
class LanguageSwitcher;
class MainWindow;
class ThemeSwitcher;
}

namespace ClipDesk::Testing {

class ServerProcess;

// The main window in demo mode against a server seeded with `--demo`, with settings and data in
// a fresh folder: where the demo-flow tests start. Not shown yet after start().
class DemoWindow
{
public:
    DemoWindow();
    ~DemoWindow();
    Q_DISABLE_COPY_MOVE(DemoWindow)

    // Points QSettings and XDG_DATA_HOME into the folder, starts the server and builds the window.
    bool start(const QString &applicationName);
    QString errorString() const { return m_error; }

    Net::SessionController &sessions() { return *m_sessions; }
    Ui::LanguageSwitcher &language() { return *m_language; }
    Ui::MainWindow &window() { return *m_window; }

private:
    QTemporaryDir m_config;
    QString m_error;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Net::SessionStore> m_store;
    std::unique_ptr<Net::SessionController> m_sessions;
    std::unique_ptr<Ui::ThemeSwitcher> m_theme;
    std::unique_ptr<Ui::LanguageSwitcher> m_language;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace ClipDesk::Testing
