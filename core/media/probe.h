#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ClipDesk::Media {

// The main video stream of a file. Times are in microseconds on the file's own timeline (the
// stream's presentation timestamps, as ffprobe's pts_time shows them).
struct VideoStreamInfo
{
    int streamIndex = -1;          // -1: the file has no video stream
    QString codec;                 // FFmpeg codec name: "h264", "hevc", "vp9", ...
    QString profile;               // "High", "Main 10", ... (empty when unknown)
    QString pixelFormat;           // "yuv420p", ...
    int codedWidth = 0;            // as stored in the stream
    int codedHeight = 0;
    int displayWidth = 0;          // as shown: sample aspect ratio and rotation applied
    int displayHeight = 0;
    int rotationDegrees = 0;       // clockwise rotation to apply when showing: 0, 90, 180 or 270
    int frameRateNumerator = 0;    // the nominal (average) frame rate; 0/0 when unknown
    int frameRateDenominator = 0;
    double frameRate = 0.0;        // frameRateNumerator / frameRateDenominator
    bool variableFrameRate = false; // frame durations at the start of the stream vary
    bool hasBFrames = false;       // frames are stored out of presentation order
    qint64 bitRate = 0;            // bits per second, 0 when unknown
    qint64 startUs = 0;
    qint64 durationUs = 0;
    qint64 frameCount = 0;         // as the container declares it, 0 when unknown

    // True when the display is portrait (taller than wide) after rotation.
    bool isPortrait() const { return displayHeight > displayWidth; }

    friend bool operator==(const VideoStreamInfo &, const VideoStreamInfo &) = default;
};

struct AudioTrackInfo
{
    int streamIndex = -1;
    QString codec;                 // "aac", "opus", ...
    int sampleRate = 0;
    int channels = 0;
    QString channelLayout;         // "stereo", "5.1", "mono", ...
    QString language;              // ISO 639 code from the container, empty when unknown
    qint64 bitRate = 0;
    qint64 startUs = 0;
    qint64 durationUs = 0;

    friend bool operator==(const AudioTrackInfo &, const AudioTrackInfo &) = default;
};

// What probeMedia() learns about a file without decoding it.
struct MediaInfo
{
    QString container;             // FFmpeg demuxer name: "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", ...
    qint64 sizeBytes = 0;
    qint64 startUs = 0;
    qint64 durationUs = 0;
    qint64 bitRate = 0;            // overall bits per second
    VideoStreamInfo video;         // video.streamIndex == -1 when there is no video
    QList<AudioTrackInfo> audioTracks; // every audio stream, in file order

    bool hasVideo() const { return video.streamIndex >= 0; }

    // A JSON object with one key per field (camelCase); fromJson(toJson()) round-trips.
    QJsonObject toJson() const;
    static MediaInfo fromJson(const QJsonObject &json);

    friend bool operator==(const MediaInfo &, const MediaInfo &) = default;
};

// Opens a local file and describes it: container, duration, size, bit rate, the video stream
// (codec, resolution with rotation applied, frame rate and whether it varies, B-frames) and
// every audio track. Reads stream headers and the video packets of the first seconds only.
// Errors: media_open_failed (missing, unreadable or not media).
Result<MediaInfo> probeMedia(const QString &path);

} // namespace ClipDesk::Media
