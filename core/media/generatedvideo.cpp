#include "generatedvideo.h"

#include "averror.h"
#include "filterchain.h"
#include "mediatr.h"
#include "mp4output.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavutil/channel_layout.h>
}

#include <QFile>

#include <algorithm>
#include <optional>

namespace ClipDesk::Media {

namespace {

constexpr int AudioSampleRate = 48'000;

Error encodeError(const QString &context, int averror)
{
    return mediaError(MediaErrorCode::EncodeFailed, context, averror);
}

// One generated stream: its source graph, its encoder and its output stream.
struct Lane
{
    std::optional<FilterChain> filters;
    CodecContextHandle encoder;
    AVStream *stream = nullptr;
    FrameHandle frame = allocateFrame();
    PacketHandle packet = allocatePacket();
    double positionSeconds = 0; // of the last frame encoded
    bool done = false;

    Status drain(Mp4Output &output)
    {
        for (;;) {
            const int error = avcodec_receive_packet(encoder.get(), packet.get());
            if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
                return {};
            if (error < 0)
                return std::unexpected(encodeError(Tr::tr("Cannot encode the generated media"), error));
            av_packet_rescale_ts(packet.get(), encoder->time_base, stream->time_base);
            packet->stream_index = stream->index;
            if (auto written = output.writePacket(packet.get()); !written)
                return written;
        }
    }

    // Encodes the next frame of the graph, or flushes the encoder at its end.
    Status step(Mp4Output &output)
    {
        const int pulled = filters->pull(frame.get());
        if (pulled == AVERROR_EOF) {
            done = true;
            const int error = avcodec_send_frame(encoder.get(), nullptr);
            if (error < 0 && error != AVERROR_EOF)
                return std::unexpected(encodeError(Tr::tr("Cannot encode the generated media"), error));
            return drain(output);
        }
        if (pulled < 0) // a generator never waits for input: EAGAIN is a broken graph too
            return std::unexpected(encodeError(Tr::tr("Cannot generate the media"), pulled));
        frame->pict_type = AV_PICTURE_TYPE_NONE;
        positionSeconds = double(frame->pts) * av_q2d(encoder->time_base);
        const int error = avcodec_send_frame(encoder.get(), frame.get());
        av_frame_unref(frame.get());
        if (error < 0)
            return std::unexpected(encodeError(Tr::tr("Cannot encode the generated media"), error));
        return drain(output);
    }
};

// The lane's source graph (`graph`, cut to the spec's duration) and its encoder, not opened yet.
Status prepare(Lane &lane, FilterChain::Kind kind, const QString &graph, const GeneratedVideoSpec &spec, const char *encoderName)
{
    const QString seconds = QString::number(double(spec.durationUs) / 1e6, 'f', 6);
    const bool video = kind == FilterChain::Kind::Video;
    auto filters = FilterChain::createGenerator(kind, video ? QStringLiteral("%1,trim=duration=%2,format=yuv420p").arg(graph, seconds)
                                                            : QStringLiteral("%1,atrim=duration=%2,aformat=sample_fmts=fltp:"
                                                                             "sample_rates=%3:channel_layouts=stereo")
                                                                  .arg(graph, seconds).arg(AudioSampleRate));
    if (!filters)
        return std::unexpected(filters.error());
    lane.filters = std::move(*filters);
    const AVCodec *codec = avcodec_find_encoder_by_name(encoderName);
    if (!codec)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported),
                       Tr::tr("The encoder %1 is not available.").arg(QString::fromLatin1(encoderName)));
    lane.encoder.reset(avcodec_alloc_context3(codec));
    if (!lane.encoder)
        return failure(QString::fromLatin1(MediaErrorCode::EncodeFailed), Tr::tr("Out of memory."));
    return {};
}

Status openStream(Lane &lane, Mp4Output &output, AVDictionary **options)
{
    if (output.context()->oformat->flags & AVFMT_GLOBALHEADER)
        lane.encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int error = avcodec_open2(lane.encoder.get(), lane.encoder->codec, options);
    av_dict_free(options);
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the encoder"), error));
    auto stream = output.addStream(nullptr, false);
    if (!stream)
        return std::unexpected(stream.error());
    lane.stream = *stream;
    lane.stream->time_base = lane.encoder->time_base;
    error = avcodec_parameters_from_context(lane.stream->codecpar, lane.encoder.get());
    if (error < 0)
        return std::unexpected(encodeError(Tr::tr("Cannot open the encoder"), error));
    return {};
}

