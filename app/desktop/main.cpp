// clipdesk: the desktop app. Wires the window to its server (a given one, or a bundled demo server)
// and to the session controller, which the sync engine follows through signedIn()/signedOut().
#include "net/bundledserver.h"
#include "net/demoaccounts.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"
#include "ui/mainwindow.h"
#include "ui/shell/workspacehost.h"
#include "ui/settings/languageswitcher.h"
#include "ui/settings/themeswitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace ClipDesk;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipDesk::Desktop)
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClipDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("clipdesk.org"));
    QApplication::setApplicationName(QStringLiteral("ClipDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLIPDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.clipdesk.ClipDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clipdesk.svg")));

    Ui::ThemeSwitcher theme; // remembers the platform's look before the saved theme replaces it
    theme.applySaved();
    Ui::LanguageSwitcher language;
    language.applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("ClipDesk: a desktop marketplace for short-form video campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Tr::tr("Start a local demo server with its own data and connect to it."));
    const QCommandLineOption serverOption(QStringLiteral("server"), Tr::tr("Connect to the ClipDesk server at <url>."),
                                          Tr::tr("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Once the server status is known, save a picture of the window to <file> and quit."), Tr::tr("file"));
    parser.addOptions({demoOption, serverOption, screenshotOption});
    parser.process(app);

    Net::SessionStore store;
    Net::SessionController sessions(store);
    Ui::MainWindow window({sessions, theme, language});
    std::unique_ptr<Net::BundledServer> bundledServer;
    if (parser.isSet(demoOption)) {
        window.setDemoMode(true);
        window.showServerStarting();
        bundledServer = std::make_unique<Net::BundledServer>(Net::BundledServer::demoDataDirectory());
        bundledServer->setExtraArguments({QStringLiteral("--demo")}); // seeds the demo world into an empty database
        QObject::connect(bundledServer.get(), &Net::BundledServer::started, &window, [&window, &sessions, &store](const QUrl &url) {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("ClipDesk demo server running at %1").arg(url.toDisplayString())));
            window.setServerUrl(url);
            // The last demo account again, else the demo brand (the Demo menu switches).
            if (const auto last = store.lastAccount(); last && last->serverId == QLatin1String("demo"))
                sessions.restore();
            else
                window.workspaceHost()->signInAsDemo(Net::DemoAccounts::BrandLogin);
        });
        QObject::connect(bundledServer.get(), &Net::BundledServer::failed, &window, &Ui::MainWindow::showServerFailure);
        bundledServer->start();
    } else {
        // --server, else the last server used, else a local one.
        const QUrl server = parser.isSet(serverOption) ? QUrl::fromUserInput(parser.value(serverOption))
                                                       : store.lastServerUrl().value_or(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        window.setServerUrl(server);
        sessions.restore();
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &Ui::MainWindow::serverStatusChanged, &window, [&window, file](const Ui::ServerStatus &status) {
            if (status.kind != Ui::ServerStatus::Kind::Connected && status.kind != Ui::ServerStatus::Kind::Unreachable)
                return;
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                std::fprintf(stderr, "%s\n", qPrintable(saved ? Tr::tr("Saved %1").arg(file) : Tr::tr("Could not save %1").arg(file)));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }

    window.show();
    return QApplication::exec();
}
