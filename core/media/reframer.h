#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "videoencodesettings.h"

#include <QSize>
#include <QString>

namespace ClipDesk::Media {

enum class ReframeMode {
    // Fill the frame: cut the sides (or top and bottom) away; horizontalPosition picks the part.
    Crop,
    // Show the whole picture, centred, over a blurred and enlarged copy of itself.
    FitWithBlurredBackground,
};

// Re-encodes a video as vertical 9:16 (1080x1920 by default) for Shorts, TikTok and Reels.
// The picture is turned upright first (phone rotation), the audio is copied when it is AAC.
struct ReframeRequest
{
    QString inputPath;
    QString outputPath;
    ReframeMode mode = ReframeMode::Crop;
    double horizontalPosition = 0.5; // Crop: 0 = left edge, 0.5 = centre, 1 = right edge
    QSize outputSize{1080, 1920};
    VideoEncodeSettings encoding;
};

// The libavfilter description reframe() uses for `request` (for an upright input picture).
QString reframeFilter(const ReframeRequest &request);

// Errors: invalid_argument (position outside 0..1, odd or empty size), media_open_failed,
// media_no_video, media_encode_failed, media_write_failed, cancelled. No partial output.
Status reframe(const ReframeRequest &request, const JobControl &control);

} // namespace ClipDesk::Media
