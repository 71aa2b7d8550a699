#pragma once

#include "loudnessnormalizer.h"
#include "probe.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Media {

enum class Platform { YouTubeShorts, TikTok, InstagramReels };

// What a platform accepts for short vertical video (published upload guidance, 2024).
struct PlatformRules
{
    Platform platform = Platform::YouTubeShorts;
    int aspectWidth = 9;           // display aspect ratio after rotation
    int aspectHeight = 16;
    double aspectTolerance = 0.02; // relative
    qint64 minDurationUs = 0;
    qint64 maxDurationUs = 0;
    double minFrameRate = 23.0;
    double maxFrameRate = 60.0;
    bool requireConstantFrameRate = true;
    QStringList videoCodecs{QStringLiteral("h264")};
    QStringList audioCodecs{QStringLiteral("aac")};
    qint64 maxSizeBytes = 0;       // 0: no limit
    qint64 maxBitRate = 0;         // bits per second overall; 0: no limit
    double targetLufs = -14.0;
    double loudnessToleranceLu = 1.0;
    double maxTruePeakDbtp = -1.0;

    static PlatformRules forPlatform(Platform platform);
};

// The user-visible name ("YouTube Shorts", ...).
QString platformName(Platform platform);

enum class SpecRule {
    NoVideo,
    AspectRatio,
    DurationTooShort,
    DurationTooLong,
    VariableFrameRate,
    FrameRate,
    VideoCodec,
    AudioCodec,
    FileSize,
    BitRate,
    Loudness,
    TruePeak,
};

// A one-click fix: which media operation to run, with its settings.
struct SpecFix
{
    enum class Kind {
        Reframe,           // reframe() to 9:16, fit with blurred background
        Trim,              // trim() from trimStartUs to trimEndUs
        NormalizeLoudness, // normalizeLoudness() to the platform's target
        Transcode,         // transcode() to H.264/AAC with the settings below
    };
    Kind kind = Kind::Transcode;
    QString label;                   // button text, e.g. "Reframe to 9:16"
    qint64 trimStartUs = 0;          // Trim
    qint64 trimEndUs = 0;            // Trim
    double constantFrameRate = 0.0;  // Transcode: 0 keeps the timing
    qint64 maxVideoBitRate = 0;      // Transcode: 0 = no cap
    double targetLufs = -14.0;       // NormalizeLoudness
    double truePeakDbtp = -1.0;      // NormalizeLoudness
};

struct SpecFailure
{
    SpecRule rule = SpecRule::AspectRatio;
    QString message;             // translated, says what is wrong and what the platform wants
    std::optional<SpecFix> fix;  // absent when nothing automatic can help (too short...)
};

// Checks `info` (and the loudness of its first audio track, when measured) against the
// platform's rules. An empty list means the file is ready to upload.
QList<SpecFailure> checkSpec(const MediaInfo &info, const std::optional<LoudnessMeasurement> &loudness, Platform platform);
QList<SpecFailure> checkSpec(const MediaInfo &info, const std::optional<LoudnessMeasurement> &loudness, const PlatformRules &rules);

} // namespace ClipDesk::Media
