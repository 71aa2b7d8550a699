#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "videoencodesettings.h"

#include <QString>

namespace ClipDesk::Media {

// What to generate: libavfilter source graphs for the picture and the sound, without inputs
// (moving test patterns with a burnt-in title, a tone), cut to `durationUs`.
struct GeneratedVideoSpec
{
    // Ends in a video of the final size and rate, e.g.
    // "testsrc2=size=540x960:rate=24,drawtext=text=Hello:fontsize=48:x=20:y=20".
    QString videoSource;
    QString audioSource;        // e.g. "sine=frequency=440"; empty: no sound
    qint64 durationUs = 6'000'000;
    VideoEncodeSettings encoding;
    int encoderThreads = 0;     // libx264 threads; 0: its own choice
};

// Writes an H.264 (libx264, yuv420p) + AAC MP4 made from `spec`, with the moov atom in front:
// demo content made without any source footage. The same spec gives the same bytes with the
// same FFmpeg build (x264 and the muxer are deterministic; no dates are written).
// Errors: media_unsupported (a bad graph, a missing encoder), media_encode_failed,
// media_write_failed, cancelled.
Status writeGeneratedVideo(const QString &path, const GeneratedVideoSpec &spec, const JobControl &control = {});

} // namespace ClipDesk::Media
