#include "encodedvideolane.h"

#include "averror.h"
#include "displayrotation.h"
#include "mediainput.h"
#include "medialogging.h"
#include "mediatr.h"
#include "mp4output.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <QStringList>

#include <algorithm>

namespace ClipDesk::Media {

namespace {

Error encodeError(const QString &context, int averror)
{
    return mediaError(MediaErrorCode::EncodeFailed, context, averror);
}

} // namespace

Status EncodedVideoLane::open(const AVStream *input, Mp4Output &output, const TranscodeJob &job)
{
    m_input = input;
    m_output = &output;
    m_range = job.range;
    Result<CodecContextHandle> decoder = openDecoder(input);
    if (!decoder)
        return std::unexpected(decoder.error());
    m_decoder = std::move(*decoder);

    const AVCodecParameters *parameters = input->codecpar;
    const AVRational aspect = parameters->sample_aspect_ratio.num > 0 ? parameters->sample_aspect_ratio : AVRational{1, 1};
    const QString sourceArguments = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=%6/%7")
                                        .arg(parameters->width).arg(parameters->height).arg(parameters->format)
                                        .arg(input->time_base.num).arg(input->time_base.den).arg(aspect.num).arg(aspect.den);
    QStringList filters;
    if (job.uprightVideo)
        filters << uprightFilter(clockwiseRotation(input));
    filters << job.videoFilter << QStringLiteral("format=yuv420p");
    filters.removeAll(QString());
    Result<FilterChain> chain = FilterChain::create(FilterChain::Kind::Video, sourceArguments, filters.join(u','));
    if (!chain)
        return std::unexpected(chain.error());
    m_filters = std::move(*chain);

    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("The H.264 encoder (libx264) is not available."));
    m_encoder.reset(avcodec_alloc_context3(codec));
    if (!m_encoder)
        return failure(QString::fromLatin1(MediaErrorCode::EncodeFailed), Tr::tr("Out of memory."));
    const AVFilterContext *sink = m_filters->sink();
    AVRational frameRate = av_buffersink_get_frame_rate(sink);
    if (frameRate.num <= 0 || frameRate.den <= 0)
        frameRate = input->avg_frame_rate.num > 0 ? input->avg_frame_rate : AVRational{30, 1};
    m_encoder->width = av_buffersink_get_w(sink);
    m_encoder->height = av_buffersink_get_h(sink);
    m_encoder->pix_fmt = AVPixelFormat(av_buffersink_get_format(sink));
    m_encoder->sample_aspect_ratio = av_buffersink_get_sample_aspect_ratio(sink);
    m_encoder->time_base = av_buffersink_get_time_base(sink);
    m_encoder->framerate = frameRate;
    m_encoder->gop_size = std::max(1, int(2 * av_q2d(frameRate) + 0.5)); // a keyframe every 2 s
    m_encoder->color_range = m_decoder->color_range;
    m_encoder->color_primaries = m_decoder->color_primaries;
    m_encoder->color_trc = m_decoder->color_trc;
    m_encoder->colorspace = m_decoder->colorspace;
    if (job.encoding.maxVideoBitRate > 0) {
        m_encoder->rc_max_rate = job.encoding.maxVideoBitRate;
        m_encoder->rc_buffer_size = int(std::min<qint64>(job.encoding.maxVideoBitRate * 2, INT_MAX));
    }
    if (output.context()->oformat->flags & AVFMT_GLOBALHEADER)
        m_encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    av_dict_set(&options, "preset", job.encoding.preset.toUtf8().constData(), 0);
    av_dict_set_int(&options, "crf", job.encoding.constantRateFactor, 0);
    int error = avcodec_open2(m_encoder.get(), codec, &options);
    av_dict_free(&options);
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the H.264 encoder"), error));

    Result<AVStream *> stream = output.addStream(input, !job.uprightVideo);
    if (!stream)
        return std::unexpected(stream.error());
    m_stream = *stream;
    m_stream->time_base = m_encoder->time_base;
    m_stream->avg_frame_rate = frameRate;
    error = avcodec_parameters_from_context(m_stream->codecpar, m_encoder.get());
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the H.264 encoder"), error));
    if (m_range) {
        m_rangeEndInEncoderBase = av_rescale_q(m_range->endPts - m_range->startPts, input->time_base, m_encoder->time_base);
    }
    m_lastDuration = std::max<int64_t>(1, av_rescale_q(1, av_inv_q(frameRate), m_encoder->time_base));
    return {};
}

