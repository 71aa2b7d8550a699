#pragma once

#include "domain/error.h"
#include "jobcontrol.h"

#include <QList>

#include <cstdint>

struct AVFormatContext;

namespace ClipDesk::Media {

// Timing of one compressed video packet, in the stream's time base.
struct VideoPacketTiming
{
    int64_t pts = 0;
    int64_t dts = 0;
    int64_t duration = 0;
    bool isKeyframe = false;
};

// The video packets around one moment of a stream, read without decoding: it starts at the
// last keyframe whose presentation time is at or before the moment (or the first keyframe when
// the moment comes earlier) and goes on in decode order until every frame shown up to the
// moment and a safety margin of reordered frames after it have been read.
class VideoPacketWindow final
{
public:
    // Seeks `input` (left positioned somewhere inside the window). `targetPts` is in the time
    // base of stream `videoStream`. Errors: media_decode_failed (no keyframe found), cancelled.
    static Result<VideoPacketWindow> read(AVFormatContext *input, int videoStream, int64_t targetPts,
                                          const JobControl &control);

    const QList<VideoPacketTiming> &packets() const { return m_packets; } // decode order
    const VideoPacketTiming &keyframe() const { return m_packets.front(); }
    bool reachedEndOfStream() const { return m_reachedEnd; }

    // The presentation time of the frame on screen at `pts`: the latest frame at or before it
    // (the keyframe when `pts` comes before every frame of the window).
    int64_t frameShownAt(int64_t pts) const;
    // The first presentation time at or after `pts`; std::nullopt-like INT64_MAX when the
    // stream ends before it.
    int64_t firstFrameAtOrAfter(int64_t pts) const;
    // Where a stream copy may stop so that every frame shown before `endPts` is kept, every kept
    // frame can be decoded and presentation times have no holes: keep the packets whose dts is
    // below `cutDts`; the copy then ends (exclusive) at `endPts`. cutDts is INT64_MAX when the
    // copy must run to the end of the stream.
    struct CopyEnd
    {
        int64_t cutDts = INT64_MAX;
        int64_t endPts = 0;
        int64_t lastFramePts = 0; // the last kept frame; it is shown until endPts
    };
    CopyEnd copyEndFor(int64_t endPts, int64_t fallbackFrameDuration) const;

private:
    QList<VideoPacketTiming> m_packets;
    bool m_reachedEnd = false;
};

} // namespace ClipDesk::Media
