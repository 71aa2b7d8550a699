// clipdesk-bench-uploads: upload throughput of the tus endpoint over loopback against curl
// uploading the same file to a real nginx (PUT to disk) in the same run, plus the server's
// memory growth while it receives the file. Prints a Markdown table.
#include "net/tusuploader.h"
#include "nginxputreference.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <unistd.h>

using namespace ClipDesk;
using ClipDesk::Bench::NginxPutReference;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20240501);
    for (qint64 written = 0; written < size; written += block.size()) {
        generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 part = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), part) != part)
            return false;
    }
    return file.flush();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// A value in kB from /proc/<pid>/status ("VmRSS", "VmHWM"), in bytes; -1 if unknown.
qint64 procStatus(qint64 pid, const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

void resetPeak(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    if (file.open(QIODevice::WriteOnly))
        file.write("5"); // resets VmHWM to the current RSS
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
};

Reply call(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body,
           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Location")};
    reply->deleteLater();
    return result;
}

// Runs curl and returns the wall time in seconds, or a negative number on failure.
double runCurl(const QStringList &arguments)
{
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"), QStringList{QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                   QStringLiteral("-w"), QStringLiteral("%{http_code}")} + arguments);
    if (!curl.waitForFinished(600'000) || curl.exitCode() != 0)
        return -1;
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const int status = curl.readAllStandardOutput().toInt();
    if (status < 200 || status >= 300) {
        err() << "bench: curl got HTTP " << status << '\n';
        return -1;
    }
    return seconds;
}

class BenchServer final
{
public:
    ~BenchServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10'000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    bool start(const QString &binary, const QString &dataDir, const QString &config)
    {
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--data-dir"),
                                 dataDir, QStringLiteral("--config"), config});
        if (!m_process.waitForStarted(10'000))
            return false;
        QNetworkAccessManager network;
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (call(network, "GET", url(QStringLiteral("/api/v1/health")), {}, {}).status == 200)
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    QString token(QNetworkAccessManager &network)
    {
        const QJsonObject account{{QStringLiteral("email"), QStringLiteral("bench@example.com")},
                                  {QStringLiteral("username"), QStringLiteral("bench")},
                                  {QStringLiteral("password"), QStringLiteral("correct horse battery staple")},
                                  {QStringLiteral("role"), QStringLiteral("clipper")}};
        call(network, "POST", url(QStringLiteral("/api/v1/auth/register")), QJsonDocument(account).toJson(), {});
        const Reply login = call(network, "POST", url(QStringLiteral("/api/v1/auth/login")),
                                 QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("bench")},
                                                           {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}})
                                     .toJson(),
                                 {});
        return QJsonDocument::fromJson(login.body).object().value(QStringLiteral("token")).toString();
    }

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

struct OurRun
{
    double seconds = -1;
    qint64 rssGrowth = -1;
};

OurRun uploadWithTusUploader(BenchServer &server, const QString &token, const QString &file, qint64 fixedChunkBytes)
{
    Net::TusUploader::Options options; // defaults: 4 MiB chunks growing to 16 MiB
    if (fixedChunkBytes > 0)
        options.chunkBytes = options.maxChunkBytes = fixedChunkBytes;
    options.waitForVerdict = false;
    Net::TusUploader uploader(server.url({}), token, file, nullptr, options);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&uploader, &Net::TusUploader::uploaded, &loop, [&] { ok = true; loop.quit(); });
    QObject::connect(&uploader, &Net::TusUploader::failed, &loop, [&](const Error &error) {
        err() << "bench: TusUploader failed: " << error.message << '\n';
        loop.quit();
    });
    const qint64 before = procStatus(server.pid(), "VmRSS");
    resetPeak(server.pid());
    QElapsedTimer clock;
    clock.start();
    uploader.start();
    loop.exec();
    OurRun run;
    if (ok) {
        run.seconds = double(clock.nsecsElapsed()) / 1e9;
        run.rssGrowth = procStatus(server.pid(), "VmHWM") - before;
    }
    return run;
}

OurRun uploadWithCurlPatch(BenchServer &server, QNetworkAccessManager &network, const QString &token, const QString &file)
{
    const QByteArray bearer = "Bearer " + token.toLatin1();
    const Reply created = call(network, "POST", server.url(QStringLiteral("/api/v1/uploads/")), {},
                               {{"Tus-Resumable", "1.0.0"}, {"Authorization", bearer},
                                {"Upload-Length", QByteArray::number(QFileInfo(file).size())}});
    if (created.status != 201)
        return {};
    const qint64 before = procStatus(server.pid(), "VmRSS");
    resetPeak(server.pid());
    OurRun run;
    run.seconds = runCurl(QStringList{QStringLiteral("-X"), QStringLiteral("PATCH"), QStringLiteral("-T"), file,
                           QStringLiteral("-H"), QStringLiteral("Tus-Resumable: 1.0.0"),
                           QStringLiteral("-H"), QStringLiteral("Upload-Offset: 0"),
                           QStringLiteral("-H"), QStringLiteral("Content-Type: application/offset+octet-stream"),
                           QStringLiteral("-H"), QStringLiteral("Authorization: ") + QString::fromLatin1(bearer),
                           server.url(QString::fromLatin1(created.location)).toString()});
    run.rssGrowth = procStatus(server.pid(), "VmHWM") - before;
    return run;
}

void row(const QString &what, const OurRun &ours, double nginxSeconds, double nginxDurableSeconds, qint64 size)
{
    const auto rate = [size](double seconds) { return QStringLiteral("%1 MB/s").arg(double(size) / 1e6 / seconds, 0, 'f', 0); };
    out() << "| " << what << " | " << (ours.seconds > 0 ? rate(ours.seconds) : QStringLiteral("failed")) << " | "
          << rate(nginxSeconds) << " | "
          << (ours.seconds > 0 ? QStringLiteral("%1×").arg(nginxSeconds / ours.seconds, 0, 'f', 2) : QStringLiteral("n/a")) << " | "
          << (ours.seconds > 0 ? QStringLiteral("%1×").arg(nginxDurableSeconds / ours.seconds, 0, 'f', 2) : QStringLiteral("n/a")) << " | "
          << (ours.rssGrowth >= 0 ? QStringLiteral("%1 MB").arg(double(ours.rssGrowth) / 1e6, 0, 'f', 1) : QStringLiteral("n/a"))
          << " |\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;clipdesk.*.info=false");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Upload throughput of the tus endpoint against curl → nginx."));
    parser.addHelpOption();
    const QCommandLineOption binaryOption(QStringLiteral("server-binary"), QStringLiteral("The clipdesk-server to run."),
                                          QStringLiteral("path"),
                                          qEnvironmentVariable("CLIPDESK_SERVER_BINARY", QStringLiteral(CLIPDESK_SERVER_BINARY_PATH)));
    const QCommandLineOption sizeOption(QStringLiteral("mib"), QStringLiteral("File size in MiB."), QStringLiteral("n"),
                                        QStringLiteral("1024"));
    parser.addOptions({binaryOption, sizeOption});
    parser.process(app);
    const qint64 size = qBound(1, parser.value(sizeOption).toInt(), 4095) * 1024LL * 1024;

    QTemporaryDir temp;
    const QString file = temp.filePath(QStringLiteral("upload.bin"));
    if (!writeRandomFile(file, size)) {
        err() << "bench: cannot write " << file << '\n';
        return 1;
    }

    // The reference: curl PUTs the file to nginx, which writes it to disk.
    NginxPutReference nginx;
    if (const QString error = nginx.start(temp.filePath(QStringLiteral("nginx"))); !error.isEmpty()) {
        err() << "bench: no nginx reference: " << error << '\n';
        return 1;
    }
    const double nginxSeconds = runCurl(QStringList{QStringLiteral("-T"), file,
                                                    QStringLiteral("http://127.0.0.1:%1/upload/upload.bin").arg(nginx.port())});
    // nginx does not make the file durable; what fsync adds to its time is the fairer bar for
    // an endpoint that answers only once the bytes are on disk.
    double nginxDurableSeconds = nginxSeconds;
    {
        QElapsedTimer clock;
        clock.start();
        QFile stored(nginx.uploadDir() + QStringLiteral("/upload.bin"));
        if (stored.open(QIODevice::ReadWrite) && ::fsync(stored.handle()) == 0)
            nginxDurableSeconds += double(clock.nsecsElapsed()) / 1e9;
    }
    nginx.stop();
    QFile::remove(nginx.uploadDir() + QStringLiteral("/upload.bin"));
    if (nginxSeconds <= 0) {
        err() << "bench: curl → nginx failed\n";
        return 1;
    }

    const QString config = temp.filePath(QStringLiteral("server.json"));
    {
        QFile configFile(config);
        configFile.open(QIODevice::WriteOnly);
        configFile.write(QJsonDocument(QJsonObject{
            {QStringLiteral("uploads"), QJsonObject{{QStringLiteral("max_upload_bytes"), 4LL * 1024 * 1024 * 1024},
                                                    {QStringLiteral("quota_bytes_per_user"), 64LL * 1024 * 1024 * 1024}}},
            {QStringLiteral("auth"), QJsonObject{{QStringLiteral("argon2_ops_limit"), 2}, {QStringLiteral("argon2_memory_kib"), 19456}}},
        }).toJson());
    }
    QNetworkAccessManager network;
    const auto ourRun = [&](const QString &name, const std::function<OurRun(BenchServer &, const QString &)> &upload) {
        BenchServer server; // a fresh server per run: its memory peak is this run's
        if (!server.start(parser.value(binaryOption), temp.filePath(QStringLiteral("data-") + name), config)) {
            err() << "bench: the server did not start\n";
            return OurRun{};
        }
        return upload(server, server.token(network));
    };
    const OurRun tusDefault = ourRun(QStringLiteral("tus"), [&](BenchServer &server, const QString &token) {
        return uploadWithTusUploader(server, token, file, 0);
    });
    const OurRun tus64 = ourRun(QStringLiteral("tus64"), [&](BenchServer &server, const QString &token) {
        return uploadWithTusUploader(server, token, file, 64 * 1024 * 1024);
    });
    const OurRun curlPatch = ourRun(QStringLiteral("curl"), [&](BenchServer &server, const QString &token) {
        return uploadWithCurlPatch(server, network, token, file);
    });

    out() << "Upload of " << size / (1024 * 1024) << " MiB over loopback; reference: curl -T → nginx " << nginx.version()
          << " (PUT to disk, no fsync), measured in the same run. Ours: every PATCH is fsync'ed before 204, SHA-1 checked "
             "per chunk (TusUploader) and SHA-256 hashed as it streams.\n\n";
    out() << "| upload | ours | curl → nginx | ratio (goal ≥ 0.8×) | ratio vs nginx + fsync | server RSS growth (goal < 64 MB) |\n";
    out() << "|---|---|---|---|---|---|\n";
    row(QStringLiteral("TusUploader defaults (4 → 16 MiB chunks, SHA-1 each)"), tusDefault, nginxSeconds, nginxDurableSeconds, size);
    row(QStringLiteral("TusUploader, 64 MiB chunks, SHA-1 each"), tus64, nginxSeconds, nginxDurableSeconds, size);
    row(QStringLiteral("curl -X PATCH -T (one streamed tus PATCH)"), curlPatch, nginxSeconds, nginxDurableSeconds, size);
    return 0;
}
