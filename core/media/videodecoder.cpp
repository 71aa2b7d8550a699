#include "videodecoder.h"

#include "averror.h"
#include "mediainput.h"
#include "medialogging.h"
#include "mediatr.h"

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

namespace ClipDesk::Media {

namespace {

// H.264 and HEVC decoders hold at most 16 frames for reordering: after 17 packets presented
// later than a time, no packet presented at or before it can follow.
constexpr int MaxReorderedFrames = 16;
// The packet times kept for skip decisions; dropping the oldest only makes fewer frames skipped.
constexpr std::size_t SeenPtsLimit = 1024;

bool nonReferenceFramesAreUnused(AVCodecID codec)
{
    return codec == AV_CODEC_ID_H264 || codec == AV_CODEC_ID_MPEG1VIDEO || codec == AV_CODEC_ID_MPEG2VIDEO
        || codec == AV_CODEC_ID_MPEG4;
}

} // namespace

Result<std::unique_ptr<VideoDecoder>> VideoDecoder::open(const QString &path, int threadCount)
{
    auto input = openInput(path);
    if (!input)
        return std::unexpected(input.error());
    const auto index = findVideoStream(input->get());
    if (!index)
        return std::unexpected(index.error());
    auto codec = openDecoder((*input)->streams[*index], threadCount);
    if (!codec)
        return std::unexpected(codec.error());
    return std::unique_ptr<VideoDecoder>(new VideoDecoder(std::move(*input), std::move(*codec), *index));
}

VideoDecoder::VideoDecoder(InputFormatHandle input, CodecContextHandle codec, int streamIndex)
    : m_input(std::move(input))
    , m_codec(std::move(codec))
    , m_stream(m_input->streams[streamIndex])
    , m_packet(allocatePacket())
    , m_scratch(allocateFrame())
    , m_geometry(StreamGeometry::of(m_stream))
    , m_nonReferenceIsUnused(nonReferenceFramesAreUnused(m_codec->codec_id))
{
    for (unsigned i = 0; i < m_input->nb_streams; ++i)
        m_input->streams[i]->discard = int(i) == streamIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    if (m_stream->duration != AV_NOPTS_VALUE)
        m_durationUs = toUs(m_stream->duration);
    else if (m_input->duration != AV_NOPTS_VALUE)
        m_durationUs = m_input->duration;
}

VideoDecoder::~VideoDecoder() = default;

double VideoDecoder::position() const
{
    if (!m_input->pb)
        return 0.0;
    const int64_t size = avio_size(m_input->pb);
    return size > 0 ? qBound(0.0, double(avio_tell(m_input->pb)) / double(size), 1.0) : 0.0;
}

qint64 VideoDecoder::toUs(int64_t timestamp) const
{
    return av_rescale_q(timestamp, m_stream->time_base, AV_TIME_BASE_Q);
}

qint64 VideoDecoder::framePtsUs(const AVFrame *frame) const
{
    const int64_t pts = frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
    return pts == AV_NOPTS_VALUE ? 0 : toUs(pts);
}

Result<bool> VideoDecoder::readVideoPacket()
{
    for (;;) {
        av_packet_unref(m_packet.get());
        const int error = av_read_frame(m_input.get(), m_packet.get());
        if (error == AVERROR_EOF)
            return false;
        if (error < 0) {
            // A damaged or truncated tail ends the stream; what came before stays usable.
            qCWarning(lcMedia) << "Reading stopped:" << averrorText(error);
            return false;
        }
        if (m_packet->stream_index != m_stream->index)
            continue;
        if (m_packet->pts != AV_NOPTS_VALUE) {
            if (m_seenPts.size() >= SeenPtsLimit)
                m_seenPts.erase(m_seenPts.begin());
            m_seenPts.insert(m_packet->pts);
        }
        return true;
    }
}

bool VideoDecoder::isSkippable(int64_t pts) const
{
    // A packet presented later but still at or before the time proves this one is not the frame at it.
    if (!m_nonReferenceIsUnused || pts == AV_NOPTS_VALUE || m_skipNonReferenceBeforeUs == std::numeric_limits<qint64>::min())
        return false;
    const auto later = m_seenPts.upper_bound(pts);
    return later != m_seenPts.end() && toUs(*later) <= m_skipNonReferenceBeforeUs;
}

Result<bool> VideoDecoder::nextFrame(AVFrame *frame)
{
    for (;;) {
        int error = avcodec_receive_frame(m_codec.get(), frame);
        if (error == 0)
            return true;
        if (error == AVERROR_EOF)
            return false;
        if (error != AVERROR(EAGAIN))
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the video"), error));
        if (m_drainSent)
            return false;
        if (!m_demuxerAtEnd) {
            const auto read = readVideoPacket();
            if (!read)
                return std::unexpected(read.error());
            m_demuxerAtEnd = !*read;
        }
        if (m_demuxerAtEnd) {
            m_drainSent = true;
            error = avcodec_send_packet(m_codec.get(), nullptr);
        } else {
            m_codec->skip_frame = isSkippable(m_packet->pts) ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
            error = avcodec_send_packet(m_codec.get(), m_packet.get());
        }
        if (error < 0 && error != AVERROR_EOF && error != AVERROR(EAGAIN))
            qCDebug(lcMedia) << "Skipping a packet the decoder refused:" << averrorText(error);
    }
}

Result<bool> VideoDecoder::nextKeyframe(AVFrame *frame, qint64 minimumUs)
{
    for (;;) {
        const auto read = readVideoPacket();
        if (!read)
            return std::unexpected(read.error());
        if (!*read) {
            m_demuxerAtEnd = true;
            return false;
        }
        if (!(m_packet->flags & AV_PKT_FLAG_KEY))
            continue;
        const int64_t pts = m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
        if (pts != AV_NOPTS_VALUE && toUs(pts) < minimumUs)
            continue;
        avcodec_flush_buffers(m_codec.get());
        int error = avcodec_send_packet(m_codec.get(), m_packet.get());
        if (error < 0) {
            qCDebug(lcMedia) << "Skipping a keyframe the decoder refused:" << averrorText(error);
            continue;
        }
        avcodec_send_packet(m_codec.get(), nullptr);
        error = avcodec_receive_frame(m_codec.get(), frame);
        avcodec_flush_buffers(m_codec.get());
        if (error == 0)
            return true;
        if (error != AVERROR_EOF && error != AVERROR(EAGAIN))
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the video"), error));
    }
}

Status VideoDecoder::seek(qint64 us)
{
    const int64_t target = av_rescale_q(us, AV_TIME_BASE_Q, m_stream->time_base);
    int error = av_seek_frame(m_input.get(), m_stream->index, target, AVSEEK_FLAG_BACKWARD);
    if (error < 0) {
        // Before the first keyframe: go back to the very start.
        const int64_t start = m_stream->start_time != AV_NOPTS_VALUE ? m_stream->start_time : 0;
        error = av_seek_frame(m_input.get(), m_stream->index, start, AVSEEK_FLAG_BACKWARD);
        if (error < 0)
            error = av_seek_frame(m_input.get(), -1, 0, AVSEEK_FLAG_BYTE);
    }
    avcodec_flush_buffers(m_codec.get());
    m_codec->skip_frame = AVDISCARD_DEFAULT;
    m_demuxerAtEnd = false;
    m_drainSent = false;
    m_seenPts.clear();
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot seek in the video"), error));
    return {};
}

Result<VideoDecoder::Ready> VideoDecoder::takeReadyFrames(int64_t pts, AVFrame *frame, qint64 &taken)
{
    for (;;) {
        const int error = avcodec_receive_frame(m_codec.get(), m_scratch.get());
        if (error == AVERROR(EAGAIN))
            return Ready::NeedsInput;
        if (error == AVERROR_EOF)
            return Ready::Ended;
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the video"), error));
        ++taken;
        if (pts != AV_NOPTS_VALUE && framePtsUs(m_scratch.get()) == toUs(pts)) {
            av_frame_unref(frame);
            av_frame_move_ref(frame, m_scratch.get());
            return Ready::Found;
        }
        av_frame_unref(m_scratch.get());
    }
}

Status VideoDecoder::sendDecodedNow(const AVPacket *packet, AVDiscard discard, qint64 &taken)
{
    // The decoder reads skip_frame when it decodes a packet, which avcodec_send_packet() does at
    // once only when every frame it had ready has been taken.
    for (;;) {
        const auto ready = takeReadyFrames(AV_NOPTS_VALUE, nullptr, taken);
        if (!ready)
            return std::unexpected(ready.error());
        m_codec->skip_frame = discard;
        const int error = avcodec_send_packet(m_codec.get(), packet);
        if (error != AVERROR(EAGAIN)) {
            if (error < 0)
                qCDebug(lcMedia) << "Skipping a packet the decoder refused:" << averrorText(error);
            return {};
        }
    }
}

Result<VideoDecoder::SingleFrame> VideoDecoder::decodeSingleFrame(qint64 us, AVFrame *frame)
{
    SingleFrame result;
    m_drainSent = true; // from here on the decoder needs a seek()
    const AVDiscard notWanted = m_nonReferenceIsUnused ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
    std::deque<PacketHandle> held; // in decoding order from the packet that may be the frame's
    std::vector<int64_t> times;    // of every packet read
    int64_t wantedPts = AV_NOPTS_VALUE;
    int later = 0;
    while (later <= MaxReorderedFrames) {
        const auto read = readVideoPacket();
        if (!read)
            return std::unexpected(read.error());
        if (!*read) {
            m_demuxerAtEnd = true;
            break;
        }
        const int64_t pts = m_packet->pts;
        if (pts == AV_NOPTS_VALUE || (times.empty() && !(m_packet->flags & AV_PKT_FLAG_KEY)))
            return result;
        if (toUs(pts) > us) {
            if (times.empty()) {
                result.outcome = SingleFrame::Outcome::LandedAfter;
                return result;
            }
            ++later;
        } else if (wantedPts == AV_NOPTS_VALUE || pts > wantedPts) {
            wantedPts = pts;
        }
        times.push_back(pts);
        held.push_back(std::exchange(m_packet, allocatePacket()));
        // Packets presented after the time, or before another one at or before it, are not the
        // frame: the decoder gets them now, without the frames nothing refers to.
        for (; !held.empty() && held.front()->pts != wantedPts; held.pop_front()) {
            if (const Status sent = sendDecodedNow(held.front().get(), notWanted, result.decodedFrames); !sent)
                return std::unexpected(sent.error());
        }
    }
    if (wantedPts == AV_NOPTS_VALUE || held.empty())
        return result;
    if (const Status sent = sendDecodedNow(held.front().get(), AVDISCARD_DEFAULT, result.decodedFrames); !sent)
        return std::unexpected(sent.error());
    if (avcodec_send_packet(m_codec.get(), nullptr) < 0)
        return result;
    const auto taken = takeReadyFrames(wantedPts, frame, result.decodedFrames); // drained: all frames out
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken != Ready::Found)
        return result;
    result.outcome = SingleFrame::Outcome::Decoded;
    const int64_t next = std::ranges::min(times, {}, [&](int64_t pts) {
        return pts > wantedPts ? pts : std::numeric_limits<int64_t>::max();
    });
    if (next > wantedPts)
        result.nextPtsUs = toUs(next);
    else if (!m_demuxerAtEnd)
        result.nextPtsUs = toUs(wantedPts) + 1; // not reached: later packets were read
    return result;
}

} // namespace ClipDesk::Media
