// clipdesk: the desktop app. Wires the window to its server (a given one, or a bundled demo server).
#include "net/bundledserver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("clipdesk"), QStringLiteral("_"), QStringLiteral(":/translations")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("ClipDesk: a desktop marketplace for short-form video campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Tr::tr("Start a local demo server with its own data and connect to it."));
    const QCommandLineOption serverOption(QStringLiteral("server"), Tr::tr("Connect to the ClipDesk server at <url>."),
                                          Tr::tr("url"), QStringLiteral("http://127.0.0.1:8470"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Once the server status is known, save a picture of the window to <file> and quit."), Tr::tr("file"));
    parser.addOptions({demoOption, serverOption, screenshotOption});
    parser.process(app);

    Ui::MainWindow window;
    std::unique_ptr<Net::BundledServer> bundledServer;
    if (parser.isSet(demoOption)) {
        window.setDemoMode(true);
        window.showServerStarting();
        bundledServer = std::make_unique<Net::BundledServer>(Net::BundledServer::demoDataDirectory());
        QObject::connect(bundledServer.get(), &Net::BundledServer::started, &window, [&window](const QUrl &url) {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("ClipDesk demo server running at %1").arg(url.toDisplayString())));
            window.setServerUrl(url);
        });
        QObject::connect(bundledServer.get(), &Net::BundledServer::failed, &window, &Ui::MainWindow::showServerFailure);
        bundledServer->start();
    } else {
        window.setServerUrl(QUrl::fromUserInput(parser.value(serverOption)));
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
