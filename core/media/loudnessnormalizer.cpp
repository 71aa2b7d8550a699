#include "loudnessnormalizer.h"

#include "averror.h"
#include "filterchain.h"
#include "mediainput.h"
#include "mediatr.h"
#include "transcodejob.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/samplefmt.h>
}

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace ClipDesk::Media {

namespace {

// The codec overshoots the limiter a little when it re-encodes; aim this much lower.
constexpr double CodecHeadroomDb = 0.5;
constexpr double SilenceLufs = -69.0;

// One audio stream on its way through ebur128.
struct MeteredTrack
{
    int streamIndex = -1;
    CodecContextHandle decoder;
    std::optional<FilterChain> meter;
    LoudnessMeasurement measurement;
    double peakRatio = 0.0;
};

double metadataValue(const AVFrame *frame, const char *key, double fallback)
{
    const AVDictionaryEntry *entry = av_dict_get(frame->metadata, key, nullptr, 0);
    return entry ? std::atof(entry->value) : fallback;
}

Status drainMeter(MeteredTrack &track, AVFrame *frame)
{
    for (;;) {
        const int error = track.meter->pull(frame);
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot measure the loudness"), error));
        track.measurement.integratedLufs = metadataValue(frame, "lavfi.r128.I", track.measurement.integratedLufs);
        track.measurement.loudnessRangeLu = metadataValue(frame, "lavfi.r128.LRA", track.measurement.loudnessRangeLu);
        track.peakRatio = std::max(track.peakRatio, metadataValue(frame, "lavfi.r128.true_peak", 0.0));
        av_frame_unref(frame);
    }
}

Status decodeInto(MeteredTrack &track, const AVPacket *packet, AVFrame *decoded, AVFrame *metered)
{
    int error = avcodec_send_packet(track.decoder.get(), packet);
    if (error == AVERROR_INVALIDDATA)
        return {};
    if (error < 0 && error != AVERROR_EOF)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the audio"), error));
    for (;;) {
        error = avcodec_receive_frame(track.decoder.get(), decoded);
        if (error == AVERROR(EAGAIN) || error == AVERROR_EOF)
            return {};
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot decode the audio"), error));
        decoded->pts = AV_NOPTS_VALUE; // ebur128 needs no timing
        if (Status pushed = track.meter->push(decoded); !pushed)
            return pushed;
        if (Status drained = drainMeter(track, metered); !drained)
            return drained;
    }
}

Result<std::unique_ptr<MeteredTrack>> openMeteredTrack(const AVStream *stream)
{
    auto track = std::make_unique<MeteredTrack>();
    track->streamIndex = stream->index;
    Result<CodecContextHandle> decoder = openDecoder(stream);
    if (!decoder)
        return std::unexpected(decoder.error());
    track->decoder = std::move(*decoder);
    AVChannelLayout layout{};
    if (track->decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&layout, std::max(1, track->decoder->ch_layout.nb_channels));
    else
        av_channel_layout_copy(&layout, &track->decoder->ch_layout);
    char layoutName[128] = {};
    av_channel_layout_describe(&layout, layoutName, sizeof layoutName);
    av_channel_layout_uninit(&layout);
    const char *format = av_get_sample_fmt_name(track->decoder->sample_fmt);
    const QString arguments = QStringLiteral("time_base=1/%1:sample_rate=%1:sample_fmt=%2:channel_layout=%3")
                                  .arg(track->decoder->sample_rate)
                                  .arg(QString::fromLatin1(format ? format : "fltp"), QString::fromLatin1(layoutName));
    Result<FilterChain> meter = FilterChain::create(FilterChain::Kind::Audio, arguments, QStringLiteral("ebur128=peak=true:metadata=1"));
    if (!meter)
        return std::unexpected(meter.error());
    track->meter = std::move(*meter);
    return track;
}

QString loudnormFilter(const LoudnessMeasurement &measured, const LoudnessTarget &target)
{
    const double targetRange = std::clamp(std::max(target.loudnessRangeLu, measured.loudnessRangeLu + 1.0), 1.0, 20.0);
    return QStringLiteral("loudnorm=I=%1:TP=%2:LRA=%3:measured_I=%4:measured_TP=%5:measured_LRA=%6:measured_thresh=%7:linear=true")
        .arg(target.integratedLufs, 0, 'f', 2)
        .arg(target.truePeakDbtp - CodecHeadroomDb, 0, 'f', 2)
        .arg(targetRange, 0, 'f', 2)
        .arg(measured.integratedLufs, 0, 'f', 2)
        .arg(std::max(measured.truePeakDbtp, -99.0), 0, 'f', 2)
        .arg(std::clamp(measured.loudnessRangeLu, 0.0, 99.0), 0, 'f', 2)
        .arg(std::clamp(measured.thresholdLufs, -99.0, 0.0), 0, 'f', 2);
}

// True when the main video stream can be copied into an MP4 as it is.
bool videoFitsMp4(const QString &path)
{
    Result<InputFormatHandle> input = openInput(path);
    if (!input)
        return false;
    const Result<int> video = findVideoStream(input->get());
    return video && avformat_query_codec(av_guess_format("mp4", nullptr, nullptr), (*input)->streams[*video]->codecpar->codec_id,
                                         FF_COMPLIANCE_NORMAL) == 1;
}

} // namespace

Result<QList<LoudnessMeasurement>> measureAllTracks(const QString &path, const JobControl &control)
{
    Result<InputFormatHandle> input = openInput(path);
    if (!input)
        return std::unexpected(input.error());
    std::vector<std::unique_ptr<MeteredTrack>> tracks;
    QList<int> slotOfStream(int((*input)->nb_streams), -1);
    for (unsigned i = 0; i < (*input)->nb_streams; ++i) {
        const AVStream *stream = (*input)->streams[i];
        if (stream->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        Result<std::unique_ptr<MeteredTrack>> track = openMeteredTrack(stream);
        if (!track)
            return std::unexpected(track.error());
        slotOfStream[int(i)] = int(tracks.size());
        tracks.push_back(std::move(*track));
        (*input)->streams[i]->discard = AVDISCARD_DEFAULT;
    }
    for (unsigned i = 0; i < (*input)->nb_streams; ++i) {
        if (slotOfStream[int(i)] < 0)
            (*input)->streams[i]->discard = AVDISCARD_ALL; // skip video packets cheaply
    }
    PacketHandle packet = allocatePacket();
    FrameHandle decoded = allocateFrame();
    FrameHandle metered = allocateFrame();
    const int64_t duration = (*input)->duration;
    for (;;) {
        if (control.isCancelled())
            return std::unexpected(JobControl::cancelledError());
        const int error = av_read_frame(input->get(), packet.get());
        if (error == AVERROR_EOF)
            break;
        if (error < 0)
            return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot read \"%1\"").arg(path), error));
        const int slot = slotOfStream.value(packet->stream_index, -1);
        if (slot >= 0) {
            const AVStream *stream = (*input)->streams[packet->stream_index];
            if (duration > 0 && packet->pts != AV_NOPTS_VALUE)
                control.report(double(av_rescale_q(packet->pts, stream->time_base, AVRational{1, AV_TIME_BASE})) / double(duration));
            if (Status decodedOk = decodeInto(*tracks[size_t(slot)], packet.get(), decoded.get(), metered.get()); !decodedOk) {
                av_packet_unref(packet.get());
                return std::unexpected(decodedOk.error());
            }
        }
        av_packet_unref(packet.get());
    }
    QList<LoudnessMeasurement> measurements;
    for (const auto &track : tracks) {
        if (Status flushed = decodeInto(*track, nullptr, decoded.get(), metered.get()); !flushed)
            return std::unexpected(flushed.error());
        if (Status pushed = track->meter->push(nullptr); !pushed)
            return std::unexpected(pushed.error());
        if (Status drained = drainMeter(*track, metered.get()); !drained)
            return std::unexpected(drained.error());
        LoudnessMeasurement measurement = track->measurement;
        measurement.truePeakDbtp = track->peakRatio > 0 ? 20.0 * std::log10(track->peakRatio) : -120.0;
        // ebur128 does not export the relative gate; it is 10 LU under the gated loudness.
        measurement.thresholdLufs = measurement.integratedLufs - 10.0;
        measurements.append(measurement);
    }
    control.report(1.0);
    return measurements;
}

