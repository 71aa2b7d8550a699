#include "media/loudnessnormalizer.h"
#include "testmedia.h"
#include "writtenmedia.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/log.h>
}

using namespace ClipDesk;
using namespace ClipDesk::Media;
using namespace ClipDesk::Testing;

namespace {

// 4 s of small video with one or two sine tracks at the given volumes.
QString clipWithAudio(const QString &name, const QStringList &volumes)
{
    QStringList arguments{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                          QStringLiteral("testsrc2=size=160x120:rate=30:duration=4")};
    for (const QString &volume : volumes)
        arguments << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                  << QStringLiteral("sine=frequency=997:duration=4:sample_rate=48000,volume=%1").arg(volume);
    arguments << QStringLiteral("-map") << QStringLiteral("0:v");
    for (int i = 0; i < volumes.size(); ++i)
        arguments << QStringLiteral("-map") << QStringLiteral("%1:a").arg(i + 1);
    arguments << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset") << QStringLiteral("ultrafast")
              << QStringLiteral("-c:a") << QStringLiteral("aac") << QStringLiteral("-b:a") << QStringLiteral("192k");
    return TestMedia::generate(name, arguments);
}

} // namespace

class LoudnessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        av_log_set_level(AV_LOG_ERROR);
        QVERIFY(m_output.isValid());
    }

    void measuresLikeFfmpeg()
    {
        const QString clip = clipWithAudio(QStringLiteral("loudness-quiet.mp4"), {QStringLiteral("0.4")});
        QVERIFY(!clip.isEmpty());
        const Result<LoudnessMeasurement> measured = measureLoudness(clip);
        QVERIFY2(measured, qPrintable(measured ? QString() : measured.error().message));
        const WrittenMedia::CliLoudness reference = WrittenMedia::cliLoudness(clip);
        QVERIFY(reference.integratedLufs < -20.0);
        QVERIFY2(std::abs(measured->integratedLufs - reference.integratedLufs) < 0.3,
                 qPrintable(QStringLiteral("ours %1 LUFS, ffmpeg %2 LUFS").arg(measured->integratedLufs).arg(reference.integratedLufs)));
        QVERIFY2(std::abs(measured->truePeakDbtp - reference.truePeakDbtp) < 0.3,
                 qPrintable(QStringLiteral("ours %1 dBTP, ffmpeg %2 dBTP").arg(measured->truePeakDbtp).arg(reference.truePeakDbtp)));
    }

    void normalizesToTarget_data()
    {
        QTest::addColumn<QStringList>("volumes");
        QTest::newRow("quiet") << QStringList{QStringLiteral("0.4")};
        QTest::newRow("loud") << QStringList{QStringLiteral("7.9")};
        QTest::newRow("two-tracks") << QStringList{QStringLiteral("0.4"), QStringLiteral("7.9")};
    }

    void normalizesToTarget()
    {
        QFETCH(QStringList, volumes);
        const QString clip = clipWithAudio(QStringLiteral("loudness-%1.mp4").arg(volumes.join(u'-')), volumes);
        QVERIFY(!clip.isEmpty());
        LoudnessNormalizeRequest request;
        request.inputPath = clip;
        request.outputPath = m_output.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".mp4"));
        double progress = 0;
        const Result<QList<LoudnessMeasurement>> before = normalizeLoudness(request, {[&](double f) { progress = f; }, {}});
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
        QCOMPARE(before->size(), volumes.size());
        QCOMPARE(progress, 1.0);
        const Result<QList<LoudnessMeasurement>> after = measureAllTracks(request.outputPath);
        QVERIFY(after);
        QCOMPARE(after->size(), volumes.size());
        for (qsizetype i = 0; i < after->size(); ++i) {
            const LoudnessMeasurement &track = after->at(i);
            QVERIFY2(std::abs(track.integratedLufs + 14.0) <= 1.0,
                     qPrintable(QStringLiteral("track %1: %2 LUFS (was %3)").arg(i).arg(track.integratedLufs).arg(before->at(i).integratedLufs)));
            QVERIFY2(track.truePeakDbtp <= -1.0, qPrintable(QStringLiteral("track %1: true peak %2 dBTP").arg(i).arg(track.truePeakDbtp)));
            if (i == 0) { // and the ffmpeg CLI agrees
                const WrittenMedia::CliLoudness reference = WrittenMedia::cliLoudness(request.outputPath);
                QVERIFY2(std::abs(reference.integratedLufs + 14.0) <= 1.0 && reference.truePeakDbtp <= -1.0,
                         qPrintable(QStringLiteral("ffmpeg: %1 LUFS, %2 dBTP").arg(reference.integratedLufs).arg(reference.truePeakDbtp)));
            }
        }
        const QList<QJsonObject> videos = WrittenMedia::streamsOfType(WrittenMedia::probe(request.outputPath), QStringLiteral("video"));
        QCOMPARE(videos.size(), 1); // the video is copied along
    }

    void fileWithoutAudioIsAnError()
    {
        const QString silentVideo = TestMedia::generate(QStringLiteral("loudness-noaudio.mp4"),
                                                        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                         QStringLiteral("testsrc2=size=160x120:rate=30:duration=1"), QStringLiteral("-c:v"),
                                                         QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast")});
        const Result<LoudnessMeasurement> measured = measureLoudness(silentVideo);
        QVERIFY(!measured);
        QCOMPARE(measured.error().code, QStringLiteral("media_no_audio"));
    }

    void cancelLeavesNoOutput()
    {
        QTemporaryDir directory;
        LoudnessNormalizeRequest request;
        request.inputPath = clipWithAudio(QStringLiteral("loudness-quiet.mp4"), {QStringLiteral("0.4")});
        request.outputPath = directory.filePath(QStringLiteral("cancelled.mp4"));
        bool cancel = false;
        // Cancel during the second pass.
        const auto result = normalizeLoudness(request, {[&](double f) { cancel = f > 0.5; }, [&] { return cancel; }});
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("cancelled"));
        QVERIFY(QDir(directory.path()).entryList(QDir::Files).isEmpty());
    }

private:
    QTemporaryDir m_output;
};

QTEST_GUILESS_MAIN(LoudnessTest)
#include "tst_loudness.moc"
