#include "jobcontrol.h"

#include "averror.h"
#include "mediatr.h"

#include <QtGlobal>

namespace ClipDesk::Media {

void JobControl::report(double fraction) const
{
    if (onProgress)
        onProgress(qBound(0.0, fraction, 1.0));
}

Error JobControl::cancelledError()
{
    return Error{QString::fromLatin1(MediaErrorCode::Cancelled), Tr::tr("The operation was cancelled.")};
}

} // namespace ClipDesk::Media
