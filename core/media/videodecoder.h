#pragma once

#include "avhandles.h"
#include "domain/error.h"
#include "streamgeometry.h"

#include <QString>

#include <limits>

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

    // Microseconds on the file's timeline for a timestamp of this stream / of a decoded frame.
    qint64 toUs(int64_t timestamp) const;
    qint64 framePtsUs(const AVFrame *frame) const;

    // Frames nothing refers to (B-frames, mostly) presented before `us` are not decoded by
    // nextFrame(): the fast way to decode forward to a frame. Pass INT64_MIN to decode all.
    void skipNonReferenceFramesBefore(qint64 us) { m_skipNonReferenceBeforeUs = us; }
    // The nominal duration of one frame (from the average frame rate), 0 when unknown.
    qint64 frameDurationUs() const;

private:
    VideoDecoder(InputFormatHandle input, CodecContextHandle codec, int streamIndex);
    Result<bool> readVideoPacket(); // into m_packet; false at end of file

    InputFormatHandle m_input;
    CodecContextHandle m_codec;
    AVStream *m_stream = nullptr;
    PacketHandle m_packet;
    StreamGeometry m_geometry;
    qint64 m_durationUs = 0;
    bool m_demuxerAtEnd = false;
    bool m_drainSent = false;
    qint64 m_skipNonReferenceBeforeUs = std::numeric_limits<qint64>::min();
};

} // namespace ClipDesk::Media
