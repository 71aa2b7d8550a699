#include "writtenmedia.h"

#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace ClipDesk::Testing::WrittenMedia {

QList<double> frameLumas(const QString &path, int maxFrames)
{
    const QList<QJsonObject> videos = streamsOfType(probe(path), QStringLiteral("video"));
    if (videos.isEmpty())
        return {};
    const qsizetype frameBytes = qsizetype(videos.first().value(QStringLiteral("width")).toInt())
                                 * videos.first().value(QStringLiteral("height")).toInt();
    QStringList arguments{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path, QStringLiteral("-map"),
                          QStringLiteral("0:v:0"), QStringLiteral("-vsync"), QStringLiteral("passthrough")};
    if (maxFrames > 0)
        arguments << QStringLiteral("-frames:v") << QString::number(maxFrames);
    arguments << QStringLiteral("-f") << QStringLiteral("rawvideo") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-");
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), arguments);
    if (!ffmpeg.waitForFinished(120'000) || ffmpeg.exitCode() != 0 || frameBytes <= 0)
        return {};
    // yuv420p keeps the stored luma values (gray would stretch them to full range).
    const QByteArray pixels = ffmpeg.readAllStandardOutput();
    QList<double> lumas;
    for (qsizetype offset = 0; offset + frameBytes <= pixels.size(); offset += frameBytes * 3 / 2) {
        qint64 sum = 0;
        for (qsizetype i = 0; i < frameBytes; ++i)
            sum += quint8(pixels[offset + i]);
        lumas.append(double(sum) / double(frameBytes));
    }
    return lumas;
}

double lumaOfFrame(int index)
{
    return double((index * 7) % 220 + 16);
}

int frameWithLuma(double luma, int frameCount)
{
    int best = -1;
    double bestDistance = 1e9;
    for (int i = 0; i < frameCount; ++i) {
        const double distance = std::abs(lumaOfFrame(i) - luma);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QList<qint64> keyframeTimesUs(const QString &path)
{
    const QByteArray csv = TestMedia::ffprobe(path, {QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                                     QStringLiteral("packet=pts_time,flags"), QStringLiteral("-of"), QStringLiteral("csv=p=0")});
    QList<qint64> times;
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() >= 2 && fields[1].startsWith('K'))
            times.append(std::llround(fields[0].toDouble() * 1e6));
    }
    std::sort(times.begin(), times.end());
    return times;
}

QJsonObject probe(const QString &path)
{
    const QByteArray json = TestMedia::ffprobe(path, {QStringLiteral("-of"), QStringLiteral("json"), QStringLiteral("-show_streams"),
                                                      QStringLiteral("-show_format")});
    return QJsonDocument::fromJson(json).object();
}

QList<QJsonObject> streamsOfType(const QJsonObject &probed, const QString &codecType)
{
    QList<QJsonObject> result;
    const QJsonArray streams = probed.value(QStringLiteral("streams")).toArray();
    for (const QJsonValue &stream : streams) {
        if (stream.toObject().value(QStringLiteral("codec_type")).toString() == codecType)
            result.append(stream.toObject());
    }
    return result;
}

int displayRotation(const QString &path)
{
    const QList<QJsonObject> videos = streamsOfType(probe(path), QStringLiteral("video"));
    if (videos.isEmpty())
        return 0;
    const QJsonArray sideData = videos.first().value(QStringLiteral("side_data_list")).toArray();
    for (const QJsonValue &entry : sideData) {
        const QJsonValue rotation = entry.toObject().value(QStringLiteral("rotation"));
        if (!rotation.isUndefined()) // ffprobe prints it counter-clockwise
            return ((-rotation.toInt()) % 360 + 360) % 360;
    }
    return 0;
}

CliLoudness cliLoudness(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-hide_banner"), QStringLiteral("-nostats"), QStringLiteral("-i"), path,
                                            QStringLiteral("-map"), QStringLiteral("0:a:0"), QStringLiteral("-af"),
                                            QStringLiteral("ebur128=peak=true"), QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(120'000))
        return {};
    // The summary at the end: "Integrated loudness:\n    I:  -23.0 LUFS ... True peak:\n    Peak:  -1.0 dBFS"
    const QByteArray log = ffmpeg.readAllStandardError();
    const auto valueAfter = [&](const char *section, const char *label, const char *unit) {
        const qsizetype at = log.indexOf(label, log.lastIndexOf(section));
        if (at < 0)
            return 0.0;
        const qsizetype start = at + qsizetype(qstrlen(label));
        return log.mid(start, log.indexOf(unit, start) - start).trimmed().toDouble();
    };
    return {valueAfter("Integrated loudness:", "I:", "LUFS"), valueAfter("True peak:", "Peak:", "dBFS")};
}

bool decodeTimestampsIncrease(const QString &path, QString *problem)
{
    const QByteArray csv = TestMedia::ffprobe(path, {QStringLiteral("-show_entries"), QStringLiteral("packet=stream_index,dts"),
                                                     QStringLiteral("-of"), QStringLiteral("csv=p=0")});
    QHash<int, qint64> last;
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() < 2 || fields[1] == "N/A")
            continue;
        const int stream = fields[0].toInt();
        const qint64 dts = fields[1].toLongLong();
        if (last.contains(stream) && dts <= last.value(stream)) {
            *problem = QStringLiteral("stream %1: dts %2 after %3").arg(stream).arg(dts).arg(last.value(stream));
            return false;
        }
        last.insert(stream, dts);
    }
    return !last.isEmpty();
}

QStringList topLevelBoxes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList boxes;
    qint64 offset = 0;
    while (offset + 8 <= file.size()) {
        file.seek(offset);
        const QByteArray header = file.read(16);
        quint64 size = qFromBigEndian<quint32>(header.constData());
        if (size == 1 && header.size() >= 16)
            size = qFromBigEndian<quint64>(header.constData() + 8);
        else if (size == 0)
            size = quint64(file.size() - offset);
        boxes.append(QString::fromLatin1(header.mid(4, 4)));
        if (size < 8)
            break;
        offset += qint64(size);
    }
    return boxes;
}

bool writeRotatedCopy(const QString &source, const QString &target, int degrees)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    bool patched = false;
    for (qsizetype at = bytes.indexOf("tkhd"); at >= 0; at = bytes.indexOf("tkhd", at + 4)) {
        const bool version1 = bytes[at + 4] == 1;
        const qsizetype matrix = at + (version1 ? 56 : 44);
        const quint32 width = qFromBigEndian<quint32>(bytes.constData() + matrix + 36) >> 16;
        const quint32 height = qFromBigEndian<quint32>(bytes.constData() + matrix + 40) >> 16;
        if (width == 0 || height == 0)
            continue; // an audio track
        const qint32 one = 1 << 16;
        const qint32 entries[9] = {0, degrees == 90 ? one : -one, 0, degrees == 90 ? -one : one, 0, 0,
                             degrees == 90 ? qint32(height) << 16 : 0, degrees == 90 ? 0 : qint32(width) << 16, 1 << 30};
        for (int i = 0; i < 9; ++i)
            qToBigEndian<qint32>(entries[i], bytes.data() + matrix + 4 * i);
        patched = true;
    }
    QFile out(target);
    return patched && out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
}

QStringList partialFiles(const QString &directory)
{
    QStringList found;
    const QStringList names = QDir(directory).entryList(QDir::Files);
    for (const QString &name : names) {
        if (name.contains(QStringLiteral(".partial-")))
            found.append(name);
    }
    return found;
}

} // namespace ClipDesk::Testing::WrittenMedia