Result<LoudnessMeasurement> measureLoudness(const QString &path, const JobControl &control)
{
    Result<QList<LoudnessMeasurement>> tracks = measureAllTracks(path, control);
    if (!tracks)
        return std::unexpected(tracks.error());
    if (tracks->isEmpty())
        return failure(QStringLiteral("media_no_audio"), Tr::tr("The file has no audio track."));
    return tracks->first();
}

Result<QList<LoudnessMeasurement>> normalizeLoudness(const LoudnessNormalizeRequest &request, const JobControl &control)
{
    // Pass 1 is about a third of the work.
    const JobControl measuring{[&](double fraction) { control.report(fraction / 3.0); }, control.cancelRequested};
    Result<QList<LoudnessMeasurement>> measured = measureAllTracks(request.inputPath, measuring);
    if (!measured)
        return std::unexpected(measured.error());
    if (measured->isEmpty())
        return failure(QStringLiteral("media_no_audio"), Tr::tr("The file has no audio track."));

    TranscodeJob job;
    job.inputPath = request.inputPath;
    job.outputPath = request.outputPath;
    job.video = videoFitsMp4(request.inputPath) ? StreamTreatment::Copy : StreamTreatment::Encode;
    job.audio = StreamTreatment::Encode;
    job.encoding = request.encoding;
    for (const LoudnessMeasurement &track : std::as_const(*measured))
        job.audioFilters.append(track.integratedLufs > SilenceLufs ? loudnormFilter(track, request.target) : QString());
    const JobControl encoding{[&](double fraction) { control.report(1.0 / 3.0 + fraction * 2.0 / 3.0); }, control.cancelRequested};
    if (Status written = runTranscode(job, encoding); !written)
        return std::unexpected(written.error());
    return *measured;
}

} // namespace ClipDesk::Media
