#pragma once

#include "domain/error.h"
#include "jobcontrol.h"

#include <QString>

#include <cstdint>

namespace ClipDesk::Media {

// A lossless cut, in the time base of the input's main video stream (see VideoPacketWindow).
struct StreamCopyRange
{
    int64_t keyframePts = 0; // first output frame; becomes time 0 of every output stream
    int64_t keyframeDts = 0; // where to seek
    int64_t cutDts = 0;      // video packets with dts >= cutDts are left out
    int64_t endPts = 0;      // end of the last kept frame; audio is cut here too
    int64_t lastFramePts = 0; // the last kept frame in presentation order: lasts until endPts
};

// Copies the main video stream and every audio stream of `inputPath` for `range` into an MP4
// at `outputPath` without re-encoding: keeps rotation, metadata and stream dispositions, shifts
// all streams by the same offset so the output starts at 0, and keeps decode timestamps
// strictly increasing. Writes `outputPath` directly (the caller guards partial files).
Status writeStreamCopy(const QString &inputPath, const QString &outputPath, const StreamCopyRange &range,
                       const JobControl &control);

} // namespace ClipDesk::Media
