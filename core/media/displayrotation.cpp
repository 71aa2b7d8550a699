#include "displayrotation.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <cmath>

namespace ClipDesk::Media {

int clockwiseRotation(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    // av_display_rotation_get() is counter-clockwise; snap to quarter turns.
    const double counterClockwise = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(counterClockwise))
        return 0;
    const int quarterTurns = int(std::lround(-counterClockwise / 90.0));
    return ((quarterTurns % 4) + 4) % 4 * 90;
}

QString uprightFilter(int clockwiseDegrees)
{
    switch (clockwiseDegrees) {
    case 90:
        return QStringLiteral("transpose=clock");
    case 180:
        return QStringLiteral("hflip,vflip");
    case 270:
        return QStringLiteral("transpose=cclock");
    default:
        return {};
    }
}

} // namespace ClipDesk::Media
