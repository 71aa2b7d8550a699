#pragma once

#include "avhandles.h"
#include "domain/error.h"
#include "streamgeometry.h"

#include <QString>

#include <limits>
#include <set>

namespace ClipDesk::Media {

// The main video stream of one local file, demuxed and decoded frame by frame in presentation
// order; the building block of FrameReader and computeFingerprint(). Other streams are
// discarded by the demuxer. Not thread-safe: use one decoder per thread.
class VideoDecoder final
{
    Q_DISABLE_COPY_MOVE(VideoDecoder)

public:
    // Errors: media_open_failed, media_no_video, media_unsupported, media_decode_failed.
    static Result<std::unique_ptr<VideoDecoder>> open(const QString &path, int threadCount = 0);
    ~VideoDecoder();

    const AVStream *stream() const { return m_stream; }
    const StreamGeometry &geometry() const { return m_geometry; }
    qint64 durationUs() const { return m_durationUs; }
    // Progress through the file, 0..1, from the demuxer's byte position.
    double position() const;

    // The next decoded frame into `frame` (true), or false at the end of the stream. Corrupt
    // packets are skipped; a broken decoder is an error.
    Result<bool> nextFrame(AVFrame *frame);
    // Decodes the next keyframe packet presented at or after `minimumUs` alone (nothing else is
    // decoded) into `frame`: the fast path for keyframe-only work. Leaves the decoder flushed.
    // False at the end of the stream.
    Result<bool> nextKeyframe(AVFrame *frame, qint64 minimumUs = std::numeric_limits<qint64>::min());

    // Repositions the demuxer on the last keyframe at or before `us` (the start of the stream
    // when there is none) and flushes the decoder.
    Status seek(qint64 us);

    // Right after seek(): decodes the frame at `us` (the last one presented at or before it)
    // alone, without the frames after it. Reads packets until no later one can be presented at or
    // before `us`, sends the decoder only the packets up to the frame's own (skipping those
    // nothing refers to; the few packets read past it are held, not sent) and drains it, so
    // neither reordering delay nor frame threads make it decode more. Leaves the decoder drained:
    // seek() before decoding again.
    struct SingleFrame
    {
        enum class Outcome {
            Decoded,     // `frame` holds the frame at `us`
            LandedAfter, // the seek landed after `us`: seek further back
            Unsupported, // no timestamps, no keyframe to start from or no such frame out: decode with nextFrame()
        };
        Outcome outcome = Outcome::Unsupported;
        qint64 nextPtsUs = std::numeric_limits<qint64>::max(); // the next frame's time; max: it is the last
        qint64 decodedFrames = 0;
    };
    Result<SingleFrame> decodeSingleFrame(qint64 us, AVFrame *frame);

    // Microseconds on the file's timeline for a timestamp of this stream / of a decoded frame.
    qint64 toUs(int64_t timestamp) const;
    qint64 framePtsUs(const AVFrame *frame) const;

    // nextFrame() leaves undecoded the frames nothing refers to (most B-frames) that cannot be
    // the frame at `us` because a later packet is presented at or before `us`: the fast way to
    // decode forward to a frame, exactly. Pass INT64_MIN to decode all.
    void skipNonReferenceFramesBefore(qint64 us) { m_skipNonReferenceBeforeUs = us; }

private:
    VideoDecoder(InputFormatHandle input, CodecContextHandle codec, int streamIndex);
    Result<bool> readVideoPacket(); // into m_packet; false at end of file
    bool isSkippable(int64_t pts) const;
    enum class Ready { Found, NeedsInput, Ended };
    // Takes the frames the decoder has ready; the one presented at `pts` goes into `frame`.
    Result<Ready> takeReadyFrames(int64_t pts, AVFrame *frame, qint64 &taken);
    Status sendDecodedNow(const AVPacket *packet, AVDiscard discard, qint64 &taken);

    InputFormatHandle m_input;
    CodecContextHandle m_codec;
    AVStream *m_stream = nullptr;
    PacketHandle m_packet;
    FrameHandle m_scratch;
    StreamGeometry m_geometry;
    qint64 m_durationUs = 0;
    bool m_demuxerAtEnd = false;
    bool m_drainSent = false;
    qint64 m_skipNonReferenceBeforeUs = std::numeric_limits<qint64>::min();
    // The codec's "non-reference" frames are never referenced (H.264 nal_ref_idc 0, MPEG B-frames);
    // HEVC's sub-layer non-reference pictures may be, by higher temporal layers.
    bool m_nonReferenceIsUnused = false;
    std::set<int64_t> m_seenPts; // presentation timestamps of the packets read since the last seek
};

} // namespace ClipDesk::Media
