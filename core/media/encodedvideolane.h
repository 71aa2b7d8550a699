#pragma once

#include "avhandles.h"
#include "filterchain.h"
#include "transcodejob.h"

#include <map>
#include <optional>

namespace ClipDesk::Media {

class Mp4Output;

// The video part of a transcode: decode, keep the frames of the range, filter, encode H.264
// (libx264) and write to the output. Packet durations come from the frames' own timing, so
// variable frame rates survive and the last frame lasts until the end of the range.
class EncodedVideoLane final
{
    Q_DISABLE_COPY_MOVE(EncodedVideoLane)

public:
    EncodedVideoLane() = default;

    // Sets up decoder, filters and encoder, and adds the output stream (before the header).
    Status open(const AVStream *input, Mp4Output &output, const TranscodeJob &job);

    Status sendPacket(const AVPacket *packet);
    // Drains decoder, filters and encoder at the end of the input or of the range.
    Status finish();

    bool isDone() const { return m_done; }
    int64_t positionUs() const { return m_positionUs; } // of the last frame, from the range start

private:
    Status receiveDecodedFrames();
    Status pullFilteredFrames();
    Status encodePending(int64_t nextPts);
    Status sendToEncoder(AVFrame *frame);

    const AVStream *m_input = nullptr;
    Mp4Output *m_output = nullptr;
    AVStream *m_stream = nullptr;
    CodecContextHandle m_decoder;
    CodecContextHandle m_encoder;
    std::optional<FilterChain> m_filters;
    std::optional<TranscodeRange> m_range;
    FrameHandle m_decoded = allocateFrame();
    FrameHandle m_filtered = allocateFrame();
    FrameHandle m_pending = allocateFrame();
    PacketHandle m_packet = allocatePacket();
    bool m_hasPending = false;
    std::map<int64_t, int64_t> m_durations; // encoder pts -> duration, both in encoder time base
    int64_t m_lastDuration = 0;
    int64_t m_rangeEndInEncoderBase = 0;
    bool m_done = false;
    int64_t m_positionUs = 0;
};

} // namespace ClipDesk::Media
