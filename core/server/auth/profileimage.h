#pragma once

#include "apifailure.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ClipDesk::Server {

// Turns an uploaded avatar or logo into a clean PNG: decodes PNG, JPEG or WebP (when the Qt
// plugin is present), refuses anything else and oversized images, scales it to fit in
// 512 × 512 and re-encodes it, which drops all metadata (EXIF, text chunks, ICC profiles).
// Pure computation: safe to run on a worker thread.
class ProfileImage final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImage)

public:
    static constexpr qint64 MaxUploadBytes = 5 * 1024 * 1024;
    static constexpr int MaxSourceDimension = 4096;
    static constexpr int MaxOutputDimension = 512;

    static ApiResult<QByteArray> normalize(const QByteArray &upload);
};

} // namespace ClipDesk::Server
