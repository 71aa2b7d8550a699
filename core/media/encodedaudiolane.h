#pragma once

#include "avhandles.h"
#include "filterchain.h"
#include "transcodejob.h"

#include <optional>

namespace ClipDesk::Media {

class Mp4Output;

// The part of a transcode for one audio stream: decode, cut to the range to the sample
// (atrim on sample timestamps), run the job's audio filters and encode AAC.
class EncodedAudioLane final
{
    Q_DISABLE_COPY_MOVE(EncodedAudioLane)

public:
    EncodedAudioLane() = default;

    // `videoTimeBase` is the time base of job.range. `audioFilter` may be empty.
    Status open(const AVStream *input, AVRational videoTimeBase, Mp4Output &output, const TranscodeJob &job,
                const QString &audioFilter);

    Status sendPacket(const AVPacket *packet);
    Status finish();

    bool isDone() const { return m_done; }

private:
    Status receiveDecodedFrames();
    Status pullFilteredFrames();
    Status sendToEncoder(AVFrame *frame);

    const AVStream *m_input = nullptr;
    Mp4Output *m_output = nullptr;
    AVStream *m_stream = nullptr;
    CodecContextHandle m_decoder;
    CodecContextHandle m_encoder;
    std::optional<FilterChain> m_filters;
    AVRational m_sampleTimeBase{1, 48'000};
    int64_t m_endSample = 0; // in m_sampleTimeBase; only with a range
    bool m_hasRange = false;
    FrameHandle m_decoded = allocateFrame();
    FrameHandle m_filtered = allocateFrame();
    PacketHandle m_packet = allocatePacket();
    bool m_done = false;
};

} // namespace ClipDesk::Media
