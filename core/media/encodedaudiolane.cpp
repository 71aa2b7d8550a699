#include "encodedaudiolane.h"

#include "averror.h"
#include "mediainput.h"
#include "medialogging.h"
#include "mediatr.h"
#include "mp4output.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
}

#include <QStringList>

#include <algorithm>

namespace ClipDesk::Media {

namespace {

Error encodeError(const QString &context, int averror)
{
    return mediaError(MediaErrorCode::EncodeFailed, context, averror);
}

// AAC supports only the MPEG-4 sampling rates; anything else is resampled to 48 kHz.
int aacSampleRate(int rate)
{
    static constexpr int supported[] = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000};
    for (const int candidate : supported) {
        if (candidate == rate)
            return rate;
    }
    return 48'000;
}

QString describeLayout(const AVChannelLayout &layout)
{
    char text[128] = {};
    av_channel_layout_describe(&layout, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

Status EncodedAudioLane::open(const AVStream *input, AVRational videoTimeBase, Mp4Output &output, const TranscodeJob &job,
                              const QString &audioFilter)
{
    m_input = input;
    m_output = &output;
    Result<CodecContextHandle> decoder = openDecoder(input);
    if (!decoder)
        return std::unexpected(decoder.error());
    m_decoder = std::move(*decoder);
    const int inputRate = m_decoder->sample_rate;
    if (inputRate <= 0)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("The audio has no sample rate."));
    m_sampleTimeBase = AVRational{1, inputRate};
    AVChannelLayout layout{};
    if (m_decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || m_decoder->ch_layout.nb_channels <= 0)
        av_channel_layout_default(&layout, std::max(1, m_decoder->ch_layout.nb_channels));
    else
        av_channel_layout_copy(&layout, &m_decoder->ch_layout);
    const QString layoutName = describeLayout(layout);
    av_channel_layout_uninit(&layout);
    const char *sampleFormat = av_get_sample_fmt_name(m_decoder->sample_fmt);
    const QString sourceArguments = QStringLiteral("time_base=1/%1:sample_rate=%1:sample_fmt=%2:channel_layout=%3")
                                        .arg(inputRate).arg(QString::fromLatin1(sampleFormat ? sampleFormat : "fltp"), layoutName);

    const int outputRate = aacSampleRate(inputRate);
    QStringList filters;
    if (job.range) {
        m_hasRange = true;
        const int64_t startSample = av_rescale_q(job.range->startPts, videoTimeBase, m_sampleTimeBase);
        m_endSample = av_rescale_q(job.range->endPts, videoTimeBase, m_sampleTimeBase);
        filters << QStringLiteral("atrim=start_pts=%1:end_pts=%2").arg(startSample).arg(m_endSample)
                << QStringLiteral("asetpts=PTS-%1").arg(startSample);
    }
    filters << audioFilter
            << QStringLiteral("aformat=sample_fmts=fltp:sample_rates=%1:channel_layouts=%2").arg(outputRate).arg(layoutName);
    filters.removeAll(QString());
    Result<FilterChain> chain = FilterChain::create(FilterChain::Kind::Audio, sourceArguments, filters.join(u','));
    if (!chain)
        return std::unexpected(chain.error());
    m_filters = std::move(*chain);

    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("The AAC encoder is not available."));
    m_encoder.reset(avcodec_alloc_context3(codec));
    if (!m_encoder)
        return failure(QString::fromLatin1(MediaErrorCode::EncodeFailed), Tr::tr("Out of memory."));
    m_encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    m_encoder->sample_rate = outputRate;
    int error = av_buffersink_get_ch_layout(m_filters->sink(), &m_encoder->ch_layout);
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the AAC encoder"), error));
    m_encoder->time_base = AVRational{1, outputRate};
    m_encoder->bit_rate = job.encoding.audioBitRate;
    if (output.context()->oformat->flags & AVFMT_GLOBALHEADER)
        m_encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    error = avcodec_open2(m_encoder.get(), codec, nullptr);
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the AAC encoder"), error));
    av_buffersink_set_frame_size(m_filters->sink(), unsigned(m_encoder->frame_size));

    Result<AVStream *> stream = output.addStream(input, true);
    if (!stream)
        return std::unexpected(stream.error());
    m_stream = *stream;
    m_stream->time_base = m_encoder->time_base;
    error = avcodec_parameters_from_context(m_stream->codecpar, m_encoder.get());
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the AAC encoder"), error));
    return {};
}

Status EncodedAudioLane::sendPacket(const AVPacket *packet)
{
    if (m_done)
        return {};
    const int error = avcodec_send_packet(m_decoder.get(), packet);
    if (error == AVERROR_INVALIDDATA) {
        qCWarning(lcMedia) << "skipping a damaged audio packet";
        return {};
    }
    if (error < 0 && error != AVERROR_EOF)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the audio"), error));
    return receiveDecodedFrames();
}

Status EncodedAudioLane::receiveDecodedFrames()
{
    while (!m_done) {
        const int error = avcodec_receive_frame(m_decoder.get(), m_decoded.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the audio"), error));
        const int64_t pts = m_decoded->best_effort_timestamp != AV_NOPTS_VALUE ? m_decoded->best_effort_timestamp : m_decoded->pts;
        if (pts == AV_NOPTS_VALUE) {
            av_frame_unref(m_decoded.get());
            continue;
        }
        m_decoded->pts = av_rescale_q(pts, m_input->time_base, m_sampleTimeBase);
        if (m_hasRange && m_decoded->pts >= m_endSample) {
            av_frame_unref(m_decoded.get());
            m_done = true;
            return {};
        }
        if (Status pushed = m_filters->push(m_decoded.get()); !pushed)
            return pushed;
        if (Status pulled = pullFilteredFrames(); !pulled)
            return pulled;
    }
    return {};
}

Status EncodedAudioLane::pullFilteredFrames()
{
    for (;;) {
        const int error = m_filters->pull(m_filtered.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(encodeError(Tr::tr("Cannot filter the audio"), error));
        if (m_filtered->pts != AV_NOPTS_VALUE)
            m_filtered->pts = av_rescale_q(m_filtered->pts, av_buffersink_get_time_base(m_filters->sink()), m_encoder->time_base);
        if (Status encoded = sendToEncoder(m_filtered.get()); !encoded)
            return encoded;
    }
}

Status EncodedAudioLane::sendToEncoder(AVFrame *frame)
{
    int error = avcodec_send_frame(m_encoder.get(), frame);
    if (frame)
        av_frame_unref(frame);
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot encode the audio"), error));
    for (;;) {
        error = avcodec_receive_packet(m_encoder.get(), m_packet.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(encodeError(Tr::tr("Cannot encode the audio"), error));
        av_packet_rescale_ts(m_packet.get(), m_encoder->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        if (Status written = m_output->writePacket(m_packet.get()); !written)
            return written;
    }
}

Status EncodedAudioLane::finish()
{
    if (!m_done) {
        const int error = avcodec_send_packet(m_decoder.get(), nullptr);
        if (error < 0 && error != AVERROR_EOF)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the audio"), error));
        if (Status received = receiveDecodedFrames(); !received)
            return received;
        m_done = true;
    }
    if (Status pushed = m_filters->push(nullptr); !pushed)
        return pushed;
    if (Status pulled = pullFilteredFrames(); !pulled)
        return pulled;
    return sendToEncoder(nullptr);
}

} // namespace ClipDesk::Media
