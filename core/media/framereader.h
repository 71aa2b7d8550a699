#pragma once

#include "avhandles.h"
#include "domain/error.h"
#include "keyframeindex.h"
#include "streamgeometry.h"

#include <QImage>
#include <QString>

#include <memory>

namespace ClipDesk::Media {

class FrameConverter;
class VideoDecoder;

// Serves pictures of one video file by time. Opened once, it keeps the demuxer, the decoder
// and the frames around the last request. A jump decodes only what the frame needs (see
// VideoDecoder::decodeSingleFrame()) and drains the decoder; the first step or forward move
// after it in the same GOP decodes from the keyframe again and keeps the decoder going, so the
// steps after that continue decoding instead of seeking.
//
// Times are microseconds on the file's timeline (the stream's presentation timestamps, as
// ffprobe's pts_time). The frame "at" a time is the last frame whose presentation time is not
// after it, i.e. the one on screen at that moment.
//
// Thread safety: none. Use one FrameReader per thread (each has its own decoder); a reader may
// move to another thread between calls. Calls are synchronous; keep them off the GUI thread.
class FrameReader final
{
    Q_DISABLE_COPY_MOVE(FrameReader)

public:
    enum class Mode {
        Exact,    // the exact frame: seek back to a keyframe, decode forward to it
        Keyframe, // the last keyframe at or before the time, decoded alone (fast, for dragging)
    };

    struct Options
    {
        int decoderThreads = 0;            // 0: twice the cores (frame threads; see framereader.cpp)
        QString keyframeCacheDirectory;    // sidecar cache for KeyframeIndex::forFile(); optional
    };

    // Opens `path` and loads (or builds) its keyframe index.
    // Errors: media_open_failed, media_no_video, media_unsupported, media_decode_failed.
    static Result<std::unique_ptr<FrameReader>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<FrameReader>> open(const QString &path) { return open(path, Options{}); }
    ~FrameReader();

    // The picture at `us` as RGB32, rotation applied, scaled to fit `maxSize` (empty: the
    // display size). Times before the first frame give the first frame, times after the end
    // the last one.
    Result<QImage> frameAt(qint64 us, Mode mode, QSize maxSize = {});

    // The first frame after the one at `us` (frame stepping; exact). At the end of the stream it
    // gives the last frame again.
    Result<QImage> frameAfter(qint64 us, QSize maxSize = {});

    // The presentation time of the frame the last successful call returned, and whether it was
    // a keyframe.
    qint64 lastFramePtsUs() const { return m_lastPtsUs; }
    bool lastFrameIsKeyframe() const { return m_lastIsKeyframe; }

    const KeyframeIndex &keyframes() const { return m_keyframes; }
    const StreamGeometry &geometry() const;
    qint64 durationUs() const;
    // How many frames the decoder produced so far (for tests and benchmarks).
    qint64 decodedFrameCount() const { return m_decodedFrames; }

private:
    FrameReader(std::unique_ptr<VideoDecoder> decoder, KeyframeIndex keyframes);

    enum class Decoding {
        SingleFrame, // only what the frame needs, the decoder drained after it (a jump)
        Continuous,  // the decoder kept going with the next frame decoded (stepping, playing forward)
    };

    Result<const AVFrame *> exactFrame(qint64 us);
    Result<const AVFrame *> keyframe(qint64 us);
    bool canContinueTo(qint64 us) const;
    bool followsSingleFrameInGop(qint64 us) const;
    void forgetFrames();
    Status seekAndDecodeTo(qint64 us, Decoding decoding);
    Status decodeForwardTo(qint64 us);
    Result<QImage> deliver(const AVFrame *frame, QSize maxSize, bool fast);

    std::unique_ptr<VideoDecoder> m_decoder;
    std::unique_ptr<FrameConverter> m_converter;
    KeyframeIndex m_keyframes;
    FrameHandle m_current;   // the last frame at or before the last requested time
    FrameHandle m_lookahead; // the frame decoded after m_current, if any
    FrameHandle m_scratch;
    bool m_haveCurrent = false;
    bool m_haveLookahead = false;
    bool m_continuable = false; // the decoder's next frame follows m_lookahead (or m_current)
    bool m_atEnd = false;       // the decoder has no frames after m_current
    bool m_singleFrame = false; // m_current came from VideoDecoder::decodeSingleFrame()
    qint64 m_nextPtsUs = 0;     // then: the time of the frame after it (read from the packets)
    qint64 m_lastPtsUs = 0;
    bool m_lastIsKeyframe = false;
    qint64 m_decodedFrames = 0;
};

} // namespace ClipDesk::Media
