// clipdesk-bench-uploads: upload throughput of the tus endpoint over loopback against curl
// uploading the same file to a real nginx (PUT) in the same rounds, plus the server's memory
// growth while it receives the file. Three references: (a) nginx on disk, which never fsyncs;
// (b) both on tmpfs, where fsync is free, so the ratio compares the software paths; (c) nginx
// on disk plus an fsync of the stored file, the durable bar our "204 = on disk" must meet.
// Every round measures everything once; prints medians and ranges as a Markdown table.
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
    double verdictSeconds = -1; // until the server hashed, stored and probed the file
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

// Polls the upload's status until the server has checked the file (the bench's bytes are no
// video, so the verdict is a quick rejection: what it measures is the hashing and storing).
double secondsUntilVerdict(QNetworkAccessManager &network, const QUrl &upload, const QByteArray &bearer)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120'000) {
        const Reply status = call(network, "GET", upload, {},
                                  {{"Tus-Resumable", "1.0.0"}, {"Authorization", bearer}, {"Accept", "application/json"}});
        const QString state = QJsonDocument::fromJson(status.body).object().value(QStringLiteral("state")).toString();
        if (state == u"ready" || state == u"rejected")
            return double(clock.nsecsElapsed()) / 1e9;
        QThread::msleep(10);
    }
    return -1;
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
    if (run.seconds > 0)
        run.verdictSeconds = run.seconds + secondsUntilVerdict(network, server.url(QString::fromLatin1(created.location)), bearer);
    return run;
}

struct NginxPut
{
    double seconds = -1;
    double durableSeconds = -1; // plus an fsync of the stored file
};

