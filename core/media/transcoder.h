#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "videoencodesettings.h"

#include <QString>

namespace ClipDesk::Media {

// Re-encodes a whole file to H.264 (libx264) + AAC in MP4 (faststart), optionally at a
// constant frame rate and under a video bit rate cap: the fix for codec, frame rate, size and
// bit rate failures of the platform spec check. Rotation and metadata are kept.
struct TranscodeRequest
{
    QString inputPath;
    QString outputPath;
    double constantFrameRate = 0.0; // frames per second; 0 keeps the input's timing
    VideoEncodeSettings encoding;   // maxVideoBitRate caps the video bit rate
};

// Errors: invalid_argument (negative rate), media_open_failed, media_no_video,
// media_encode_failed, media_write_failed, cancelled. No partial output.
Status transcode(const TranscodeRequest &request, const JobControl &control);

} // namespace ClipDesk::Media
