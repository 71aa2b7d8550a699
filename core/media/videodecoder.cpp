#include "videodecoder.h"

#include "averror.h"
#include "mediainput.h"
#include "medialogging.h"
#include "mediatr.h"

namespace ClipDesk::Media {

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
    , m_geometry(StreamGeometry::of(m_stream))
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

qint64 VideoDecoder::frameDurationUs() const
{
    const AVRational rate = m_stream->avg_frame_rate.num > 0 ? m_stream->avg_frame_rate : m_stream->r_frame_rate;
    return rate.num > 0 && rate.den > 0 ? av_rescale(AV_TIME_BASE, rate.den, rate.num) : 0;
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
        if (m_packet->stream_index == m_stream->index)
            return true;
    }
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
            const int64_t pts = m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
            const bool skippable = pts != AV_NOPTS_VALUE && toUs(pts) < m_skipNonReferenceBeforeUs;
            m_codec->skip_frame = skippable ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
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
    m_demuxerAtEnd = false;
    m_drainSent = false;
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot seek in the video"), error));
    return {};
}

} // namespace ClipDesk::Media
