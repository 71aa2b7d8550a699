#include "media/platformspec.h"
#include "media/probe.h"
#include "media/specfixer.h"
#include "testmedia.h"

#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/log.h>
}

using namespace ClipDesk;
using namespace ClipDesk::Media;
using namespace ClipDesk::Testing;

Q_DECLARE_METATYPE(ClipDesk::Media::SpecRule)

namespace {

constexpr qint64 Second = 1'000'000;

// What a compliant 1080x1920 H.264/AAC clip looks like to probeMedia().
MediaInfo compliantInfo()
{
    MediaInfo info;
    info.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
    info.sizeBytes = 20'000'000;
    info.durationUs = 30 * Second;
    info.bitRate = 5'000'000;
    info.video.streamIndex = 0;
    info.video.codec = QStringLiteral("h264");
    info.video.codedWidth = info.video.displayWidth = 1080;
    info.video.codedHeight = info.video.displayHeight = 1920;
    info.video.frameRate = 30.0;
    AudioTrackInfo audio;
    audio.streamIndex = 1;
    audio.codec = QStringLiteral("aac");
    audio.sampleRate = 48000;
    audio.channels = 2;
    info.audioTracks.append(audio);
    return info;
}

LoudnessMeasurement loudnessOf(double lufs, double peak)
{
    LoudnessMeasurement measurement;
    measurement.integratedLufs = lufs;
    measurement.truePeakDbtp = peak;
    return measurement;
}

QList<SpecRule> rulesOf(const QList<SpecFailure> &failures)
{
    QList<SpecRule> rules;
    for (const SpecFailure &failure : failures)
        rules.append(failure.rule);
    return rules;
}

const SpecFailure *failureFor(const QList<SpecFailure> &failures, SpecRule rule)
{
    for (const SpecFailure &failure : failures) {
        if (failure.rule == rule)
            return &failure;
    }
    return nullptr;
}

// Landscape, variable frame rate, MPEG-4 Part 2 video at 2 Mbit/s, quiet MP3 audio, 2.5 s.
QString nonCompliantClip()
{
    return TestMedia::generate(
        QStringLiteral("spec-bad.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=320x240:rate=30:duration=2.5,select='not(between(mod(n\\,10)\\,3\\,5))'"),
         QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=997:duration=2.5,volume=0.2"),
         QStringLiteral("-vsync"), QStringLiteral("vfr"), QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-b:v"),
         QStringLiteral("2M"), QStringLiteral("-c:a"), QStringLiteral("libmp3lame")});
}

} // namespace

class PlatformSpecTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        av_log_set_level(AV_LOG_ERROR);
        QVERIFY(m_output.isValid());
    }

    void compliantClipPassesEveryPlatform()
    {
        for (const Platform platform : {Platform::YouTubeShorts, Platform::TikTok, Platform::InstagramReels}) {
            const QList<SpecFailure> failures = checkSpec(compliantInfo(), loudnessOf(-14.2, -1.5), platform);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.isEmpty() ? QString() : failures.first().message));
        }
    }

    void flagsEachRule_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<SpecRule>("rule");
        QTest::addColumn<bool>("hasFix");
        QTest::addColumn<int>("fixKind");
        QTest::newRow("landscape") << 0 << SpecRule::AspectRatio << true << int(SpecFix::Kind::Reframe);
        QTest::newRow("rotated-phone-is-fine") << 1 << SpecRule::NoVideo << false << 0;
        QTest::newRow("too-short") << 2 << SpecRule::DurationTooShort << false << 0;
        QTest::newRow("too-long") << 3 << SpecRule::DurationTooLong << true << int(SpecFix::Kind::Trim);
        QTest::newRow("vfr") << 4 << SpecRule::VariableFrameRate << true << int(SpecFix::Kind::Transcode);
        QTest::newRow("120fps") << 5 << SpecRule::FrameRate << true << int(SpecFix::Kind::Transcode);
        QTest::newRow("hevc") << 6 << SpecRule::VideoCodec << true << int(SpecFix::Kind::Transcode);
        QTest::newRow("opus") << 7 << SpecRule::AudioCodec << true << int(SpecFix::Kind::Transcode);
        QTest::newRow("too-big") << 8 << SpecRule::FileSize << true << int(SpecFix::Kind::Transcode);
        QTest::newRow("bitrate") << 9 << SpecRule::BitRate << true << int(SpecFix::Kind::Transcode);
        QTest::newRow("quiet") << 10 << SpecRule::Loudness << true << int(SpecFix::Kind::NormalizeLoudness);
        QTest::newRow("peaks") << 11 << SpecRule::TruePeak << true << int(SpecFix::Kind::NormalizeLoudness);
    }

    void flagsEachRule()
    {
        QFETCH(int, variant);
        QFETCH(SpecRule, rule);
        QFETCH(bool, hasFix);
        QFETCH(int, fixKind);
        MediaInfo info = compliantInfo();
        LoudnessMeasurement loudness = loudnessOf(-14.0, -2.0);
        switch (variant) {
        case 0: info.video.displayWidth = 1920; info.video.displayHeight = 1080; break;
        case 1: info.video.codedWidth = 1920; info.video.codedHeight = 1080; info.video.rotationDegrees = 90; break;
        case 2: info.durationUs = 2 * Second; break;
        case 3: info.durationUs = 1000 * Second; info.sizeBytes = 100'000'000; info.bitRate = 800'000; break;
        case 4: info.video.variableFrameRate = true; info.video.frameRate = 29.4; break;
        case 5: info.video.frameRate = 120.0; break;
        case 6: info.video.codec = QStringLiteral("hevc"); break;
        case 7: info.audioTracks[0].codec = QStringLiteral("opus"); break;
        case 8: info.sizeBytes = 5'000'000'000; info.bitRate = 10'000'000; break;
        case 9: info.bitRate = 60'000'000; info.sizeBytes = 225'000'000; break;
        case 10: loudness = loudnessOf(-23.0, -10.0); break;
        case 11: loudness = loudnessOf(-14.0, 0.5); break;
        }
        // Reels has the tightest size, TikTok the tightest bit rate; use the one that applies.
        const Platform platform = variant == 9 ? Platform::TikTok : Platform::InstagramReels;
        const QList<SpecFailure> failures = checkSpec(info, loudness, platform);
        if (rule == SpecRule::NoVideo) { // a rotated phone video is vertical as shown
            QVERIFY(failures.isEmpty());
            return;
        }
        QCOMPARE(rulesOf(failures), QList<SpecRule>{rule});
        QVERIFY(!failures.first().message.isEmpty());
        QCOMPARE(failures.first().fix.has_value(), hasFix);
        if (hasFix) {
            QCOMPARE(int(failures.first().fix->kind), fixKind);
            QVERIFY(!failures.first().fix->label.isEmpty());
        }
        if (rule == SpecRule::DurationTooLong)
            QCOMPARE(failures.first().fix->trimEndUs - failures.first().fix->trimStartUs, 900 * Second);
        if (rule == SpecRule::VariableFrameRate)
            QCOMPARE(failures.first().fix->constantFrameRate, 29.0);
        if (rule == SpecRule::FrameRate)
            QCOMPARE(failures.first().fix->constantFrameRate, 60.0);
        if (rule == SpecRule::FileSize)
            QVERIFY(failures.first().fix->maxVideoBitRate > 0);
    }

    void noAudioSkipsLoudness()
    {
        MediaInfo info = compliantInfo();
        info.audioTracks.clear();
        QVERIFY(checkSpec(info, std::nullopt, Platform::TikTok).isEmpty());
        info.video.streamIndex = -1;
        QCOMPARE(rulesOf(checkSpec(info, std::nullopt, Platform::TikTok)), QList<SpecRule>{SpecRule::NoVideo});
    }

    void oneClickFixesResolveRealFailures()
    {
        const QString clip = nonCompliantClip();
        QVERIFY(!clip.isEmpty());
        PlatformRules rules = PlatformRules::forPlatform(Platform::TikTok);
        rules.minDurationUs = 1 * Second;
        rules.maxDurationUs = 2 * Second;
        const Result<MediaInfo> info = probeMedia(clip);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        const Result<LoudnessMeasurement> loudness = measureLoudness(clip);
        QVERIFY(loudness);
        rules.maxBitRate = info->bitRate * 3 / 4; // force a bit-rate failure on this small clip
        const QList<SpecFailure> failures = checkSpec(*info, *loudness, rules);
        const QList<SpecRule> expected{SpecRule::AspectRatio, SpecRule::VariableFrameRate, SpecRule::VideoCodec,
                                       SpecRule::DurationTooLong, SpecRule::BitRate, SpecRule::AudioCodec, SpecRule::Loudness};
        QCOMPARE(rulesOf(failures), expected);

        for (const SpecFailure &failure : failures) {
            QVERIFY(failure.fix);
            const QString fixed = m_output.filePath(QStringLiteral("fixed-%1.mp4").arg(int(failure.rule)));
            const Status applied = applySpecFix(*failure.fix, clip, fixed, {});
            QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
            const Result<MediaInfo> after = probeMedia(fixed);
            QVERIFY(after);
            const Result<LoudnessMeasurement> afterLoudness = measureLoudness(fixed);
            QVERIFY(afterLoudness);
            const QList<SpecFailure> remaining = checkSpec(*after, *afterLoudness, rules);
            const SpecFailure *still = failureFor(remaining, failure.rule);
            QVERIFY2(!still, qPrintable(QStringLiteral("still failing after \"%1\": %2").arg(failure.fix->label, still ? still->message : QString())));
        }
    }

private:
    QTemporaryDir m_output;
};

QTEST_GUILESS_MAIN(PlatformSpecTest)
#include "tst_platformspec.moc"
