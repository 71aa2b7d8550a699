#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Looks at media files the writing side of core/media produced, with the ffmpeg/ffprobe CLIs
// (independent of the code under test).
namespace ClipDesk::Testing::WrittenMedia {

// The mean luma of every decoded frame, in presentation order, as stored (no frame rate
// conversion). The generated test videos paint frame N with luma mod(N*7,220)+16.
QList<double> frameLumas(const QString &path, int maxFrames = -1);
// The luma the generated test videos paint frame `index` with.
double lumaOfFrame(int index);
// The generated frame index whose luma is closest to `luma`, searched in [0, frameCount).
int frameWithLuma(double luma, int frameCount);

// Presentation times (us) of the first video stream's keyframe packets, sorted.
QList<qint64> keyframeTimesUs(const QString &path);
// ffprobe -show_streams / -show_format as JSON.
QJsonObject probe(const QString &path);
// The "streams" array entries of type `codecType` ("video"/"audio").
QList<QJsonObject> streamsOfType(const QJsonObject &probed, const QString &codecType);
// ffprobe's clockwise display rotation of the first video stream (0 when none).
int displayRotation(const QString &path);
// ebur128's integrated loudness (LUFS) and true peak (dBTP) of the first audio track, as the
// ffmpeg CLI measures them.
struct CliLoudness
{
    double integratedLufs = 0.0;
    double truePeakDbtp = 0.0;
};
CliLoudness cliLoudness(const QString &path);
// True when every stream's packet dts (in file order) strictly increase.
bool decodeTimestampsIncrease(const QString &path, QString *problem);
// Top-level MP4 box types in file order ("ftyp", "moov", "mdat", ...).
QStringList topLevelBoxes(const QString &path);
// Copies `source` to `target` with the video track's display matrix set to a clockwise
// rotation of `degrees` (90 or 270), as phones record portrait video.
bool writeRotatedCopy(const QString &source, const QString &target, int degrees);
// Files in `directory` whose name contains ".partial-" (left-over temporary output).
QStringList partialFiles(const QString &directory);

} // namespace ClipDesk::Testing::WrittenMedia
