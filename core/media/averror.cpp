#include "averror.h"

extern "C" {
#include <libavutil/error.h>
}

namespace ClipDesk::Media {

QString averrorText(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof text);
    return QString::fromUtf8(text);
}

Error mediaError(const char *code, const QString &context, int averror)
{
    return Error{QString::fromLatin1(code), context + QStringLiteral(": ") + averrorText(averror)};
}

} // namespace ClipDesk::Media
