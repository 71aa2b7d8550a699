#include "media/trimmer.h"
#include "testmedia.h"
#include "writtenmedia.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

extern "C" {
#include <libavutil/log.h>
}

using namespace ClipDesk;
using namespace ClipDesk::Media;
using namespace ClipDesk::Testing;

namespace {

constexpr double FrameRate = 30.0;
constexpr qint64 FrameUs = 33'333;

// 160x120 at 30 fps, 6 s; frame N has the flat luma mod(N*7,220)+16 (see WrittenMedia).
const QString LumaSource = QStringLiteral("color=c=black:size=160x120:rate=30:duration=6,geq=lum='mod(N*7,220)+16':cb=128:cr=128");

QStringList h264WithBFrames()
{
    return {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
            QStringLiteral("-bf"), QStringLiteral("3"), QStringLiteral("-g"), QStringLiteral("30"), QStringLiteral("-keyint_min"),
            QStringLiteral("30"), QStringLiteral("-sc_threshold"), QStringLiteral("0"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
}

// B-frames, a keyframe every second, two audio tracks (English 440 Hz, French 880 Hz), a title.
QStringList twoTrackArguments(const QStringList &extra = {})
{
    QStringList arguments{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), LumaSource,
                          QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:duration=6"),
                          QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=880:duration=6"),
                          QStringLiteral("-map"), QStringLiteral("0:v"), QStringLiteral("-map"), QStringLiteral("1:a"),
                          QStringLiteral("-map"), QStringLiteral("2:a")};
    arguments << h264WithBFrames()
              << QStringList{QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-metadata"), QStringLiteral("title=ClipDesk trim test"),
                             QStringLiteral("-metadata:s:a:0"), QStringLiteral("language=eng"), QStringLiteral("-metadata:s:a:1"),
                             QStringLiteral("language=fra")}
              << extra;
    return arguments;
}

struct TestClip
{
    QString path;
    qint64 timelineOffsetUs = 0; // where the file's timeline starts
    int audioTracks = 0;
    bool variableFrameRate = false; // frames with N mod 10 in 3..5 are missing
    int rotation = 0;
};

bool frameExists(const TestClip &clip, int index)
{
    return !clip.variableFrameRate || index % 10 < 3 || index % 10 > 5;
}

TestClip clipNamed(const QString &name)
{
    if (name == u"bframes")
        return {TestMedia::generate(QStringLiteral("trim-bframes.mp4"), twoTrackArguments()), 0, 2, false, 0};
    if (name == u"offset") // video starts at 10 s, AAC priming edit lists put audio just before
        return {TestMedia::generate(QStringLiteral("trim-offset.mp4"), twoTrackArguments({QStringLiteral("-output_ts_offset"), QStringLiteral("10")})),
                10'000'000, 2, false, 0};
    if (name == u"rotated") {
        const QString plain = TestMedia::generate(QStringLiteral("trim-bframes.mp4"), twoTrackArguments());
        const QString rotated = TestMedia::directory() + QStringLiteral("/trim-rotated90.mp4");
        if (!QFileInfo::exists(rotated) && !WrittenMedia::writeRotatedCopy(plain, rotated, 90))
            return {};
        return {rotated, 0, 2, false, 90};
    }
    if (name == u"vfr") {
        const QStringList arguments{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                    LumaSource + QStringLiteral(",select='not(between(mod(n\\,10)\\,3\\,5))'"),
                                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:duration=6"),
                                    QStringLiteral("-vsync"), QStringLiteral("vfr")};
        return {TestMedia::generate(QStringLiteral("trim-vfr.mp4"), arguments + h264WithBFrames() + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac")}),
                0, 1, true, 0};
    }
    return {};
}

int frameIndexAt(const TestClip &clip, qint64 us)
{
    return int(std::lround(double(us - clip.timelineOffsetUs) * FrameRate / 1e6));
}

double streamDuration(const QJsonObject &stream)
{
    return stream.value(QStringLiteral("duration")).toString().toDouble();
}

} // namespace

class TrimmerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planSnapsLosslessStartToKeyframe();
    void rejectsEmptyRange();
    void losslessStartsOnAnnouncedKeyframe_data();
    void losslessStartsOnAnnouncedKeyframe();
    void accurateKeepsExactFrames_data();
    void accurateKeepsExactFrames();
    void cancelLeavesNoOutput_data();
    void cancelLeavesNoOutput();

private:
    void addClipRows();
    void checkCommonOutput(const TestClip &clip, const QString &output, const TrimPlan &plan);

    QTemporaryDir m_output{QDir::tempPath() + QStringLiteral("/tst_trimmer-XXXXXX")};
};

void TrimmerTest::initTestCase()
{
    av_log_set_level(AV_LOG_ERROR); // libx264 and the muxer report every run at info level
    QVERIFY(m_output.isValid());
    m_output.setAutoRemove(!qEnvironmentVariableIsSet("CLIPDESK_KEEP_TEST_OUTPUT"));
}

void TrimmerTest::addClipRows()
{
    QTest::addColumn<QString>("clipName");
    for (const char *name : {"bframes", "rotated", "vfr", "offset"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TrimmerTest::planSnapsLosslessStartToKeyframe()
{
    const TestClip clip = clipNamed(QStringLiteral("bframes"));
    QVERIFY(!clip.path.isEmpty());
    const Result<TrimPlan> plan = planTrim({clip.path, {}, 1'500'000, 3'500'000, TrimMode::Lossless, {}});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->actualStartUs, 1'000'000); // keyframes every 30 frames
    QVERIFY(plan->startSnappedToKeyframe);
    QVERIFY(plan->actualEndUs >= 3'500'000 - 1);
    QVERIFY(plan->actualEndUs <= 3'500'000 + 4 * FrameUs);

    const Result<TrimPlan> onKeyframe = planTrim({clip.path, {}, 2'000'000, 3'000'000, TrimMode::Lossless, {}});
    QVERIFY(onKeyframe);
    QCOMPARE(onKeyframe->actualStartUs, 2'000'000);
    QCOMPARE(onKeyframe->actualEndUs, 3'000'000); // ends right before the keyframe at 3 s
    QVERIFY(!onKeyframe->startSnappedToKeyframe);

    const Result<TrimPlan> accurate = planTrim({clip.path, {}, 1'500'000, 3'500'000, TrimMode::Accurate, {}});
    QVERIFY(accurate);
    QCOMPARE(accurate->actualStartUs, 1'500'000);
    QCOMPARE(accurate->actualEndUs, 3'500'000);
    QVERIFY(!accurate->startSnappedToKeyframe);
}

void TrimmerTest::rejectsEmptyRange()
{
    const TestClip clip = clipNamed(QStringLiteral("bframes"));
    const QString output = m_output.filePath(QStringLiteral("never.mp4"));
    const Result<TrimResult> reversed = trim({clip.path, output, 3'000'000, 2'000'000, TrimMode::Lossless, {}}, {});
    QVERIFY(!reversed);
    QCOMPARE(reversed.error().code, QStringLiteral("invalid_argument"));
    const Result<TrimResult> missing = trim({m_output.filePath(QStringLiteral("missing.mp4")), output, 0, 1'000'000, TrimMode::Accurate, {}}, {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("media_open_failed"));
    QVERIFY(!QFileInfo::exists(output));
}

void TrimmerTest::checkCommonOutput(const TestClip &clip, const QString &output, const TrimPlan &plan)
{
    const QJsonObject probed = WrittenMedia::probe(output);
    const QList<QJsonObject> videos = WrittenMedia::streamsOfType(probed, QStringLiteral("video"));
    const QList<QJsonObject> audios = WrittenMedia::streamsOfType(probed, QStringLiteral("audio"));
    QCOMPARE(videos.size(), 1);
    QCOMPARE(audios.size(), clip.audioTracks); // every audio track is kept
    const double planned = double(plan.durationUs()) / 1e6;
    QVERIFY2(std::abs(streamDuration(videos.first()) - planned) < 0.002,
             qPrintable(QStringLiteral("video %1 s, planned %2 s").arg(streamDuration(videos.first())).arg(planned)));
    for (const QJsonObject &audio : audios) {
        const double difference = std::abs(streamDuration(audio) - streamDuration(videos.first()));
        QVERIFY2(difference <= 1.0 / FrameRate, qPrintable(QStringLiteral("audio and video differ by %1 s").arg(difference)));
        QVERIFY(std::abs(audio.value(QStringLiteral("start_time")).toString().toDouble()) < 0.001);
    }
    QVERIFY(std::abs(videos.first().value(QStringLiteral("start_time")).toString().toDouble()) < 0.001);
    QString problem;
    QVERIFY2(WrittenMedia::decodeTimestampsIncrease(output, &problem), qPrintable(problem));
    const QStringList boxes = WrittenMedia::topLevelBoxes(output);
    QVERIFY2(boxes.indexOf(QStringLiteral("moov")) >= 0 && boxes.indexOf(QStringLiteral("moov")) < boxes.indexOf(QStringLiteral("mdat")),
             qPrintable(boxes.join(u' '))); // faststart
    QCOMPARE(WrittenMedia::displayRotation(output), clip.rotation);
    if (clip.audioTracks == 2) {
        QCOMPARE(probed.value(QStringLiteral("format")).toObject().value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("ClipDesk trim test"));
        QCOMPARE(audios[0].value(QStringLiteral("tags")).toObject().value(QStringLiteral("language")).toString(), QStringLiteral("eng"));
        QCOMPARE(audios[1].value(QStringLiteral("tags")).toObject().value(QStringLiteral("language")).toString(), QStringLiteral("fra"));
    }
    QVERIFY(WrittenMedia::partialFiles(m_output.path()).isEmpty());
}

void TrimmerTest::losslessStartsOnAnnouncedKeyframe_data()
{
    addClipRows();
}

void TrimmerTest::losslessStartsOnAnnouncedKeyframe()
{
    QFETCH(QString, clipName);
    const TestClip clip = clipNamed(clipName);
    QVERIFY(!clip.path.isEmpty());
    const TrimRequest request{clip.path, m_output.filePath(clipName + QStringLiteral("-lossless.mp4")),
                              clip.timelineOffsetUs + 1'600'000, clip.timelineOffsetUs + 4'200'000, TrimMode::Lossless, {}};
    const Result<TrimPlan> plan = planTrim(request);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    qint64 keyframeUs = 0;
    const QList<qint64> keyframes = WrittenMedia::keyframeTimesUs(clip.path);
    for (const qint64 keyframe : keyframes) {
        if (keyframe <= request.startUs)
            keyframeUs = keyframe;
    }
    QVERIFY(keyframeUs > clip.timelineOffsetUs);
    QVERIFY(std::abs(plan->actualStartUs - keyframeUs) <= 1);

    double lastProgress = 0;
    const Result<TrimResult> result = trim(request, {[&](double fraction) { lastProgress = fraction; }, {}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->plan.actualStartUs, plan->actualStartUs);
    QCOMPARE(result->plan.actualEndUs, plan->actualEndUs);
    QCOMPARE(lastProgress, 1.0);
    QCOMPARE(result->outputSizeBytes, QFileInfo(request.outputPath).size());

    const QList<double> lumas = WrittenMedia::frameLumas(request.outputPath);
    QVERIFY(!lumas.isEmpty());
    const int firstFrame = frameIndexAt(clip, plan->actualStartUs);
    QVERIFY2(std::abs(lumas.first() - WrittenMedia::lumaOfFrame(firstFrame)) < 3,
             qPrintable(QStringLiteral("first frame luma %1, keyframe %2 has %3").arg(lumas.first()).arg(firstFrame).arg(WrittenMedia::lumaOfFrame(firstFrame))));
    int expectedFrames = 0;
    for (int i = firstFrame; i < frameIndexAt(clip, plan->actualEndUs); ++i)
        expectedFrames += frameExists(clip, i) ? 1 : 0;
    QCOMPARE(lumas.size(), expectedFrames);
    checkCommonOutput(clip, request.outputPath, *plan);
}

void TrimmerTest::accurateKeepsExactFrames_data()
{
    addClipRows();
}

void TrimmerTest::accurateKeepsExactFrames()
{
    QFETCH(QString, clipName);
    const TestClip clip = clipNamed(clipName);
    QVERIFY(!clip.path.isEmpty());
    // From frame 14 (a missing frame in the VFR clip: frame 12 is on screen then) to frame 47.
    const qint64 startUs = clip.timelineOffsetUs + 14 * 1'000'000 / 30 + 1;
    const qint64 endUs = clip.timelineOffsetUs + 47 * 1'000'000 / 30 + 1;
    const TrimRequest request{clip.path, m_output.filePath(clipName + QStringLiteral("-accurate.mp4")), startUs, endUs, TrimMode::Accurate, {}};
    const Result<TrimResult> result = trim(request, {});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const int expectedFirst = clip.variableFrameRate ? 12 : 14;
    QCOMPARE(frameIndexAt(clip, result->plan.actualStartUs), expectedFirst);
    QCOMPARE(frameIndexAt(clip, result->plan.actualEndUs), 47);
    QVERIFY(!result->plan.startSnappedToKeyframe);

    const QList<double> lumas = WrittenMedia::frameLumas(request.outputPath);
    QVERIFY(!lumas.isEmpty());
    QVERIFY2(std::abs(lumas.first() - WrittenMedia::lumaOfFrame(expectedFirst)) < 3,
             qPrintable(QStringLiteral("first frame luma %1, expected %2").arg(lumas.first()).arg(WrittenMedia::lumaOfFrame(expectedFirst))));
    QVERIFY2(std::abs(lumas.last() - WrittenMedia::lumaOfFrame(46)) < 3,
             qPrintable(QStringLiteral("last frame luma %1, expected %2").arg(lumas.last()).arg(WrittenMedia::lumaOfFrame(46))));
    int expectedFrames = 0;
    for (int i = expectedFirst; i < 47; ++i)
        expectedFrames += frameExists(clip, i) ? 1 : 0;
    QCOMPARE(lumas.size(), expectedFrames);
    for (int i = 0, frame = expectedFirst; i < lumas.size(); ++i, ++frame) {
        while (!frameExists(clip, frame))
            ++frame;
        QVERIFY2(std::abs(lumas[i] - WrittenMedia::lumaOfFrame(frame)) < 3, qPrintable(QStringLiteral("output frame %1").arg(i)));
    }
    checkCommonOutput(clip, request.outputPath, result->plan);
}

void TrimmerTest::cancelLeavesNoOutput_data()
{
    QTest::addColumn<TrimMode>("mode");
    QTest::newRow("lossless") << TrimMode::Lossless;
    QTest::newRow("accurate") << TrimMode::Accurate;
}

void TrimmerTest::cancelLeavesNoOutput()
{
    QFETCH(TrimMode, mode);
    const TestClip clip = clipNamed(QStringLiteral("bframes"));
    QTemporaryDir directory;
    const QString output = directory.filePath(QStringLiteral("cancelled.mp4"));
    bool cancel = false;
    const JobControl control{[&](double) { cancel = true; }, [&] { return cancel; }};
    const Result<TrimResult> result = trim({clip.path, output, 500'000, 5'500'000, mode, {}}, control);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("cancelled"));
    QVERIFY(!QFileInfo::exists(output));
    QVERIFY(QDir(directory.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TrimmerTest)
#include "tst_trimmer.moc"
