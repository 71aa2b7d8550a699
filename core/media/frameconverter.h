#pragma once

#include "avhandles.h"
#include "domain/error.h"
#include "streamgeometry.h"

#include <QImage>

namespace ClipDesk::Media {

// Turns decoded frames into QImage (Format_RGB32) as they are meant to be shown: scaled to fit
// a bounding size with the display aspect ratio, colour matrix and range honoured, rotation
// applied. Keeps its scaler between calls; one converter per thread.
class FrameConverter final
{
    Q_DISABLE_COPY_MOVE(FrameConverter)

public:
    explicit FrameConverter(const StreamGeometry &geometry);
    ~FrameConverter();

    // `maxSize` bounds the displayed (rotated) image; an empty size keeps the display size.
    // `fast` trades quality for speed (scrubbing).
    Result<QImage> toImage(const AVFrame *frame, QSize maxSize, bool fast = false);

private:
    StreamGeometry m_geometry;
    SwsContext *m_scaler = nullptr; // owned; sws_getCachedContext() reuses it
};

} // namespace ClipDesk::Media
