#include "profileimage.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace ClipDesk::Server {

namespace {

bool isAcceptedFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "jpg" || format == "webp";
}

} // namespace

ApiResult<QByteArray> ProfileImage::normalize(const QByteArray &upload)
{
    if (upload.isEmpty())
        return apiFailure(400, QStringLiteral("invalid_image"), tr("The request body is empty; send the image file."));
    if (upload.size() > MaxUploadBytes)
        return apiFailure(413, QStringLiteral("payload_too_large"), tr("The image is larger than 5 MiB."));

    QByteArray data = upload;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    if (!isAcceptedFormat(format))
        return apiFailure(415, QStringLiteral("unsupported_media_type"), tr("Upload a PNG, JPEG or WebP image."));

    const QSize size = reader.size();
    if (size.isValid() && (size.width() > MaxSourceDimension || size.height() > MaxSourceDimension))
        return apiFailure(400, QStringLiteral("image_too_large"),
                          tr("The image may be at most %1 × %1 pixels.").arg(MaxSourceDimension));

    QImage image = reader.read();
    if (image.isNull())
        return apiFailure(400, QStringLiteral("invalid_image"), tr("The image could not be read: %1").arg(reader.errorString()));
    if (image.width() > MaxSourceDimension || image.height() > MaxSourceDimension)
        return apiFailure(400, QStringLiteral("image_too_large"),
                          tr("The image may be at most %1 × %1 pixels.").arg(MaxSourceDimension));

    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    if (image.width() > MaxOutputDimension || image.height() > MaxOutputDimension)
        image = image.scaled(MaxOutputDimension, MaxOutputDimension, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);

    // A fresh image over the same pixels carries no metadata at all.
    const QImage clean = QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format()).copy();

    QByteArray png;
    QBuffer output(&png);
    output.open(QIODevice::WriteOnly);
    QImageWriter writer(&output, "png");
    if (!writer.write(clean))
        return apiFailure(500, QString::fromLatin1(ErrorCode::Internal), tr("The image could not be converted."));
    return png;
}

} // namespace ClipDesk::Server
