#include "streamgeometry.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <cmath>
#include <cstdlib>

namespace ClipDesk::Media {

namespace {

int normalizedRightAngle(double degrees)
{
    int rounded = int(std::lround(degrees / 90.0)) * 90 % 360;
    return rounded < 0 ? rounded + 360 : rounded;
}

int rotationOf(const AVStream *stream)
{
    if (const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
        // av_display_rotation_get() is counter-clockwise; players rotate the other way.
        const double counterClockwise = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
        if (!std::isnan(counterClockwise))
            return normalizedRightAngle(-counterClockwise);
    }
    if (const AVDictionaryEntry *tag = av_dict_get(stream->metadata, "rotate", nullptr, 0))
        return normalizedRightAngle(std::atof(tag->value));
    return 0;
}

} // namespace

StreamGeometry StreamGeometry::of(const AVStream *stream)
{
    StreamGeometry geometry;
    const AVCodecParameters *parameters = stream->codecpar;
    geometry.rotationDegrees = rotationOf(stream);
    geometry.storedSize = QSize(parameters->width, parameters->height);
    AVRational aspect = parameters->sample_aspect_ratio;
    if (stream->sample_aspect_ratio.num > 0 && stream->sample_aspect_ratio.den > 0)
        aspect = stream->sample_aspect_ratio;
    int width = parameters->width;
    if (aspect.num > 0 && aspect.den > 0 && aspect.num != aspect.den)
        width = int(av_rescale(parameters->width, aspect.num, aspect.den));
    QSize display(width, parameters->height);
    if (geometry.rotationDegrees == 90 || geometry.rotationDegrees == 270)
        display.transpose();
    geometry.displaySize = display;
    return geometry;
}

QSize StreamGeometry::fittedDisplaySize(QSize bounds) const
{
    if (displaySize.isEmpty())
        return QSize(1, 1);
    if (bounds.isEmpty() || (bounds.width() >= displaySize.width() && bounds.height() >= displaySize.height()))
        return displaySize;
    const QSize fitted = displaySize.scaled(bounds, Qt::KeepAspectRatio);
    return QSize(qMax(1, fitted.width()), qMax(1, fitted.height()));
}

} // namespace ClipDesk::Media
