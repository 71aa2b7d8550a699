// Filmstrip tiles against ffmpegthumbnailer and accurate-seek latency, on a generated 1080p
// H.264 file (cached in the temp directory). Prints a Markdown table.
#include "media/filmstrip.h"
#include "media/framereader.h"
#include "media/keyframeindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

extern "C" {
#include <libavutil/log.h>
}

using namespace ClipDesk;
using namespace ClipDesk::Media;

namespace {

constexpr int Tiles = 20;
constexpr QSize TileSize(160, 90);
constexpr int ReferenceSeeks = 20;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void row(const QString &metric, const QString &value, const QString &reference, const QString &ratio)
{
    out() << "| " << metric << " | " << value << " | " << reference << " | " << ratio << " |\n";
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

QString ratio(double value, double reference)
{
    return reference > 0 ? QString::number(value / reference, 'f', 2) + u'x' : QStringLiteral("n/a");
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTextStream(stderr) << "bench: " << program << " failed: " << process.readAllStandardError() << '\n';
        return false;
    }
    return true;
}

// 1080p30 H.264 with B-frames and a keyframe every two seconds (a common camera/phone GOP).
QString benchVideo(int seconds)
{
    const QString directory = QDir::tempPath() + QStringLiteral("/clipdesk-bench-media");
    QDir().mkpath(directory);
    const QString path = directory + QStringLiteral("/testsrc2-1080p-%1s-gop60.mp4").arg(seconds);
    if (QFileInfo::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".part.mp4");
    const bool made = run(QStringLiteral("ffmpeg"),
        {QStringLiteral("-y"), QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
         QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=1920x1080:rate=30:duration=%1").arg(seconds), QStringLiteral("-c:v"),
         QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-bf"),
         QStringLiteral("3"), QStringLiteral("-g"), QStringLiteral("60"), QStringLiteral("-pix_fmt"),
         QStringLiteral("yuv420p"), partial});
    if (!made || !QFile::rename(partial, path))
        return {};
    return path;
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[qMin(values.size() - 1, qsizetype(fraction * (values.size() - 1) + 0.5))];
}

// Wall time of 20 ffmpegthumbnailer runs, one per tile position.
double thumbnailerMs(const QString &video, qint64 durationUs)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Tiles; ++i) {
        const double seconds = (i + 0.5) * double(durationUs) / Tiles / 1e6;
        const QString time = QStringLiteral("%1:%2:%3").arg(int(seconds) / 3600, 2, 10, QChar(u'0'))
                                 .arg(int(seconds) / 60 % 60, 2, 10, QChar(u'0')).arg(int(seconds) % 60, 2, 10, QChar(u'0'));
        if (!run(QStringLiteral("ffmpegthumbnailer"), {QStringLiteral("-i"), video, QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("t%1.png").arg(i)), QStringLiteral("-s"), QString::number(TileSize.width()),
                 QStringLiteral("-t"), time}))
            return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

