#include "demowindow.h"

#include "net/sessioncontroller.h"
#include "net/sessionstore.h"
#include "serverprocess.h"
#include "ui/mainwindow.h"
#include "ui/settings/languageswitcher.h"
#include "ui/settings/themeswitcher.h"

#include <QCoreApplication>
#include <QSettings>

using namespace std::chrono_literals;

namespace ClipDesk::Testing {

DemoWindow::DemoWindow() = default;

DemoWindow::~DemoWindow()
{
    m_window.reset(); // before the sessions and switchers it uses
}

bool DemoWindow::start(const QString &applicationName)
{
    if (!m_config.isValid()) {
        m_error = m_config.errorString();
        return false;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ClipDeskTests"));
    QCoreApplication::setApplicationName(applicationName);
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());

    m_server = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--demo")});
    if (!m_server->start(60'000)) {
        m_error = m_server->errorString();
        return false;
    }
    m_store = std::make_unique<Net::SessionStore>(Net::SessionStore::Options{m_config.path(), false, QStringLiteral("ClipDeskTests"), 10s});
    m_sessions = std::make_unique<Net::SessionController>(*m_store);
    m_theme = std::make_unique<Ui::ThemeSwitcher>();
    m_language = std::make_unique<Ui::LanguageSwitcher>();
    m_window = std::make_unique<Ui::MainWindow>(Ui::MainWindow::Dependencies{*m_sessions, *m_theme, *m_language});
    m_window->setDemoMode(true);
    m_window->setServerUrl(m_server->baseUrl());
    return true;
}

} // namespace ClipDesk::Testing
