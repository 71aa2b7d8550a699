#pragma once

#include <QSize>

struct AVStream;

namespace ClipDesk::Media {

// How the pictures of a video stream are meant to be shown: the clockwise rotation from the
// display matrix (phones record portrait video as rotated landscape) and the size after the
// sample aspect ratio and that rotation are applied.
struct StreamGeometry
{
    int rotationDegrees = 0; // clockwise: 0, 90, 180 or 270
    QSize storedSize;        // coded width x height
    QSize displaySize;       // square pixels, rotation applied

    static StreamGeometry of(const AVStream *stream);

    // The largest size with the display aspect ratio that fits in `bounds` (display
    // orientation); displaySize when `bounds` is empty or larger. Never smaller than 1x1.
    QSize fittedDisplaySize(QSize bounds) const;
};

} // namespace ClipDesk::Media
