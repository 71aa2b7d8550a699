#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "videoencodesettings.h"

#include <QString>

namespace ClipDesk::Media {

enum class TrimMode {
    // Stream copy: no quality loss and fast, but the start snaps back to a keyframe.
    Lossless,
    // Decode and re-encode (H.264 with libx264, AAC): the first and last frames are exactly the
    // chosen ones and the audio is cut to the sample.
    Accurate,
};

// Times are microseconds on the input's own timeline (the stream timestamps ffprobe shows as
// pts_time, the same timeline as probeMedia() and the frame reader). The range is half-open:
// the first frame is the one on screen at startUs, the last one is the last frame that starts
// before endUs. The output is an MP4 (faststart) whose timeline starts at 0.
struct TrimRequest
{
    QString inputPath;
    QString outputPath;
    qint64 startUs = 0;
    qint64 endUs = 0;
    TrimMode mode = TrimMode::Lossless;
    VideoEncodeSettings encoding; // Accurate mode only
};

// What a trim will really produce, known before exporting (for the UI to show).
struct TrimPlan
{
    TrimMode mode = TrimMode::Lossless;
    qint64 requestedStartUs = 0;
    qint64 requestedEndUs = 0;
    qint64 actualStartUs = 0; // presentation time of the first output frame, input timeline
    qint64 actualEndUs = 0;   // end of the last output frame (exclusive), input timeline
    // Lossless: the start moved back to the keyframe at actualStartUs.
    bool startSnappedToKeyframe = false;

    qint64 durationUs() const { return actualEndUs - actualStartUs; }
};

struct TrimResult
{
    TrimPlan plan;
    qint64 outputSizeBytes = 0;
};

// Works out the real range of `request` by reading packets around its ends (no decoding).
// Errors: invalid_argument (empty or reversed range), media_open_failed, media_no_video.
Result<TrimPlan> planTrim(const TrimRequest &request, const JobControl &control = {});

// Writes the trimmed MP4 to request.outputPath. Lossless keeps the video and every audio track,
// the rotation and the metadata. The output appears only when complete: on failure or
// cancellation nothing is left behind. Errors: those of planTrim(), media_write_failed,
// media_encode_failed, media_decode_failed, cancelled.
Result<TrimResult> trim(const TrimRequest &request, const JobControl &control);

} // namespace ClipDesk::Media
