#include "server/serverconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ClipDesk::Server;
using ClipDesk::Result;

class tst_ServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void listenParsing_data();
    void listenParsing();
    void configFileThenFlags();
    void badConfigFiles_data();
    void badConfigFiles();
    void tlsNeedsBothFiles();
};

namespace {

Result<ServerConfig> parse(QStringList args)
{
    args.prepend(QStringLiteral("clipdesk-server"));
    return ServerConfig::fromArguments(args);
}

QString writeConfig(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

void tst_ServerConfig::defaults()
{
    QTemporaryDir dir;
    const auto config = parse({QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config->listenPort, 8470);
    QCOMPARE(config->database, QStringLiteral("sqlite"));
    QCOMPARE(config->dataDir, dir.path());
    QCOMPARE(config->publicUrl, QStringLiteral("http://127.0.0.1:8470"));
    QCOMPARE(config->http.maxHeaderBytes, 64 * 1024);
}

void tst_ServerConfig::listenParsing_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("url");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:9000") << true << QStringLiteral("http://127.0.0.1:9000");
    QTest::newRow("ipv6") << QStringLiteral("[::1]:9001") << true << QStringLiteral("http://[::1]:9001");
    QTest::newRow("localhost") << QStringLiteral("localhost:9002") << true << QStringLiteral("http://127.0.0.1:9002");
    QTest::newRow("any port") << QStringLiteral("127.0.0.1:0") << true << QStringLiteral("http://127.0.0.1:0");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString();
    QTest::newRow("bad port") << QStringLiteral("127.0.0.1:99999") << false << QString();
    QTest::newRow("hostname") << QStringLiteral("example.com:80") << false << QString();
}

void tst_ServerConfig::listenParsing()
{
    QFETCH(QString, listen);
    QFETCH(bool, valid);
    QFETCH(QString, url);
    const auto config = parse({QStringLiteral("--listen"), listen});
    QCOMPARE(config.has_value(), valid);
    if (valid)
        QCOMPARE(config->listenUrl(), url);
    else
        QVERIFY(!config.error().message.isEmpty());
}

void tst_ServerConfig::configFileThenFlags()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, R"({
        "listen": "127.0.0.1:7000", "db": "postgresql://u@127.0.0.1:5/x",
        "public_url": "https://clips.example.com",
        "http": {"max_connections": 50, "idle_timeout_ms": 1500},
        "auth": {"max_attempts_per_ip_per_hour": 7},
        "smtp": {"host": "127.0.0.1", "port": 2525}
    })");
    const auto config = parse({QStringLiteral("--config"), path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:7001")});
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->listenPort, 7001); // the flag wins over the file
    QCOMPARE(config->database, QStringLiteral("postgresql://u@127.0.0.1:5/x"));
    QCOMPARE(config->publicUrl, QStringLiteral("https://clips.example.com"));
    QCOMPARE(config->http.maxConnections, 50);
    QCOMPARE(config->http.idleTimeoutMs, 1500);
    QCOMPARE(config->auth.value(QStringLiteral("max_attempts_per_ip_per_hour")).toInt(), 7);
    QCOMPARE(config->smtp.value(QStringLiteral("port")).toInt(), 2525);
}

void tst_ServerConfig::badConfigFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("listen = 1") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON");
    QTest::newRow("unknown key") << QByteArray(R"({"lisen": "127.0.0.1:1"})") << QStringLiteral("lisen");
    QTest::newRow("negative limit") << QByteArray(R"({"http": {"max_connections": -4}})") << QStringLiteral("max_connections");
    QTest::newRow("string limit") << QByteArray(R"({"http": {"idle_timeout_ms": "soon"}})") << QStringLiteral("idle_timeout_ms");
    QTest::newRow("db not string") << QByteArray(R"({"db": 5})") << QStringLiteral("db");
}

void tst_ServerConfig::badConfigFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const auto config = parse({QStringLiteral("--config"), writeConfig(dir, content)});
    QVERIFY(!config);
    QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
}

void tst_ServerConfig::tlsNeedsBothFiles()
{
    const auto config = parse({QStringLiteral("--tls-cert"), QStringLiteral("/tmp/cert.pem")});
    QVERIFY(!config);
    QVERIFY(config.error().message.contains(QStringLiteral("--tls-key")));
}

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_serverconfig.moc"
