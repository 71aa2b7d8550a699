#include "frameconverter.h"

#include "averror.h"
#include "mediatr.h"

#include <QTransform>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace ClipDesk::Media {

namespace {

int colorMatrixOf(const AVFrame *frame)
{
    switch (frame->colorspace) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    case AVCOL_SPC_UNSPECIFIED:
        // Untagged HD video is BT.709 in practice, SD is BT.601.
        return frame->height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    default:
        return SWS_CS_ITU601;
    }
}

bool isYuv(AVPixelFormat format)
{
    const AVPixFmtDescriptor *descriptor = av_pix_fmt_desc_get(format);
    return descriptor && !(descriptor->flags & AV_PIX_FMT_FLAG_RGB) && descriptor->nb_components >= 3;
}

} // namespace

FrameConverter::FrameConverter(const StreamGeometry &geometry)
    : m_geometry(geometry)
{
}

FrameConverter::~FrameConverter()
{
    sws_freeContext(m_scaler);
}

Result<QImage> FrameConverter::toImage(const AVFrame *frame, QSize maxSize, bool fast)
{
    // Displayed size of this frame (it may differ from the stream header's).
    StreamGeometry geometry = m_geometry;
    if (frame->width != geometry.storedSize.width() || frame->height != geometry.storedSize.height()) {
        const bool turned = geometry.rotationDegrees == 90 || geometry.rotationDegrees == 270;
        geometry.storedSize = QSize(frame->width, frame->height);
        geometry.displaySize = turned ? QSize(frame->height, frame->width) : geometry.storedSize;
    }
    QSize target = geometry.fittedDisplaySize(maxSize);
    const bool turned = geometry.rotationDegrees == 90 || geometry.rotationDegrees == 270;
    if (turned)
        target.transpose();

    const auto format = AVPixelFormat(frame->format);
    m_scaler = sws_getCachedContext(m_scaler, frame->width, frame->height, format, target.width(), target.height(),
                                    AV_PIX_FMT_RGB32, fast ? SWS_FAST_BILINEAR : SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!m_scaler)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("Cannot convert this video's pictures."));
    if (isYuv(format)) {
        const int *coefficients = sws_getCoefficients(colorMatrixOf(frame));
        const bool fullRange = frame->color_range == AVCOL_RANGE_JPEG || format == AV_PIX_FMT_YUVJ420P
            || format == AV_PIX_FMT_YUVJ422P || format == AV_PIX_FMT_YUVJ444P;
        sws_setColorspaceDetails(m_scaler, coefficients, fullRange ? 1 : 0, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                                 1 << 16, 1 << 16);
    }
    QImage image(target, QImage::Format_RGB32);
    if (image.isNull())
        return failure(QString::fromLatin1(MediaErrorCode::DecodeFailed), Tr::tr("Out of memory."));
    uint8_t *destination[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const int error = sws_scale(m_scaler, frame->data, frame->linesize, 0, frame->height, destination, strides);
    if (error <= 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot convert the picture"), error));
    if (geometry.rotationDegrees != 0)
        image = image.transformed(QTransform().rotate(geometry.rotationDegrees));
    return image;
}

} // namespace ClipDesk::Media
