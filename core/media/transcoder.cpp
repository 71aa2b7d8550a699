#include "transcoder.h"

#include "mediatr.h"
#include "transcodejob.h"

namespace ClipDesk::Media {

Status transcode(const TranscodeRequest &request, const JobControl &control)
{
    if (request.constantFrameRate < 0.0 || request.encoding.maxVideoBitRate < 0)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The transcoding settings are not valid."));
    TranscodeJob job;
    job.inputPath = request.inputPath;
    job.outputPath = request.outputPath;
    if (request.constantFrameRate > 0.0)
        job.videoFilter = QStringLiteral("fps=%1").arg(request.constantFrameRate, 0, 'f', 3);
    job.encoding = request.encoding;
    return runTranscode(job, control);
}

} // namespace ClipDesk::Media
