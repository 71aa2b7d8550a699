// clipdesk-bench-media-write: a lossless trim of 60 s from a 10-minute 1080p H.264+AAC file
// with core/media's Trimmer, next to `ffmpeg -ss … -to … -c copy` on the same file in the same
// run (with and without +faststart, which our MP4s always have). Prints a Markdown table.
#include "media/trimmer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

extern "C" {
#include <libavutil/log.h>
}

#include <algorithm>

using namespace ClipDesk;
using namespace ClipDesk::Media;

namespace {

constexpr int Runs = 5;
constexpr qint64 StartUs = 240'000'000;
constexpr qint64 EndUs = 300'000'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void warn(const QString &text)
{
    QTextStream(stderr) << "bench: " << text << '\n';
}

// The 10-minute 1080p30 source, generated once (ultrafast, keyframe every 2 s) and cached.
QString sourceFile()
{
    const QString directory = qEnvironmentVariableIsSet("CLIPDESK_BENCH_CACHE") ? qEnvironmentVariable("CLIPDESK_BENCH_CACHE")
                                                                                : QStringLiteral(CLIPDESK_BENCH_CACHE_DIR);
    QDir().mkpath(directory);
    const QString path = directory + QStringLiteral("/trim-source-1080p-600s.mp4");
    if (QFileInfo::exists(path))
        return path;
    warn(QStringLiteral("generating %1 (once; a few minutes)").arg(path));
    const QString partial = path + QStringLiteral(".part.mp4");
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-y"), QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=1920x1080:rate=30:duration=600"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:duration=600"),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                  QStringLiteral("-g"), QStringLiteral("60"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                  QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("128k"), partial});
    if (!ffmpeg.waitForFinished(-1) || ffmpeg.exitCode() != 0 || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return {};
    }
    return path;
}

double seconds(qint64 us)
{
    return double(us) / 1e6;
}

// `ffmpeg -ss A -to B -i source -map 0:v -map 0:a -c copy [-movflags +faststart] output`, in ms.
double ffmpegCopyMs(const QString &source, const QString &output, bool faststart)
{
    QStringList arguments{QStringLiteral("-y"), QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                          QStringLiteral("-ss"), QString::number(seconds(StartUs)), QStringLiteral("-to"), QString::number(seconds(EndUs)),
                          QStringLiteral("-i"), source, QStringLiteral("-map"), QStringLiteral("0:v"), QStringLiteral("-map"),
                          QStringLiteral("0:a"), QStringLiteral("-c"), QStringLiteral("copy")};
    if (faststart)
        arguments << QStringLiteral("-movflags") << QStringLiteral("+faststart");
    arguments << output;
    QElapsedTimer timer;
    timer.start();
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), arguments);
    if (!ffmpeg.waitForFinished(120'000) || ffmpeg.exitCode() != 0) {
        warn(QStringLiteral("ffmpeg failed: %1").arg(QString::fromLocal8Bit(ffmpeg.readAllStandardError())));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double trimmerMs(const QString &source, const QString &output, TrimPlan *plan)
{
    QElapsedTimer timer;
    timer.start();
    const Result<TrimResult> result = trim({source, output, StartUs, EndUs, TrimMode::Lossless, {}}, {});
    if (!result) {
        warn(QStringLiteral("trim failed: %1").arg(result.error().message));
        return -1;
    }
    *plan = result->plan;
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    av_log_set_level(AV_LOG_ERROR);
    const QString source = sourceFile();
    if (source.isEmpty()) {
        warn(QStringLiteral("cannot generate the source file"));
        return 1;
    }
    QTemporaryDir scratch;
    QList<double> ours;
    QList<double> plain;
    QList<double> faststart;
    TrimPlan plan;
    // Warm the page cache once, then alternate so both sides see the same conditions.
    ffmpegCopyMs(source, scratch.filePath(QStringLiteral("warm.mp4")), false);
    for (int run = 0; run < Runs; ++run) {
        ours.append(trimmerMs(source, scratch.filePath(QStringLiteral("ours.mp4")), &plan));
        plain.append(ffmpegCopyMs(source, scratch.filePath(QStringLiteral("ffmpeg.mp4")), false));
        faststart.append(ffmpegCopyMs(source, scratch.filePath(QStringLiteral("ffmpeg-faststart.mp4")), true));
    }
    if (ours.contains(-1) || plain.contains(-1) || faststart.contains(-1))
        return 1;
    const double oursMs = median(ours);
    const double plainMs = median(plain);
    const double faststartMs = median(faststart);
    out() << "Lossless trim of " << seconds(EndUs - StartUs) << " s (from " << seconds(StartUs) << " s) out of a 600 s 1080p30 H.264+AAC file ("
          << QFileInfo(source).size() / 1'000'000 << " MB); median of " << Runs << " runs.\n\n";
    out() << "| Measure | ClipDesk Trimmer | ffmpeg -c copy | Ratio (goal ≤ 1.0×) | ffmpeg -c copy +faststart | Ratio |\n";
    out() << "|---|---|---|---|---|---|\n";
    out() << "| Wall time (ms) | " << QString::number(oursMs, 'f', 1) << " | " << QString::number(plainMs, 'f', 1) << " | "
          << QString::number(oursMs / plainMs, 'f', 2) << "× | " << QString::number(faststartMs, 'f', 1) << " | "
          << QString::number(oursMs / faststartMs, 'f', 2) << "× |\n";
    out() << "\nOur output starts at the keyframe at " << seconds(plan.actualStartUs) << " s and ends at " << seconds(plan.actualEndUs)
          << " s (always written with faststart); output sizes: ours " << QFileInfo(scratch.filePath(QStringLiteral("ours.mp4"))).size() / 1000
          << " kB, ffmpeg " << QFileInfo(scratch.filePath(QStringLiteral("ffmpeg.mp4"))).size() / 1000 << " kB.\n";
    out().flush();
    return 0;
}
