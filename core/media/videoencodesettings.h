#pragma once

#include <QString>
#include <QtGlobal>

namespace ClipDesk::Media {

// How re-encoded video is compressed (libx264) and audio (AAC).
struct VideoEncodeSettings
{
    QString preset = QStringLiteral("veryfast"); // x264 speed/size trade-off
    int constantRateFactor = 18;                 // x264 CRF: lower is better quality
    qint64 maxVideoBitRate = 0;                  // bits per second; 0 = no cap (VBV)
    qint64 audioBitRate = 160'000;
};

} // namespace ClipDesk::Media
