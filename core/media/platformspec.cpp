#include "platformspec.h"

#include "mediatr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ClipDesk::Media {

namespace {

constexpr qint64 Second = 1'000'000;
constexpr qint64 Megabyte = 1'000'000;
// Video bit rates below this look bad; a size fix that needs less is not offered.
constexpr qint64 MinimumUsefulVideoBitRate = 300'000;
constexpr qint64 AudioBitRateAllowance = 160'000;

QString seconds(qint64 us)
{
    return QLocale().toString(double(us) / double(Second), 'f', 1);
}

SpecFix transcodeFix(const QString &label, double frameRate = 0.0, qint64 maxVideoBitRate = 0)
{
    SpecFix fix;
    fix.kind = SpecFix::Kind::Transcode;
    fix.label = label;
    fix.constantFrameRate = frameRate;
    fix.maxVideoBitRate = maxVideoBitRate;
    return fix;
}

// A frame rate the platform accepts, as close to the file's as possible.
double acceptedFrameRate(double frameRate, const PlatformRules &rules)
{
    if (frameRate <= 0.0)
        return 30.0;
    return std::clamp(std::round(frameRate), std::ceil(rules.minFrameRate), std::floor(rules.maxFrameRate));
}

void checkVideo(const MediaInfo &info, const PlatformRules &rules, QList<SpecFailure> &failures)
{
    const VideoStreamInfo &video = info.video;
    if (video.displayWidth > 0 && video.displayHeight > 0) {
        const double wanted = double(rules.aspectWidth) / double(rules.aspectHeight);
        const double actual = double(video.displayWidth) / double(video.displayHeight);
        if (std::abs(actual / wanted - 1.0) > rules.aspectTolerance) {
            SpecFix fix;
            fix.kind = SpecFix::Kind::Reframe;
            fix.label = Tr::tr("Reframe to %1:%2").arg(rules.aspectWidth).arg(rules.aspectHeight);
            failures.append({SpecRule::AspectRatio,
                             Tr::tr("The video is %1×%2 as shown; %3 wants a %4:%5 vertical video.")
                                 .arg(video.displayWidth).arg(video.displayHeight).arg(platformName(rules.platform))
                                 .arg(rules.aspectWidth).arg(rules.aspectHeight),
                             fix});
        }
    }
    const double frameRate = video.frameRate;
    if (rules.requireConstantFrameRate && video.variableFrameRate) {
        const double target = acceptedFrameRate(frameRate, rules);
        failures.append({SpecRule::VariableFrameRate,
                         Tr::tr("The frame rate varies; %1 wants a constant frame rate.").arg(platformName(rules.platform)),
                         transcodeFix(Tr::tr("Convert to a constant %1 fps").arg(target), target)});
    } else if (frameRate > 0.0 && (frameRate < rules.minFrameRate - 0.01 || frameRate > rules.maxFrameRate + 0.01)) {
        const double target = acceptedFrameRate(frameRate, rules);
        failures.append({SpecRule::FrameRate,
                         Tr::tr("The video runs at %1 fps; %2 accepts %3 to %4 fps.")
                             .arg(QLocale().toString(frameRate, 'f', 2), platformName(rules.platform))
                             .arg(rules.minFrameRate).arg(rules.maxFrameRate),
                         transcodeFix(Tr::tr("Convert to %1 fps").arg(target), target)});
    }
    if (!rules.videoCodecs.contains(video.codec)) {
        failures.append({SpecRule::VideoCodec,
                         Tr::tr("The video codec is %1; %2 wants %3.")
                             .arg(video.codec, platformName(rules.platform), rules.videoCodecs.join(QStringLiteral(", "))),
                         transcodeFix(Tr::tr("Convert to H.264 and AAC"))});
    }
}

void checkFile(const MediaInfo &info, const PlatformRules &rules, QList<SpecFailure> &failures)
{
    const qint64 duration = info.durationUs;
    if (rules.minDurationUs > 0 && duration < rules.minDurationUs) {
        failures.append({SpecRule::DurationTooShort,
                         Tr::tr("The clip lasts %1 s; %2 needs at least %3 s.")
                             .arg(seconds(duration), platformName(rules.platform), seconds(rules.minDurationUs)),
                         std::nullopt});
    }
    if (rules.maxDurationUs > 0 && duration > rules.maxDurationUs) {
        SpecFix fix;
        fix.kind = SpecFix::Kind::Trim;
        fix.label = Tr::tr("Trim to the first %1 s").arg(seconds(rules.maxDurationUs));
        fix.trimStartUs = info.hasVideo() ? info.video.startUs : info.startUs;
        fix.trimEndUs = fix.trimStartUs + rules.maxDurationUs;
        failures.append({SpecRule::DurationTooLong,
                         Tr::tr("The clip lasts %1 s; %2 allows at most %3 s.")
                             .arg(seconds(duration), platformName(rules.platform), seconds(rules.maxDurationUs)),
                         fix});
    }
    const double durationSeconds = double(std::max<qint64>(duration, 1)) / double(Second);
    if (rules.maxSizeBytes > 0 && info.sizeBytes > rules.maxSizeBytes) {
        const qint64 budget = qint64(double(rules.maxSizeBytes) * 8.0 * 0.9 / durationSeconds) - AudioBitRateAllowance;
        std::optional<SpecFix> fix;
        if (budget >= MinimumUsefulVideoBitRate)
            fix = transcodeFix(Tr::tr("Compress under %1 MB").arg(rules.maxSizeBytes / Megabyte), 0.0, budget);
        failures.append({SpecRule::FileSize,
                         Tr::tr("The file is %1 MB; %2 accepts at most %3 MB.")
                             .arg(QLocale().toString(double(info.sizeBytes) / Megabyte, 'f', 1), platformName(rules.platform))
                             .arg(rules.maxSizeBytes / Megabyte),
                         fix});
    }
    if (rules.maxBitRate > 0 && info.bitRate > rules.maxBitRate) {
        const qint64 budget = qint64(double(rules.maxBitRate) * 0.8) - AudioBitRateAllowance;
        std::optional<SpecFix> fix;
        if (budget >= MinimumUsefulVideoBitRate)
            fix = transcodeFix(Tr::tr("Lower the bit rate"), 0.0, budget);
        failures.append({SpecRule::BitRate,
                         Tr::tr("The bit rate is %1 kbit/s; %2 accepts at most %3 kbit/s.")
                             .arg(info.bitRate / 1000).arg(platformName(rules.platform)).arg(rules.maxBitRate / 1000),
                         fix});
    }
}

void checkAudio(const MediaInfo &info, const std::optional<LoudnessMeasurement> &loudness, const PlatformRules &rules,
                QList<SpecFailure> &failures)
{
    for (const AudioTrackInfo &track : info.audioTracks) {
        if (!rules.audioCodecs.contains(track.codec)) {
            failures.append({SpecRule::AudioCodec,
                             Tr::tr("The audio codec is %1; %2 wants %3.")
                                 .arg(track.codec, platformName(rules.platform), rules.audioCodecs.join(QStringLiteral(", "))),
                             transcodeFix(Tr::tr("Convert to H.264 and AAC"))});
            break;
        }
    }
    if (!loudness || loudness->integratedLufs <= -69.0) // no audio, or silence: nothing to normalize
        return;
    SpecFix normalize;
    normalize.kind = SpecFix::Kind::NormalizeLoudness;
    normalize.label = Tr::tr("Normalize to %1 LUFS").arg(rules.targetLufs);
    normalize.targetLufs = rules.targetLufs;
    normalize.truePeakDbtp = rules.maxTruePeakDbtp;
    if (std::abs(loudness->integratedLufs - rules.targetLufs) > rules.loudnessToleranceLu) {
        failures.append({SpecRule::Loudness,
                         Tr::tr("The loudness is %1 LUFS; %2 plays clips at %3 LUFS.")
                             .arg(QLocale().toString(loudness->integratedLufs, 'f', 1), platformName(rules.platform))
                             .arg(rules.targetLufs),
                         normalize});
    }
    if (loudness->truePeakDbtp > rules.maxTruePeakDbtp + 0.05) {
        failures.append({SpecRule::TruePeak,
                         Tr::tr("The true peak is %1 dBTP; keep it at or under %2 dBTP to avoid clipping.")
                             .arg(QLocale().toString(loudness->truePeakDbtp, 'f', 1))
                             .arg(rules.maxTruePeakDbtp),
                         normalize});
    }
}

} // namespace

