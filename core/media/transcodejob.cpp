#include "transcodejob.h"

#include "averror.h"
#include "encodedaudiolane.h"
#include "encodedvideolane.h"
#include "mediainput.h"
#include "mediatr.h"
#include "mp4output.h"
#include "partialoutputfile.h"

#include <QList>

#include <limits>
#include <memory>

namespace ClipDesk::Media {

namespace {

// A stream copied as it is (no range): timestamps only change time base.
struct CopiedStream
{
    const AVStream *input = nullptr;
    AVStream *output = nullptr;
};

// Where each input stream's packets go.
struct Route
{
    EncodedVideoLane *video = nullptr;
    EncodedAudioLane *audio = nullptr;
    CopiedStream *copy = nullptr;
};

class TranscodeRun final
{
    Q_DISABLE_COPY_MOVE(TranscodeRun)

public:
    TranscodeRun(const TranscodeJob &job, const JobControl &control)
        : m_job(job)
        , m_control(control)
    {
    }

    Status run(const QString &outputPath)
    {
        Result<InputFormatHandle> input = openInput(m_job.inputPath);
        if (!input)
            return std::unexpected(input.error());
        m_input = std::move(*input);
        const Result<int> videoIndex = findVideoStream(m_input.get());
        if (!videoIndex)
            return std::unexpected(videoIndex.error());
        if (m_job.range && (m_job.video == StreamTreatment::Copy || m_job.audio == StreamTreatment::Copy))
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("A cut must re-encode every stream."));
        Result<std::unique_ptr<Mp4Output>> output = Mp4Output::create(outputPath, m_input.get());
        if (!output)
            return std::unexpected(output.error());
        m_output = std::move(*output);
        if (Status opened = openStreams(*videoIndex); !opened)
            return opened;
        if (Status header = m_output->writeHeader(); !header)
            return header;
        if (m_job.range) {
            const int error = av_seek_frame(m_input.get(), *videoIndex, m_job.range->seekDts, AVSEEK_FLAG_BACKWARD);
            if (error < 0)
                return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot seek in the video"), error));
        }
        if (Status copied = pump(*videoIndex); !copied)
            return copied;
        for (const auto &lane : m_videoLanes) {
            if (Status finished = lane->finish(); !finished)
                return finished;
        }
        for (const auto &lane : m_audioLanes) {
            if (Status finished = lane->finish(); !finished)
                return finished;
        }
        return m_output->finish();
    }

private:
    Status openStreams(int videoIndex)
    {
        const AVRational videoTimeBase = m_input->streams[videoIndex]->time_base;
        m_routes.resize(int(m_input->nb_streams));
        int audioOrdinal = 0;
        for (unsigned i = 0; i < m_input->nb_streams; ++i) {
            const AVStream *stream = m_input->streams[i];
            const bool isVideo = int(i) == videoIndex;
            const bool isAudio = stream->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
            if (!isVideo && !isAudio)
                continue;
            const StreamTreatment treatment = isVideo ? m_job.video : m_job.audio;
            if (treatment == StreamTreatment::Copy) {
                Result<AVStream *> added = m_output->addStream(stream, true);
                if (!added)
                    return std::unexpected(added.error());
                const int error = avcodec_parameters_copy((*added)->codecpar, stream->codecpar);
                if (error < 0)
                    return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot copy the stream parameters"), error));
                (*added)->codecpar->codec_tag = 0;
                m_copies.push_back(std::make_unique<CopiedStream>(CopiedStream{stream, *added}));
                m_routes[int(i)].copy = m_copies.back().get();
            } else if (isVideo) {
                auto lane = std::make_unique<EncodedVideoLane>();
                if (Status opened = lane->open(stream, *m_output, m_job); !opened)
                    return opened;
                m_routes[int(i)].video = lane.get();
                m_videoLanes.push_back(std::move(lane));
            } else {
                auto lane = std::make_unique<EncodedAudioLane>();
                const QString filter = m_job.audioFilters.value(audioOrdinal);
                if (Status opened = lane->open(stream, videoTimeBase, *m_output, m_job, filter); !opened)
                    return opened;
                m_routes[int(i)].audio = lane.get();
                m_audioLanes.push_back(std::move(lane));
            }
            if (isAudio)
                ++audioOrdinal;
        }
        return {};
    }

    bool allLanesDone() const
    {
        if (!m_copies.empty())
            return false;
        for (const auto &lane : m_videoLanes) {
            if (!lane->isDone())
                return false;
        }
        for (const auto &lane : m_audioLanes) {
            if (!lane->isDone())
                return false;
        }
        return true;
    }

    Status pump(int videoIndex)
    {
        const AVStream *video = m_input->streams[videoIndex];
        const int64_t totalUs = m_job.range ? av_rescale_q(m_job.range->endPts - m_job.range->startPts, video->time_base, AVRational{1, 1'000'000})
                                            : m_input->duration;
        const int64_t startPts = m_job.range ? m_job.range->startPts : (video->start_time != AV_NOPTS_VALUE ? video->start_time : 0);
        PacketHandle packet = allocatePacket();
        while (!allLanesDone()) {
            if (m_control.isCancelled())
                return std::unexpected(JobControl::cancelledError());
            const int error = av_read_frame(m_input.get(), packet.get());
            if (error == AVERROR_EOF)
                return {};
            if (error < 0)
                return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot read \"%1\"").arg(m_job.inputPath), error));
            const Route route = m_routes.value(packet->stream_index);
            if (packet->stream_index == videoIndex && packet->pts != AV_NOPTS_VALUE && totalUs > 0)
                m_control.report(double(av_rescale_q(packet->pts - startPts, video->time_base, AVRational{1, 1'000'000})) / double(totalUs));
            Status handled;
            if (route.video)
                handled = route.video->sendPacket(packet.get());
            else if (route.audio)
                handled = route.audio->sendPacket(packet.get());
            else if (route.copy)
                handled = writeCopy(*route.copy, packet.get());
            av_packet_unref(packet.get());
            if (!handled)
                return handled;
        }
        return {};
    }

    Status writeCopy(const CopiedStream &stream, AVPacket *packet)
    {
        av_packet_rescale_ts(packet, stream.input->time_base, stream.output->time_base);
        packet->stream_index = stream.output->index;
        packet->pos = -1;
        return m_output->writePacket(packet);
    }

    const TranscodeJob &m_job;
    const JobControl &m_control;
    InputFormatHandle m_input;
    std::unique_ptr<Mp4Output> m_output;
    std::vector<std::unique_ptr<EncodedVideoLane>> m_videoLanes;
    std::vector<std::unique_ptr<EncodedAudioLane>> m_audioLanes;
    std::vector<std::unique_ptr<CopiedStream>> m_copies;
    QList<Route> m_routes;
};

} // namespace

Status runTranscode(const TranscodeJob &job, const JobControl &control)
{
    PartialOutputFile file(job.outputPath);
    {
        TranscodeRun run(job, control);
        if (Status written = run.run(file.temporaryPath()); !written)
            return written;
    }
    if (Status committed = file.commit(); !committed)
        return committed;
    control.report(1.0);
    return {};
}

} // namespace ClipDesk::Media