Status EncodedVideoLane::sendPacket(const AVPacket *packet)
{
    if (m_done)
        return {};
    const int error = avcodec_send_packet(m_decoder.get(), packet);
    if (error == AVERROR_INVALIDDATA) { // a damaged packet: skip it as players do
        qCWarning(lcMedia) << "skipping a damaged video packet";
        return {};
    }
    if (error < 0 && error != AVERROR_EOF)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the video"), error));
    return receiveDecodedFrames();
}

Status EncodedVideoLane::receiveDecodedFrames()
{
    while (!m_done) {
        const int error = avcodec_receive_frame(m_decoder.get(), m_decoded.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the video"), error));
        int64_t pts = m_decoded->best_effort_timestamp;
        if (pts == AV_NOPTS_VALUE)
            pts = m_decoded->pts;
        if (m_range) {
            if (pts == AV_NOPTS_VALUE || pts < m_range->startPts) {
                av_frame_unref(m_decoded.get());
                continue;
            }
            if (pts >= m_range->endPts) {
                av_frame_unref(m_decoded.get());
                m_done = true;
                return {};
            }
            pts -= m_range->startPts;
        }
        m_decoded->pts = pts;
        m_decoded->pict_type = AV_PICTURE_TYPE_NONE; // let the encoder place its own keyframes
        m_positionUs = av_rescale_q(pts, m_input->time_base, AVRational{1, 1'000'000});
        if (Status pushed = m_filters->push(m_decoded.get()); !pushed)
            return pushed;
        if (Status pulled = pullFilteredFrames(); !pulled)
            return pulled;
    }
    return {};
}

Status EncodedVideoLane::pullFilteredFrames()
{
    for (;;) {
        const int error = m_filters->pull(m_filtered.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(encodeError(Tr::tr("Cannot filter the video"), error));
        if (m_hasPending) {
            if (Status encoded = encodePending(m_filtered->pts); !encoded)
                return encoded;
        }
        av_frame_move_ref(m_pending.get(), m_filtered.get());
        m_hasPending = true;
    }
}

// Sends the held-back frame, now that the next one says how long it is shown.
Status EncodedVideoLane::encodePending(int64_t nextPts)
{
    const int64_t duration = nextPts - m_pending->pts;
    if (duration > 0)
        m_lastDuration = duration;
    m_durations[m_pending->pts] = std::max<int64_t>(1, duration);
    m_hasPending = false;
    return sendToEncoder(m_pending.get());
}

Status EncodedVideoLane::sendToEncoder(AVFrame *frame)
{
    int error = avcodec_send_frame(m_encoder.get(), frame);
    if (frame)
        av_frame_unref(frame);
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot encode the video"), error));
    for (;;) {
        error = avcodec_receive_packet(m_encoder.get(), m_packet.get());
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(encodeError(Tr::tr("Cannot encode the video"), error));
        if (const auto found = m_durations.find(m_packet->pts); found != m_durations.end()) {
            m_packet->duration = found->second;
            m_durations.erase(found);
        }
        av_packet_rescale_ts(m_packet.get(), m_encoder->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        if (Status written = m_output->writePacket(m_packet.get()); !written)
            return written;
    }
}

Status EncodedVideoLane::finish()
{
    if (!m_done) {
        const int error = avcodec_send_packet(m_decoder.get(), nullptr);
        if (error < 0 && error != AVERROR_EOF)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the video"), error));
        if (Status received = receiveDecodedFrames(); !received)
            return received;
        m_done = true;
    }
    if (Status pushed = m_filters->push(nullptr); !pushed)
        return pushed;
    if (Status pulled = pullFilteredFrames(); !pulled)
        return pulled;
    if (m_hasPending) {
        // The last frame lasts until the end of the range, or as long as the one before it.
        const int64_t end = m_range ? std::max(m_rangeEndInEncoderBase, m_pending->pts + 1) : m_pending->pts + m_lastDuration;
        if (Status encoded = encodePending(end); !encoded)
            return encoded;
    }
    return sendToEncoder(nullptr);
}

} // namespace ClipDesk::Media
