#include "trimmer.h"

#include "averror.h"
#include "mediainput.h"
#include "mediatr.h"
#include "partialoutputfile.h"
#include "streamcopytrim.h"
#include "transcodejob.h"
#include "videopacketwindow.h"

#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace ClipDesk::Media {

namespace {

constexpr AVRational Microseconds{1, 1'000'000};

// A plan and the stream timestamps behind it.
struct TrimSchedule
{
    TrimPlan plan;
    StreamCopyRange copy;
    TranscodeRange transcode;
};

Result<TrimSchedule> schedule(const TrimRequest &request, const JobControl &control)
{
    if (request.inputPath.isEmpty() || request.endUs <= request.startUs)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The end of a trim must come after its start."));
    Result<InputFormatHandle> input = openInput(request.inputPath);
    if (!input)
        return std::unexpected(input.error());
    const Result<int> videoIndex = findVideoStream(input->get());
    if (!videoIndex)
        return std::unexpected(videoIndex.error());
    const AVStream *video = (*input)->streams[*videoIndex];
    const AVRational timeBase = video->time_base;
    const AVRational frameRate = video->avg_frame_rate.num > 0 ? video->avg_frame_rate : video->r_frame_rate;
    const int64_t frameDuration = frameRate.num > 0 ? std::max<int64_t>(1, av_rescale_q(1, av_inv_q(frameRate), timeBase)) : 1;
    const int64_t startPts = av_rescale_q(request.startUs, Microseconds, timeBase);
    const int64_t endPts = av_rescale_q(request.endUs, Microseconds, timeBase);

    Result<VideoPacketWindow> startWindow = VideoPacketWindow::read(input->get(), *videoIndex, startPts, control);
    if (!startWindow)
        return std::unexpected(startWindow.error());
    // The frames to keep start before endPts: read from the keyframe before that, not from a
    // keyframe exactly at the end.
    Result<VideoPacketWindow> endWindow = VideoPacketWindow::read(input->get(), *videoIndex, endPts - 1, control);
    if (!endWindow)
        return std::unexpected(endWindow.error());
    const VideoPacketTiming keyframe = startWindow->keyframe();
    const VideoPacketWindow::CopyEnd copyEnd = endWindow->copyEndFor(endPts, frameDuration);

    TrimSchedule result;
    result.plan.mode = request.mode;
    result.plan.requestedStartUs = request.startUs;
    result.plan.requestedEndUs = request.endUs;
    int64_t firstPts = 0;
    int64_t lastPtsExclusive = 0;
    if (request.mode == TrimMode::Lossless) {
        firstPts = keyframe.pts;
        lastPtsExclusive = copyEnd.endPts;
        result.copy = StreamCopyRange{keyframe.pts, keyframe.dts, copyEnd.cutDts, copyEnd.endPts, copyEnd.lastFramePts};
    } else {
        firstPts = startWindow->frameShownAt(startPts);
        lastPtsExclusive = endWindow->firstFrameAtOrAfter(endPts);
        if (lastPtsExclusive == std::numeric_limits<int64_t>::max())
            lastPtsExclusive = copyEnd.endPts; // the video ends before endUs
        result.transcode = TranscodeRange{firstPts, lastPtsExclusive, keyframe.dts};
    }
    if (lastPtsExclusive <= firstPts)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The trim range contains no video frame."));
    result.plan.actualStartUs = av_rescale_q(firstPts, timeBase, Microseconds);
    result.plan.actualEndUs = av_rescale_q(lastPtsExclusive, timeBase, Microseconds);
    result.plan.startSnappedToKeyframe = request.mode == TrimMode::Lossless && keyframe.pts != startPts;
    return result;
}

} // namespace

Result<TrimPlan> planTrim(const TrimRequest &request, const JobControl &control)
{
    Result<TrimSchedule> planned = schedule(request, control);
    if (!planned)
        return std::unexpected(planned.error());
    return planned->plan;
}

Result<TrimResult> trim(const TrimRequest &request, const JobControl &control)
{
    if (request.outputPath.isEmpty())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("No output file was given."));
    Result<TrimSchedule> planned = schedule(request, control);
    if (!planned)
        return std::unexpected(planned.error());
    if (request.mode == TrimMode::Lossless) {
        PartialOutputFile file(request.outputPath);
        if (Status written = writeStreamCopy(request.inputPath, file.temporaryPath(), planned->copy, control); !written)
            return std::unexpected(written.error());
        if (Status committed = file.commit(); !committed)
            return std::unexpected(committed.error());
        control.report(1.0);
    } else {
        TranscodeJob job;
        job.inputPath = request.inputPath;
        job.outputPath = request.outputPath;
        job.range = planned->transcode;
        job.encoding = request.encoding;
        if (Status written = runTranscode(job, control); !written)
            return std::unexpected(written.error());
    }
    return TrimResult{planned->plan, QFileInfo(request.outputPath).size()};
}

} // namespace ClipDesk::Media