// curl PUTs the file to nginx, which writes it where it was started. nginx does not make the
// file durable; what fsync adds to its time is the fair bar for an endpoint that answers
// only once the bytes are on disk.
NginxPut putToNginx(const NginxPutReference &nginx, const QString &file)
{
    NginxPut put;
    put.seconds = runCurl(QStringList{QStringLiteral("-T"), file,
                                      QStringLiteral("http://127.0.0.1:%1/upload/upload.bin").arg(nginx.port())});
    if (put.seconds <= 0)
        return put;
    QElapsedTimer clock;
    clock.start();
    QFile stored(nginx.uploadDir() + QStringLiteral("/upload.bin"));
    if (stored.open(QIODevice::ReadWrite) && ::fsync(stored.handle()) == 0)
        put.durableSeconds = put.seconds + double(clock.nsecsElapsed()) / 1e9;
    stored.remove();
    return put;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One measured quantity over the repeats: seconds per run (ours or a reference).
struct Runs
{
    QList<double> seconds;
    qint64 maxRssGrowth = -1;
    QList<double> verdictSeconds;

    void add(double value) { seconds.append(value); }
    void add(const OurRun &run)
    {
        seconds.append(run.seconds);
        maxRssGrowth = std::max(maxRssGrowth, run.rssGrowth);
        if (run.verdictSeconds > 0)
            verdictSeconds.append(run.verdictSeconds);
    }
    bool ok() const { return !seconds.isEmpty() && std::ranges::all_of(seconds, [](double s) { return s > 0; }); }
};

QString rate(qint64 size, double seconds)
{
    return QStringLiteral("%1").arg(double(size) / 1e6 / seconds, 0, 'f', 0);
}

// "median (min–max) MB/s" over the runs.
QString rates(qint64 size, const Runs &runs)
{
    if (!runs.ok())
        return QStringLiteral("failed");
    const auto [fastest, slowest] = std::ranges::minmax(runs.seconds);
    return QStringLiteral("%1 MB/s (%2–%3)").arg(rate(size, median(runs.seconds)), rate(size, slowest), rate(size, fastest));
}

// The ratio of throughputs ours / reference, per repeat (both were measured in the same
// round), as "median× (min–max)".
QString ratios(const Runs &ours, const Runs &reference)
{
    if (!ours.ok() || !reference.ok() || ours.seconds.size() != reference.seconds.size())
        return QStringLiteral("n/a");
    QList<double> values;
    for (qsizetype i = 0; i < ours.seconds.size(); ++i)
        values.append(reference.seconds.at(i) / ours.seconds.at(i));
    const auto [low, high] = std::ranges::minmax(values);
    return QStringLiteral("%1× (%2–%3)").arg(median(values), 0, 'f', 2).arg(low, 0, 'f', 2).arg(high, 0, 'f', 2);
}

bool writeServerConfig(const QString &path)
{
    QFile configFile(path);
    return configFile.open(QIODevice::WriteOnly)
        && configFile.write(QJsonDocument(QJsonObject{
               {QStringLiteral("uploads"), QJsonObject{{QStringLiteral("max_upload_bytes"), 4LL * 1024 * 1024 * 1024},
                                                       {QStringLiteral("quota_bytes_per_user"), 64LL * 1024 * 1024 * 1024}}},
               {QStringLiteral("auth"), QJsonObject{{QStringLiteral("argon2_ops_limit"), 2}, {QStringLiteral("argon2_memory_kib"), 19456}}},
           }).toJson()) > 0;
}

// Where one storage's runs happen, and what was measured there.
struct Storage
{
    QString label;
    QString dir;
    Runs nginx;        // curl -T → nginx, no fsync
    Runs nginxDurable; // the same, plus fsync of the stored file
    Runs tusDefault;
    Runs tus64;
    Runs curlPatch;
};

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
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Rounds (each measures everything once)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption diskOption(QStringLiteral("disk-dir"), QStringLiteral("A directory on the disk under test."),
                                        QStringLiteral("path"), QDir::tempPath());
    const QCommandLineOption tmpfsOption(QStringLiteral("tmpfs-dir"),
                                         QStringLiteral("A directory on tmpfs (fsync costs nothing); empty to skip."),
                                         QStringLiteral("path"), QStringLiteral("/dev/shm"));
    parser.addOptions({binaryOption, sizeOption, repeatOption, diskOption, tmpfsOption});
    parser.process(app);
    const qint64 size = qBound(1, parser.value(sizeOption).toInt(), 4095) * 1024LL * 1024;
    const int repeats = qBound(1, parser.value(repeatOption).toInt(), 50);

    QList<Storage> storages(1);
    storages[0].label = QStringLiteral("disk");
    storages[0].dir = parser.value(diskOption);
    if (const QString tmpfs = parser.value(tmpfsOption); !tmpfs.isEmpty() && QFileInfo(tmpfs).isDir()) {
        storages.append(Storage());
        storages.last().label = QStringLiteral("tmpfs");
        storages.last().dir = tmpfs;
    }
    std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    for (Storage &storage : storages) {
        dirs.push_back(std::make_unique<QTemporaryDir>(storage.dir + QStringLiteral("/clipdesk-bench-uploads-XXXXXX")));
        if (!dirs.back()->isValid()) {
            err() << "bench: cannot create a directory in " << storage.dir << '\n';
            return 1;
        }
        storage.dir = dirs.back()->path();
    }
    // The source file lives on the last storage (tmpfs when there is one), so reading it costs
    // every upload the same and never competes with the disk under test.
    const QString file = storages.constLast().dir + QStringLiteral("/source.bin");
    const QString config = storages.constLast().dir + QStringLiteral("/server.json");
    if (!writeRandomFile(file, size) || !writeServerConfig(config)) {
        err() << "bench: cannot write " << file << '\n';
        return 1;
    }

    QNetworkAccessManager network;
    QString nginxVersion;
    for (int round = 0; round < repeats; ++round) {
        for (Storage &storage : storages) {
            NginxPutReference nginx;
            if (const QString error = nginx.start(storage.dir + QStringLiteral("/nginx-%1").arg(round)); !error.isEmpty()) {
                err() << "bench: no nginx reference: " << error << '\n';
                return 1;
            }
            nginxVersion = nginx.version();
            const NginxPut put = putToNginx(nginx, file);
            storage.nginx.add(put.seconds);
            storage.nginxDurable.add(put.durableSeconds);
            nginx.stop();
            QDir(storage.dir + QStringLiteral("/nginx-%1").arg(round)).removeRecursively();

            const auto ourRun = [&](const QString &name, const std::function<OurRun(BenchServer &, const QString &)> &upload) {
                const QString dataDir = storage.dir + QStringLiteral("/data-%1-%2").arg(name).arg(round);
                OurRun run;
                {
                    BenchServer server; // a fresh server per run: its memory peak is this run's
                    if (!server.start(parser.value(binaryOption), dataDir, config))
                        err() << "bench: the server did not start\n";
                    else
                        run = upload(server, server.token(network));
                }
                QDir(dataDir).removeRecursively();
                return run;
            };
            storage.tusDefault.add(ourRun(QStringLiteral("tus"), [&](BenchServer &server, const QString &token) {
                return uploadWithTusUploader(server, token, file, 0);
            }));
            storage.tus64.add(ourRun(QStringLiteral("tus64"), [&](BenchServer &server, const QString &token) {
                return uploadWithTusUploader(server, token, file, 64 * 1024 * 1024);
            }));
            storage.curlPatch.add(ourRun(QStringLiteral("curl"), [&](BenchServer &server, const QString &token) {
                return uploadWithCurlPatch(server, network, token, file);
            }));
        }
    }

    out() << "Upload of " << size / (1024 * 1024) << " MiB over loopback, " << repeats
          << " rounds; per cell the median (slowest–fastest). References from the same rounds: curl -T → nginx " << nginxVersion
          << " (PUT; nginx never fsyncs), and on disk the same plus an fsync of the stored file (the durable bar). Ours: every "
             "PATCH is written, SHA-1 hashed when Upload-Checksum is sent, and fdatasync'ed before 204; the content SHA-256 "
             "is computed as the bytes stream while a core keeps up with them, else from the finished file. Ratios are ours "
             "÷ reference per round.\n\n";
    for (const Storage &storage : std::as_const(storages)) {
        out() << "References on " << storage.label << " (" << storage.dir << "): curl → nginx " << rates(size, storage.nginx);
        if (storage.label == QLatin1String("disk"))
            out() << "; nginx + fsync " << rates(size, storage.nginxDurable);
        out() << "\n";
    }
    out() << "\n| upload | on | ours | ratio vs curl → nginx (goal ≥ 0.8×) | ratio vs nginx + fsync | server RSS growth (max, goal < 64 MB) |\n";
    out() << "|---|---|---|---|---|---|\n";
    for (const Storage &storage : std::as_const(storages)) {
        const bool disk = storage.label == QLatin1String("disk");
        const auto row = [&](const QString &what, const Runs &ours) {
            out() << "| " << what << " | " << storage.label << " | " << rates(size, ours) << " | " << ratios(ours, storage.nginx)
                  << " | " << (disk ? ratios(ours, storage.nginxDurable) : QStringLiteral("— (fsync is free)")) << " | "
                  << (ours.maxRssGrowth >= 0 ? QStringLiteral("%1 MB").arg(double(ours.maxRssGrowth) / 1e6, 0, 'f', 1)
                                             : QStringLiteral("n/a"))
                  << " |\n";
        };
        row(QStringLiteral("TusUploader defaults (4 → 16 MiB chunks, SHA-1 each)"), storage.tusDefault);
        row(QStringLiteral("TusUploader, 64 MiB chunks, SHA-1 each"), storage.tus64);
        row(QStringLiteral("curl -X PATCH -T (one streamed tus PATCH)"), storage.curlPatch);
    }
    out() << "\n";
    for (const Storage &storage : std::as_const(storages)) {
        if (storage.curlPatch.verdictSeconds.isEmpty())
            continue;
        out() << "curl PATCH on " << storage.label << ", from the first byte to the server's verdict (hashed, stored, probed): "
              << QString::number(median(storage.curlPatch.verdictSeconds), 'f', 2) << " s median, vs "
              << QString::number(median(storage.curlPatch.seconds), 'f', 2) << " s to the 204 of the last byte.\n";
    }
    return 0;
}
