// clipdesk-server: parses the command line and runs the server library.
#include "server/admincommand.h"
#include "server/media/probecommand.h"
#include "server/serverapplication.h"
#include "server/serverconfig.h"
#include "server/terminationsignals.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace ClipDesk::Server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClipDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("clipdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIPDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (QCoreApplication::arguments().value(1) == u"probe")
        return runProbeCommandLine(QCoreApplication::arguments(), out, err);
    if (QCoreApplication::arguments().value(1) == u"admin") {
        QTextStream in(stdin);
        return runAdminCommandLine(QCoreApplication::arguments(), in, out, err);
    }

    const auto config = ServerConfig::fromArguments(QCoreApplication::arguments());
    if (!config) {
        const bool help = config.error().code == u"help";
        (help ? out : err) << config.error().message << Qt::endl;
        return help ? 0 : 2;
    }

    ServerApplication server(*config);
    if (const auto started = server.start(); !started) {
        err << QCoreApplication::translate("main", "clipdesk-server: %1").arg(started.error().message) << Qt::endl;
        return 1;
    }

    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);
    err << "listening on " << server.config().listenUrl() << Qt::endl;
    return app.exec();
}