Status openVideo(Lane &lane, Mp4Output &output, const GeneratedVideoSpec &spec)
{
    if (auto prepared = prepare(lane, FilterChain::Kind::Video, spec.videoSource, spec, "libx264"); !prepared)
        return prepared;
    const AVFilterContext *sink = lane.filters->sink();
    AVRational frameRate = av_buffersink_get_frame_rate(sink);
    if (frameRate.num <= 0 || frameRate.den <= 0)
        frameRate = AVRational{25, 1};
    lane.encoder->width = av_buffersink_get_w(sink);
    lane.encoder->height = av_buffersink_get_h(sink);
    lane.encoder->pix_fmt = AVPixelFormat(av_buffersink_get_format(sink));
    lane.encoder->sample_aspect_ratio = AVRational{1, 1};
    lane.encoder->time_base = av_buffersink_get_time_base(sink);
    lane.encoder->framerate = frameRate;
    lane.encoder->gop_size = std::max(1, int(2 * av_q2d(frameRate) + 0.5)); // a keyframe every 2 s
    lane.encoder->thread_count = std::max(0, spec.encoderThreads);
    AVDictionary *options = nullptr;
    av_dict_set(&options, "preset", spec.encoding.preset.toUtf8().constData(), 0);
    av_dict_set_int(&options, "crf", spec.encoding.constantRateFactor, 0);
    if (auto opened = openStream(lane, output, &options); !opened)
        return opened;
    lane.stream->avg_frame_rate = frameRate;
    return {};
}

Status openAudio(Lane &lane, Mp4Output &output, const GeneratedVideoSpec &spec)
{
    if (auto prepared = prepare(lane, FilterChain::Kind::Audio, spec.audioSource, spec, "aac"); !prepared)
        return prepared;
    lane.encoder->sample_rate = AudioSampleRate;
    lane.encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_default(&lane.encoder->ch_layout, 2);
    lane.encoder->bit_rate = spec.encoding.audioBitRate;
    lane.encoder->time_base = AVRational{1, AudioSampleRate};
    AVDictionary *options = nullptr;
    if (auto opened = openStream(lane, output, &options); !opened)
        return opened;
    if (lane.encoder->frame_size > 0)
        av_buffersink_set_frame_size(lane.filters->sink(), unsigned(lane.encoder->frame_size));
    return {};
}

Status write(const QString &path, const GeneratedVideoSpec &spec, const JobControl &control)
{
    auto output = Mp4Output::create(path, nullptr);
    if (!output)
        return std::unexpected(output.error());
    Lane video;
    Lane audio;
    if (auto opened = openVideo(video, **output, spec); !opened)
        return opened;
    audio.done = spec.audioSource.isEmpty();
    if (!audio.done) {
        if (auto opened = openAudio(audio, **output, spec); !opened)
            return opened;
    }
    if (auto started = (*output)->writeHeader(); !started)
        return started;
    const double seconds = std::max(1e-6, double(spec.durationUs) / 1e6);
    while (!video.done || !audio.done) {
        if (control.isCancelled())
            return std::unexpected(JobControl::cancelledError());
        // The stream that is behind goes next, so the muxer interleaves without buffering much.
        Lane &next = audio.done || (!video.done && video.positionSeconds <= audio.positionSeconds) ? video : audio;
        if (auto stepped = next.step(**output); !stepped)
            return stepped;
        control.report(std::clamp(std::min(video.done ? seconds : video.positionSeconds,
                                           audio.done ? seconds : audio.positionSeconds) / seconds, 0.0, 1.0));
    }
    return (*output)->finish();
}

} // namespace

Status writeGeneratedVideo(const QString &path, const GeneratedVideoSpec &spec, const JobControl &control)
{
    if (spec.videoSource.isEmpty() || spec.durationUs <= 0)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("Nothing to generate."));
    Status written = write(path, spec, control);
    if (!written)
        QFile::remove(path); // no half file is left behind
    return written;
}

} // namespace ClipDesk::Media
