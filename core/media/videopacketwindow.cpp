#include "videopacketwindow.h"

#include "averror.h"
#include "avhandles.h"
#include "mediatr.h"

#include <algorithm>
#include <limits>

namespace ClipDesk::Media {

namespace {

// Packets read past the target, so frames that B-frame reordering shows before it are seen.
constexpr int ReorderMargin = 32;
// How many times the seek steps back when a keyframe's pts turns out to be after the target.
constexpr int MaxSeekAttempts = 12;

int64_t presentationTime(const AVPacket *packet)
{
    return packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
}

int64_t decodeTime(const AVPacket *packet)
{
    return packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
}

Status seekBackward(AVFormatContext *input, int videoStream, int64_t timestamp)
{
    int error = av_seek_frame(input, videoStream, timestamp, AVSEEK_FLAG_BACKWARD);
    if (error < 0) // before the first indexed sample: take whatever the demuxer has nearest
        error = avformat_seek_file(input, videoStream, std::numeric_limits<int64_t>::min(), timestamp,
                                   std::numeric_limits<int64_t>::max(), 0);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot seek in the video"), error));
    return {};
}

} // namespace

Result<VideoPacketWindow> VideoPacketWindow::read(AVFormatContext *input, int videoStream, int64_t targetPts,
                                                  const JobControl &control)
{
    const AVStream *stream = input->streams[videoStream];
    const int64_t streamStart = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    PacketHandle packet = allocatePacket();
    int64_t seekTarget = std::max(targetPts, streamStart);
    for (int attempt = 0; attempt < MaxSeekAttempts; ++attempt) {
        const bool atStreamStart = seekTarget <= streamStart || attempt == MaxSeekAttempts - 1;
        if (Status seeked = seekBackward(input, videoStream, atStreamStart ? streamStart : seekTarget); !seeked)
            return std::unexpected(seeked.error());

        VideoPacketWindow window;
        int afterTarget = 0;
        while (afterTarget < ReorderMargin) {
            if (control.isCancelled())
                return std::unexpected(JobControl::cancelledError());
            const int error = av_read_frame(input, packet.get());
            if (error == AVERROR_EOF) {
                window.m_reachedEnd = true;
                break;
            }
            if (error < 0)
                return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot read the video"), error));
            const bool isVideo = packet->stream_index == videoStream;
            const bool isKeyframe = packet->flags & AV_PKT_FLAG_KEY;
            const VideoPacketTiming timing{presentationTime(packet.get()), decodeTime(packet.get()), packet->duration, isKeyframe};
            av_packet_unref(packet.get());
            if (!isVideo || timing.pts == AV_NOPTS_VALUE || (window.m_packets.isEmpty() && !isKeyframe))
                continue;
            window.m_packets.append(timing);
            if (timing.dts > targetPts)
                ++afterTarget;
        }
        if (window.m_packets.isEmpty()) {
            if (atStreamStart)
                return failure(QString::fromLatin1(MediaErrorCode::DecodeFailed), Tr::tr("The video has no keyframe to start from."));
            seekTarget = streamStart;
            continue;
        }
        const VideoPacketTiming &keyframe = window.m_packets.front();
        if (keyframe.pts <= targetPts || atStreamStart)
            return window;
        // The demuxer seeks by decode time; with B-frames this keyframe is shown after the target.
        seekTarget = std::min(keyframe.dts, keyframe.pts) - 1;
    }
    return failure(QString::fromLatin1(MediaErrorCode::DecodeFailed), Tr::tr("The video has no keyframe to start from."));
}

int64_t VideoPacketWindow::frameShownAt(int64_t pts) const
{
    int64_t shown = keyframe().pts;
    for (const VideoPacketTiming &timing : m_packets) {
        if (timing.pts <= pts && timing.pts > shown)
            shown = timing.pts;
    }
    return shown;
}

int64_t VideoPacketWindow::firstFrameAtOrAfter(int64_t pts) const
{
    int64_t first = std::numeric_limits<int64_t>::max();
    for (const VideoPacketTiming &timing : m_packets) {
        if (timing.pts >= pts)
            first = std::min(first, timing.pts);
    }
    return first;
}

VideoPacketWindow::CopyEnd VideoPacketWindow::copyEndFor(int64_t endPts, int64_t fallbackFrameDuration) const
{
    const qsizetype count = m_packets.size();
    int64_t lastShown = keyframe().pts;
    for (const VideoPacketTiming &timing : m_packets) {
        if (timing.pts < endPts)
            lastShown = std::max(lastShown, timing.pts);
    }
    // suffixMinimum[i]: the smallest pts among packets i.. (decode order).
    QList<int64_t> suffixMinimum(count + 1, std::numeric_limits<int64_t>::max());
    for (qsizetype i = count - 1; i >= 0; --i)
        suffixMinimum[i] = std::min(suffixMinimum[i + 1], m_packets[i].pts);

    int64_t prefixMaximum = std::numeric_limits<int64_t>::min();
    for (qsizetype i = 0; i < count; ++i) {
        prefixMaximum = std::max(prefixMaximum, m_packets[i].pts);
        const bool coversEnd = prefixMaximum >= lastShown;
        const bool noHoles = suffixMinimum[i + 1] > prefixMaximum;
        if (!coversEnd || !noHoles)
            continue;
        CopyEnd end;
        end.lastFramePts = prefixMaximum;
        if (i + 1 < count) {
            end.cutDts = m_packets[i + 1].dts;
            end.endPts = suffixMinimum[i + 1];
            return end;
        }
        end.cutDts = m_reachedEnd ? std::numeric_limits<int64_t>::max() : m_packets[i].dts + 1;
        int64_t duration = fallbackFrameDuration;
        for (const VideoPacketTiming &timing : m_packets) {
            if (timing.pts == prefixMaximum && timing.duration > 0)
                duration = timing.duration;
        }
        end.endPts = prefixMaximum + duration;
        return end;
    }
    return CopyEnd{std::numeric_limits<int64_t>::max(), prefixMaximum + fallbackFrameDuration, prefixMaximum};
}

} // namespace ClipDesk::Media
