#include "reframer.h"

#include "mediainput.h"
#include "mediatr.h"
#include "transcodejob.h"

#include <algorithm>

namespace ClipDesk::Media {

QString reframeFilter(const ReframeRequest &request)
{
    const int width = request.outputSize.width();
    const int height = request.outputSize.height();
    if (request.mode == ReframeMode::Crop) {
        // The largest window of the output's aspect ratio, slid horizontally by the position.
        const QString window = QStringLiteral("crop=w='2*trunc(min(iw,ih*%1/%2)/2)':h='2*trunc(min(ih,iw*%2/%1)/2)'"
                                              ":x='(iw-ow)*%3':y='(ih-oh)/2'")
                                   .arg(width).arg(height).arg(request.horizontalPosition, 0, 'f', 4);
        return window + QStringLiteral(",scale=%1:%2,setsar=1").arg(width).arg(height);
    }
    // The background is blurred at a quarter of the size (cheap), then enlarged.
    const int smallWidth = std::max(2, width / 4 / 2 * 2);
    const int smallHeight = std::max(2, height / 4 / 2 * 2);
    return QStringLiteral("split=2[background][foreground];"
                          "[background]scale=%3:%4:force_original_aspect_ratio=increase,crop=%3:%4,"
                          "boxblur=luma_radius=12:luma_power=2,scale=%1:%2[blurred];"
                          "[foreground]scale=%1:%2:force_original_aspect_ratio=decrease:force_divisible_by=2[fitted];"
                          "[blurred][fitted]overlay=x='(W-w)/2':y='(H-h)/2',setsar=1")
        .arg(width).arg(height).arg(smallWidth).arg(smallHeight);
}

Status reframe(const ReframeRequest &request, const JobControl &control)
{
    const QSize size = request.outputSize;
    if (request.horizontalPosition < 0.0 || request.horizontalPosition > 1.0 || size.width() < 2 || size.height() < 2
        || size.width() % 2 != 0 || size.height() % 2 != 0)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The reframing settings are not valid."));
    Result<InputFormatHandle> input = openInput(request.inputPath);
    if (!input)
        return std::unexpected(input.error());
    bool audioIsAac = true;
    for (unsigned i = 0; i < (*input)->nb_streams; ++i) {
        const AVCodecParameters *parameters = (*input)->streams[i]->codecpar;
        if (parameters->codec_type == AVMEDIA_TYPE_AUDIO && parameters->codec_id != AV_CODEC_ID_AAC)
            audioIsAac = false;
    }
    input->reset();

    TranscodeJob job;
    job.inputPath = request.inputPath;
    job.outputPath = request.outputPath;
    job.video = StreamTreatment::Encode;
    job.audio = audioIsAac ? StreamTreatment::Copy : StreamTreatment::Encode;
    job.uprightVideo = true;
    job.videoFilter = reframeFilter(request);
    job.encoding = request.encoding;
    return runTranscode(job, control);
}

} // namespace ClipDesk::Media