PlatformRules PlatformRules::forPlatform(Platform platform)
{
    PlatformRules rules;
    rules.platform = platform;
    switch (platform) {
    case Platform::YouTubeShorts:
        rules.minDurationUs = 1 * Second;
        rules.maxDurationUs = 180 * Second;
        rules.maxSizeBytes = 0;
        rules.maxBitRate = 50'000'000;
        break;
    case Platform::TikTok:
        rules.minDurationUs = 3 * Second;
        rules.maxDurationUs = 600 * Second;
        rules.maxSizeBytes = 287 * Megabyte;
        rules.maxBitRate = 20'000'000;
        break;
    case Platform::InstagramReels:
        rules.minDurationUs = 3 * Second;
        rules.maxDurationUs = 900 * Second;
        rules.maxSizeBytes = 4'000 * Megabyte;
        rules.maxBitRate = 25'000'000;
        break;
    }
    return rules;
}

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::YouTubeShorts:
        return Tr::tr("YouTube Shorts");
    case Platform::TikTok:
        return Tr::tr("TikTok");
    case Platform::InstagramReels:
        return Tr::tr("Instagram Reels");
    }
    return {};
}

QList<SpecFailure> checkSpec(const MediaInfo &info, const std::optional<LoudnessMeasurement> &loudness, Platform platform)
{
    return checkSpec(info, loudness, PlatformRules::forPlatform(platform));
}

QList<SpecFailure> checkSpec(const MediaInfo &info, const std::optional<LoudnessMeasurement> &loudness, const PlatformRules &rules)
{
    QList<SpecFailure> failures;
    if (!info.hasVideo()) {
        failures.append({SpecRule::NoVideo, Tr::tr("The file has no video; %1 needs one.").arg(platformName(rules.platform)), std::nullopt});
        return failures;
    }
    checkVideo(info, rules, failures);
    checkFile(info, rules, failures);
    checkAudio(info, loudness, rules, failures);
    return failures;
}

} // namespace ClipDesk::Media