// Opening the file and making every tile of the keyframe pass (and, if asked, the exact pass).
double filmstripMs(const QString &video, bool refine, int *tilesSeen)
{
    QElapsedTimer timer;
    timer.start();
    auto reader = FrameReader::open(video);
    if (!reader)
        return -1;
    FilmstripRequest request;
    request.tileCount = Tiles;
    request.tileSize = TileSize;
    request.refine = refine;
    *tilesSeen = 0;
    const Status status = generateFilmstrip(**reader, request, [&](const FilmstripTile &) { ++*tilesSeen; }, {});
    return status ? timer.nsecsElapsed() / 1e6 : -1;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0)) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("clipdesk.*.info=false"));
    av_log_set_level(AV_LOG_ERROR);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks filmstrip tiles and accurate seeking on 1080p H.264."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the test video."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption seeksOption(QStringLiteral("seeks"), QStringLiteral("Random accurate seeks to time."),
                                         QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption seekOnlyOption(QStringLiteral("seek-only"), QStringLiteral("Measure accurate seeking only."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Decoder threads (0: FrameReader's default)."),
                                           QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({secondsOption, seeksOption, seekOnlyOption, threadsOption});
    parser.process(app);

    const QString video = benchVideo(parser.value(secondsOption).toInt());
    if (video.isEmpty())
        return 1;
    auto probeReader = FrameReader::open(video);
    if (!probeReader) {
        QTextStream(stderr) << "bench: " << probeReader.error().message << '\n';
        return 1;
    }
    const qint64 durationUs = (*probeReader)->durationUs();
    probeReader->reset();

    out() << "1080p30 H.264 (B-frames, keyframe every 2 s), " << durationUs / 1'000'000 << " s; " << Tiles
          << " tiles of " << TileSize.width() << "x" << TileSize.height() << ".\n\n";
    out() << "| Metric | ClipDesk | Reference | Ratio (goal) |\n|---|---:|---:|---:|\n";

    if (!parser.isSet(seekOnlyOption)) {
        const double reference = thumbnailerMs(video, durationUs);
        KeyframeIndex::clearMemoryCache();
        int tiles = 0;
        const double cold = filmstripMs(video, false, &tiles); // includes the keyframe index scan
        const double warm = filmstripMs(video, false, &tiles);
        const double refined = filmstripMs(video, true, &tiles);
        const QString referenceText = reference > 0 ? ms(reference) + QStringLiteral(" (ffmpegthumbnailer x20)") : QStringLiteral("n/a");
        row(QStringLiteral("20 filmstrip tiles, keyframe pass, index cached"), ms(warm), referenceText,
            ratio(warm, reference) + QStringLiteral(" (<= 0.5x)"));
        row(QStringLiteral("20 filmstrip tiles, keyframe pass, index built"), ms(cold), referenceText, ratio(cold, reference));
        row(QStringLiteral("20 filmstrip tiles, both passes (exact refine)"), ms(refined), referenceText, ratio(refined, reference));
    }

    FrameReader::Options options;
    options.decoderThreads = parser.value(threadsOption).toInt();
    auto reader = FrameReader::open(video, options);
    if (!reader)
        return 1;
    QRandomGenerator random(20240601);
    QList<qint64> targets;
    const int seeks = parser.value(seeksOption).toInt();
    for (int i = 0; i < seeks; ++i)
        targets.append(random.bounded(durationUs));
    QList<double> latencies;
    for (const qint64 target : std::as_const(targets)) {
        QElapsedTimer timer;
        timer.start();
        const auto image = (*reader)->frameAt(target, FrameReader::Mode::Exact, QSize(1920, 1080));
        if (!image)
            return 1;
        latencies.append(timer.nsecsElapsed() / 1e6);
    }
    // Reference: the ffmpeg CLI's accurate seek (-ss before -i) to the same times, one frame out.
    QList<double> cli;
    for (qsizetype i = 0; i < qMin<qsizetype>(targets.size(), ReferenceSeeks); ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"),
                 QString::number(targets[i] / 1e6, 'f', 6), QStringLiteral("-i"), video, QStringLiteral("-frames:v"),
                 QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
                 QStringLiteral("bgra"), QStringLiteral("-y"), QStringLiteral("/dev/null")}))
            break;
        cli.append(timer.nsecsElapsed() / 1e6);
    }
    const double p50 = percentile(latencies, 0.5);
    const double p95 = percentile(latencies, 0.95);
    const double cliP50 = percentile(cli, 0.5);
    const double cliP95 = percentile(cli, 0.95);
    row(QStringLiteral("Accurate seek to a random time, 1080p frame, p50"), ms(p50),
        ms(cliP50) + QStringLiteral(" (ffmpeg -ss, process)"), ratio(p50, cliP50));
    row(QStringLiteral("Accurate seek to a random time, 1080p frame, p95"), ms(p95),
        ms(cliP95) + QStringLiteral(" (ffmpeg -ss, process)"), ratio(p95, cliP95) + QStringLiteral(" (goal p95 < 150 ms)"));
    QList<double> scrub;
    for (int i = 0; i < seeks; ++i) {
        const qint64 target = random.bounded(durationUs);
        QElapsedTimer timer;
        timer.start();
        if (!(*reader)->frameAt(target, FrameReader::Mode::Keyframe, QSize(640, 360)))
            return 1;
        scrub.append(timer.nsecsElapsed() / 1e6);
    }
    row(QStringLiteral("Keyframe-mode scrub, 640x360, p95"), ms(percentile(scrub, 0.95)), QStringLiteral("-"), QStringLiteral("-"));
    out() << "\nMachine load average while measuring: " << loadAverage() << " (2 cores; other work skews all numbers).\n";
    return 0;
}
