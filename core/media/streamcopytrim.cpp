#include "streamcopytrim.h"

#include "averror.h"
#include "mediainput.h"
#include "medialogging.h"
#include "mediatr.h"
#include "mp4output.h"

extern "C" {
#include <libavutil/dict.h>
}

#include <QList>

#include <algorithm>
#include <cstring>
#include <limits>

namespace ClipDesk::Media {

namespace {

struct CopiedStream
{
    int inputIndex = -1;
    AVStream *output = nullptr;
    AVRational inputTimeBase{1, 1};
    bool isVideo = false;
    int64_t offset = 0;   // input time base: subtracted from every timestamp
    int64_t startPts = 0; // input time base
    int64_t endPts = 0;   // input time base, exclusive
    int64_t lastDts = std::numeric_limits<int64_t>::min(); // output time base
    bool done = false;
};

// Keeps one stream's packet or not, per the range; marks the stream done past its end.
bool keepPacket(CopiedStream &stream, const AVPacket *packet, const StreamCopyRange &range)
{
    const int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
    const int64_t dts = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
    if (pts == AV_NOPTS_VALUE)
        return false;
    if (stream.isVideo) {
        if (dts >= range.cutDts) {
            stream.done = true;
            return false;
        }
        // Leading frames of an open GOP refer to frames before the keyframe: not decodable.
        return pts >= stream.startPts;
    }
    if (pts >= stream.endPts) {
        stream.done = true;
        return false;
    }
    // Audio frames that overlap the start are kept; the muxer's edit list hides what lies
    // before 0, as it does for AAC priming.
    const int64_t duration = packet->duration > 0 ? packet->duration : 0;
    return pts + duration > stream.startPts;
}

} // namespace

namespace {

// An upper bound of the moov atom for `range`: per sample at most 4 bytes in stsz, 8 in stts,
// 8 in ctts, 4 in stss and 8 in co64 (one chunk per sample at worst), so 48 with room to
// spare; plus each stream's sample description and the metadata.
qint64 moovBound(const AVFormatContext *input, const QList<int> &copied, const StreamCopyRange &range, AVRational videoTimeBase)
{
    const double seconds = double(range.endPts - range.keyframePts) * av_q2d(videoTimeBase);
    if (!(seconds > 0) || seconds > 24 * 3600)
        return 0;
    qint64 bytes = 64 * 1024;
    for (const AVDictionaryEntry *entry = nullptr; (entry = av_dict_get(input->metadata, "", entry, AV_DICT_IGNORE_SUFFIX));)
        bytes += qint64(std::strlen(entry->key) + std::strlen(entry->value)) + 64;
    for (const int index : copied) {
        const AVStream *stream = input->streams[index];
        const AVCodecParameters *codec = stream->codecpar;
        double packetsPerSecond = 0;
        if (codec->codec_type == AVMEDIA_TYPE_VIDEO)
            packetsPerSecond = stream->avg_frame_rate.num > 0 ? av_q2d(stream->avg_frame_rate) : 240;
        else if (codec->sample_rate > 0)
            packetsPerSecond = double(codec->sample_rate) / (codec->frame_size > 0 ? codec->frame_size : 256);
        if (!(packetsPerSecond > 0) || packetsPerSecond > 100'000)
            return 0; // cannot bound it: let the muxer move the moov afterwards
        const qint64 packets = qint64(seconds * packetsPerSecond * 1.5) + 256;
        bytes += packets * 48 + codec->extradata_size + 16 * 1024;
    }
    return bytes;
}

} // namespace

namespace {

Status writeStreamCopyOnce(const QString &inputPath, const QString &outputPath, const StreamCopyRange &range,
                           const JobControl &control, bool reserveMoov, bool *reservedTooLittle)
{
    Result<InputFormatHandle> opened = openInput(inputPath);
    if (!opened)
        return std::unexpected(opened.error());
    AVFormatContext *input = opened->get();
    const Result<int> videoIndex = findVideoStream(input);
    if (!videoIndex)
        return std::unexpected(videoIndex.error());
    const AVRational videoTimeBase = input->streams[*videoIndex]->time_base;

    Result<std::unique_ptr<Mp4Output>> output = Mp4Output::create(outputPath, input);
    if (!output)
        return std::unexpected(output.error());
    QList<CopiedStream> streams;
    QList<int> streamSlot(int(input->nb_streams), -1);
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream *stream = input->streams[i];
        const bool isVideo = int(i) == *videoIndex;
        if (!isVideo && stream->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        Result<AVStream *> added = (*output)->addStream(stream, true);
        if (!added)
            return std::unexpected(added.error());
        int error = avcodec_parameters_copy((*added)->codecpar, stream->codecpar);
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot copy the stream parameters"), error));
        (*added)->codecpar->codec_tag = 0; // let the MP4 muxer pick the tag for its container
        CopiedStream copied;
        copied.inputIndex = int(i);
        copied.output = *added;
        copied.inputTimeBase = stream->time_base;
        copied.isVideo = isVideo;
        copied.offset = av_rescale_q(range.keyframePts, videoTimeBase, stream->time_base);
        copied.startPts = copied.offset;
        copied.endPts = av_rescale_q(range.endPts, videoTimeBase, stream->time_base);
        streamSlot[int(i)] = int(streams.size());
        streams.append(copied);
    }
    QList<int> copiedIndexes;
    for (const CopiedStream &stream : std::as_const(streams))
        copiedIndexes.append(stream.inputIndex);
    // The moov atom goes into room reserved before the samples, which saves the second pass
    // over the whole file that +faststart makes.
    const qint64 reservedMoov = reserveMoov ? moovBound(input, copiedIndexes, range, videoTimeBase) : 0;
    if (Status header = (*output)->writeHeader(reservedMoov); !header)
        return header;

    int error = av_seek_frame(input, *videoIndex, range.keyframeDts, AVSEEK_FLAG_BACKWARD);
    if (error < 0)
        error = avformat_seek_file(input, *videoIndex, std::numeric_limits<int64_t>::min(), range.keyframeDts,
                                   std::numeric_limits<int64_t>::max(), 0);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot seek in the video"), error));

    // The last video packet in decode order is held back: its duration decides where the
    // demuxers' sample tables end, so it is set once the packet is known to be the last.
    PacketHandle packet = allocatePacket();
    PacketHandle heldVideo = allocatePacket();
    bool holdingVideo = false;
    const auto emitPacket = [&](CopiedStream &stream, AVPacket *out) -> Status {
        if (out->pts == AV_NOPTS_VALUE)
            out->pts = out->dts;
        if (out->dts == AV_NOPTS_VALUE)
            out->dts = out->pts;
        out->pts -= stream.offset;
        out->dts -= stream.offset;
        av_packet_rescale_ts(out, stream.inputTimeBase, stream.output->time_base);
        if (out->dts <= stream.lastDts) { // damaged input: the muxer needs increasing dts
            qCDebug(lcMedia) << "fixing non-increasing dts" << out->dts << "in stream" << stream.inputIndex;
            out->dts = stream.lastDts + 1;
            out->pts = std::max(out->pts, out->dts);
        }
        stream.lastDts = out->dts;
        out->stream_index = stream.output->index;
        out->pos = -1;
        return (*output)->writePacket(out);
    };
    const double span = double(std::max<int64_t>(1, range.endPts - range.keyframePts));
    const int videoSlot = streamSlot.value(*videoIndex);
    qsizetype remaining = streams.size();
    while (remaining > 0) {
        if (control.isCancelled())
            return std::unexpected(JobControl::cancelledError());
        error = av_read_frame(input, packet.get());
        if (error == AVERROR_EOF)
            break;
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot read \"%1\"").arg(inputPath), error));
        const int slot = streamSlot.value(packet->stream_index, -1);
        if (slot < 0 || streams[slot].done) {
            av_packet_unref(packet.get());
            continue;
        }
        CopiedStream &stream = streams[slot];
        if (!keepPacket(stream, packet.get(), range)) {
            if (stream.done)
                --remaining;
            av_packet_unref(packet.get());
            continue;
        }
        if (!stream.isVideo) {
            if (Status written = emitPacket(stream, packet.get()); !written)
                return written;
            continue;
        }
        control.report(double(packet->pts - range.keyframePts) / span);
        if (packet->pts == range.lastFramePts) // the muxer ends the edit list at max(pts + duration)
            packet->duration = range.endPts - range.lastFramePts;
        if (holdingVideo) {
            if (Status written = emitPacket(stream, heldVideo.get()); !written)
                return written;
        }
        av_packet_move_ref(heldVideo.get(), packet.get());
        holdingVideo = true;
    }
    if (holdingVideo) {
        // Sample tables end at the last dts + its duration, counted from the first dts; make
        // that the planned end, measured from the keyframe (whose dts may precede its pts).
        const int64_t reorderShift = range.keyframePts - range.keyframeDts;
        const int64_t lastDts = heldVideo->dts != AV_NOPTS_VALUE ? heldVideo->dts : heldVideo->pts;
        const int64_t duration = range.endPts - reorderShift - lastDts;
        if (duration > 0)
            heldVideo->duration = duration;
        if (Status written = emitPacket(streams[videoSlot], heldVideo.get()); !written)
            return written;
    }
    Status finished = (*output)->finish();
    if (!finished && reservedMoov > 0 && reservedTooLittle)
        *reservedTooLittle = true;
    return finished;
}

} // namespace

Status writeStreamCopy(const QString &inputPath, const QString &outputPath, const StreamCopyRange &range,
                       const JobControl &control)
{
    bool reservedTooLittle = false;
    Status written = writeStreamCopyOnce(inputPath, outputPath, range, control, true, &reservedTooLittle);
    if (!written && reservedTooLittle) {
        qCDebug(lcMedia) << "the reserved moov space was too small; writing" << outputPath << "again with faststart";
        written = writeStreamCopyOnce(inputPath, outputPath, range, control, false, nullptr);
    }
    return written;
}

} // namespace ClipDesk::Media
