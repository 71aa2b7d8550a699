#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "videoencodesettings.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ClipDesk::Media {

// A frame-exact part of the input, in the time base of its main video stream: the frames whose
// presentation time is in [startPts, endPts) are kept, audio is cut to the same times, and the
// output starts at 0.
struct TranscodeRange
{
    int64_t startPts = 0;
    int64_t endPts = 0;
    int64_t seekDts = 0; // decode time of a keyframe at or before startPts
};

enum class StreamTreatment { Encode, Copy };

// One re-encode of the main video stream and every audio stream into an MP4 (faststart):
// the engine behind accurate trims, reframing, loudness normalization and spec transcodes.
struct TranscodeJob
{
    QString inputPath;
    QString outputPath;
    std::optional<TranscodeRange> range; // only with both streams encoded
    StreamTreatment video = StreamTreatment::Encode;
    StreamTreatment audio = StreamTreatment::Encode;
    // Encode only: turn the pictures upright with filters (and drop the rotation flag) before
    // videoFilter runs, so it sees what a viewer sees.
    bool uprightVideo = false;
    QString videoFilter;      // filtergraph syntax, empty for none
    QStringList audioFilters; // one per audio stream in file order; missing or empty for none
    VideoEncodeSettings encoding;
};

// Runs `job` and writes job.outputPath through a PartialOutputFile: it appears only complete.
// Errors: media_open_failed, media_no_video, media_unsupported, media_decode_failed,
// media_encode_failed, media_write_failed, cancelled.
Status runTranscode(const TranscodeJob &job, const JobControl &control);

} // namespace ClipDesk::Media
