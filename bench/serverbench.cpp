// clipdesk-bench-server: throughput of the real clipdesk-server next to same-run references
// (nginx for the HTTP front, curl as a second client, raw argon2id for logins). Prints Markdown.
#include "argon2reference.h"
#include "curlload.h"
#include "httploadclient.h"
#include "net/bundledserver.h"
#include "nginxreference.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace ClipDesk;
using namespace ClipDesk::Bench;
using namespace std::chrono_literals;

namespace {

// The server's default argon2id cost (AuthPolicy); the bench config spells it out so that
// the in-process reference below hashes with exactly the same parameters.
constexpr unsigned long long Argon2OpsLimit = 2;
constexpr unsigned long long Argon2MemoryKib = 19456;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(double value)
{
    return value >= 100 ? QString::number(qRound64(value)) : QString::number(value, 'f', 1);
}

QString ratio(double value, double reference)
{
    return reference > 0 && value > 0 ? QString::number(value / reference, 'f', 2) : QStringLiteral("n/a");
}

QString describe(const LoadResult &result)
{
    if (!result.error.isEmpty() && result.succeeded == 0)
        return QStringLiteral("failed: ") + result.error;
    QString text = number(result.perSecond());
    if (result.failed > 0)
        text += QStringLiteral(" (%1 non-2xx)").arg(result.failed);
    return text;
}

void row(const QString &metric, const QString &value, const QString &reference, const QString &ratioText)
{
    out() << "| " << metric << " | " << value << " | " << reference << " | " << ratioText << " |\n";
}

QString writeBenchConfig(const QTemporaryDir &dir)
{
    const QJsonObject auth{
        {QStringLiteral("max_attempts_per_account_per_hour"), 1'000'000},
        {QStringLiteral("max_attempts_per_ip_per_hour"), 1'000'000},
        {QStringLiteral("argon2_ops_limit"), qint64(Argon2OpsLimit)},
        {QStringLiteral("argon2_memory_kib"), qint64(Argon2MemoryKib)},
    };
    const QString path = dir.filePath(QStringLiteral("bench-config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson());
    return path;
}

bool startServer(Net::BundledServer &server)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&server, &Net::BundledServer::started, &loop, [&] { ok = true; loop.quit(); });
    QObject::connect(&server, &Net::BundledServer::failed, &loop, [&](const QString &message) {
        QTextStream(stderr) << "bench: the server did not start: " << message << '\n';
        loop.quit();
    });
    server.start();
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("clipdesk.*.info=false"));
    // The server under test inherits this: no per-request debug logging while it is measured.
    qputenv("QT_LOGGING_RULES", "*.debug=false;clipdesk.*.info=false");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the ClipDesk server against same-run references."));
    parser.addHelpOption();
    const QCommandLineOption binaryOption(QStringLiteral("server-binary"), QStringLiteral("The clipdesk-server to run."),
                                          QStringLiteral("path"), qEnvironmentVariable("CLIPDESK_SERVER_BINARY",
                                                                                       QStringLiteral(CLIPDESK_SERVER_BINARY_PATH)));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of each measurement."),
                                           QStringLiteral("s"), QStringLiteral("3"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QStringLiteral("Concurrent connections."),
                                               QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({binaryOption, secondsOption, connectionsOption});
    parser.process(app);
    const auto duration = std::chrono::milliseconds(qBound(1, parser.value(secondsOption).toInt(), 10) * 1000);
    const int connections = qBound(1, parser.value(connectionsOption).toInt(), 64);

    QTemporaryDir temp;
    Net::BundledServer server(temp.filePath(QStringLiteral("data")));
    server.setServerBinary(parser.value(binaryOption));
    server.setExtraArguments({QStringLiteral("--config"), writeBenchConfig(temp)});
    if (!startServer(server))
        return 1;
    const quint16 serverPort = quint16(server.url().port());

    NginxReference nginx;
    const QString nginxError = nginx.start();
    if (!nginxError.isEmpty())
        QTextStream(stderr) << "bench: no nginx reference: " << nginxError << '\n';
    const bool haveNginx = nginxError.isEmpty();
    const QString nginxLabel = QStringLiteral("nginx %1, 1 worker, static `return 200`").arg(nginx.version());

    const QByteArray health = HttpLoadClient::buildRequest("GET", "/api/v1/health");
    HttpLoadClient ours(QHostAddress::LocalHost, serverPort, health);
    HttpLoadClient theirs(QHostAddress::LocalHost, nginx.port(), health);
    ours.run(connections, 1, 300ms); // warm-up
    if (haveNginx)
        theirs.run(connections, 1, 300ms);

    const LoadResult healthOurs = ours.run(connections, 1, duration);
    const LoadResult healthNginx = haveNginx ? theirs.run(connections, 1, duration) : LoadResult{};
    const LoadResult pipelinedOurs = ours.run(connections, 16, duration);
    const LoadResult pipelinedNginx = haveNginx ? theirs.run(connections, 16, duration) : LoadResult{};

    QUrl healthUrl = server.url();
    healthUrl.setPath(QStringLiteral("/api/v1/health"));
    const LoadResult curlOurs = runCurl(healthUrl, connections, duration);
    QUrl nginxHealthUrl = healthUrl;
    nginxHealthUrl.setPort(nginx.port());
    const LoadResult curlNginx = haveNginx ? runCurl(nginxHealthUrl, connections, duration) : LoadResult{};

    const QByteArray password = "bench-password-1234";
    const auto [registered, registerBody] = HttpLoadClient::roundTrip(
        QHostAddress::LocalHost, serverPort,
        HttpLoadClient::buildRequest("POST", "/api/v1/auth/register",
                                     "{\"email\":\"bench@example.org\",\"username\":\"benchuser\",\"password\":\""
                                         + password + "\",\"role\":\"clipper\"}"));
    LoadResult logins;
    if (registered == 200 || registered == 201) {
        HttpLoadClient login(QHostAddress::LocalHost, serverPort,
                             HttpLoadClient::buildRequest("POST", "/api/v1/auth/login",
                                                          "{\"login\":\"benchuser\",\"password\":\"" + password + "\"}"));
        logins = login.run(connections, 1, duration + 1s);
    } else {
        logins.error = QStringLiteral("register answered %1: %2").arg(registered).arg(QString::fromUtf8(registerBody));
    }
    const int threads = QThread::idealThreadCount();
    const double argon2 = argon2idVerificationsPerSecond(Argon2OpsLimit, Argon2MemoryKib, threads, duration);
    server.stop();
    nginx.stop();

    const QString conns = QString::number(connections);
    out() << "### clipdesk-server " << CLIPDESK_VERSION << " — " << threads << " CPU threads, "
          << duration.count() / 1000 << " s per measurement\n\n";
    out() << "| Metric | ClipDesk | Reference | Ratio |\n|---|---:|---|---:|\n";
    row(QStringLiteral("`GET /api/v1/health`, %1 keep-alive connections (req/s)").arg(conns), describe(healthOurs),
        haveNginx ? describe(healthNginx) + QStringLiteral(" (") + nginxLabel + u')' : QStringLiteral("n/a"),
        ratio(healthOurs.perSecond(), healthNginx.perSecond()));
    row(QStringLiteral("`GET /api/v1/health`, %1 connections × 16 pipelined (req/s)").arg(conns),
        describe(pipelinedOurs),
        haveNginx ? describe(pipelinedNginx) + QStringLiteral(" (") + nginxLabel + u')' : QStringLiteral("n/a"),
        ratio(pipelinedOurs.perSecond(), pipelinedNginx.perSecond()));
    row(QStringLiteral("`GET /api/v1/health` from curl %1 `--parallel-max %2` (req/s)").arg(curlVersion(), conns),
        describe(curlOurs), haveNginx ? describe(curlNginx) + QStringLiteral(" (same curl against nginx)") : QStringLiteral("n/a"),
        ratio(curlOurs.perSecond(), curlNginx.perSecond()));
    row(QStringLiteral("`POST /api/v1/auth/login`, %1 connections (logins/s)").arg(conns), describe(logins),
        number(argon2) + QStringLiteral(" (argon2id verify alone, libsodium, %1 threads, same cost)").arg(threads),
        ratio(logins.perSecond(), argon2));
    out().flush();
    return healthOurs.succeeded > 0 ? 0 : 1;
}
