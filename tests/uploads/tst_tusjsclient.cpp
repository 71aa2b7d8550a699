// The reference tus client (tus-js-client from npm, run by node) uploads to our server: proof
// that the endpoint speaks tus as any client expects. Skips only when node or npm is missing.
#include "backendfixture.h"
#include "testmedia.h"
#include "tuskit.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace ClipDesk::Testing;

class tst_TusJsClient final : public QObject
{
    Q_OBJECT

private slots:
    void referenceClientUploads();
};

void tst_TusJsClient::referenceClientUploads()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        QSKIP("node or npm is not installed (packaging/install-deps.sh installs nodejs and npm)");

    // tus-js-client, installed once per build tree.
    const QString moduleDir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT") + QStringLiteral("/node-tus");
    QVERIFY(QDir().mkpath(moduleDir));
    if (!QFile::exists(moduleDir + QStringLiteral("/node_modules/tus-js-client/package.json"))) {
        QProcess install;
        install.setWorkingDirectory(moduleDir);
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                            QStringLiteral("--prefix"), moduleDir, QStringLiteral("tus-js-client@4")});
        QVERIFY(install.waitForFinished(120'000));
        QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    }

    const QString video = TestMedia::generate(QStringLiteral("tusjs.mp4"),
                                              {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                               QStringLiteral("testsrc2=size=320x240:rate=25:duration=4"), QStringLiteral("-c:v"),
                                               QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                               QStringLiteral("-qp"), QStringLiteral("10"), QStringLiteral("-pix_fmt"),
                                               QStringLiteral("yuv420p")});
    QVERIFY(!video.isEmpty());
    BackendFixture fixture;
    auto server = fixture.start(QStringLiteral("sqlite"));
    QVERIFY2(server, qPrintable(fixture.errorString()));
    const QString token = server->client->registerAndLogin(QStringLiteral("jsfan"), QStringLiteral("correct horse battery staple"));
    QVERIFY(!token.isEmpty());

    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), moduleDir + QStringLiteral("/node_modules"));
    client.setProcessEnvironment(environment);
    client.start(node, {qEnvironmentVariable("CLIPDESK_SOURCE_DIR") + QStringLiteral("/tests/uploads/tusjsupload.js"),
                        server->process->baseUrl().toString() + QStringLiteral("/api/v1/uploads/"), token, video});
    QVERIFY(client.waitForFinished(60'000));
    const QByteArray errors = client.readAllStandardError();
    QVERIFY2(client.exitCode() == 0, errors.constData());
    const QJsonObject result = QJsonDocument::fromJson(client.readAllStandardOutput()).object();
    const QUrl url(result.value(QStringLiteral("url")).toString());
    QVERIFY2(url.path().startsWith(u"/api/v1/uploads/"), qPrintable(url.toString()));

    const QJsonObject status = waitForVerdict(*server->client, url.path().toLatin1(), token);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    QCOMPARE(status.value(QStringLiteral("sha256")).toString().toLatin1(), TusKit::sha256Hex(readFile(video)));
    QCOMPARE(status.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("filename")).toString(),
             QFileInfo(video).fileName());
}

QTEST_GUILESS_MAIN(tst_TusJsClient)
#include "tst_tusjsclient.moc"
