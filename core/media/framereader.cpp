#include "framereader.h"

#include "averror.h"
#include "frameconverter.h"
#include "mediatr.h"
#include "videodecoder.h"

#include <QThread>

#include <algorithm>
#include <limits>

namespace ClipDesk::Media {

namespace {

constexpr int SeekRetries = 3; // earlier keyframes to try when a seek lands after the target
constexpr int MaxDecoderThreads = 16;

// Frame threads for seeking. A skipped (non-reference) packet still occupies a frame thread, and
// FFmpeg hands packets to its threads in turn, so with B-frames skipped FFmpeg's own choice
// (cores + 1) leaves the cores idle between reference frames; twice the cores keeps them busy.
int seekingThreadCount()
{
    return std::clamp(2 * QThread::idealThreadCount(), 2, MaxDecoderThreads);
}

Error noFrames()
{
    return Error{QString::fromLatin1(MediaErrorCode::DecodeFailed), Tr::tr("The video has no decodable frames.")};
}

} // namespace

Result<std::unique_ptr<FrameReader>> FrameReader::open(const QString &path, const Options &options)
{
    auto decoder = VideoDecoder::open(path, options.decoderThreads > 0 ? options.decoderThreads : seekingThreadCount());
    if (!decoder)
        return std::unexpected(decoder.error());
    auto keyframes = KeyframeIndex::forFile(path, options.keyframeCacheDirectory);
    if (!keyframes)
        return std::unexpected(keyframes.error());
    return std::unique_ptr<FrameReader>(new FrameReader(std::move(*decoder), std::move(*keyframes)));
}

FrameReader::FrameReader(std::unique_ptr<VideoDecoder> decoder, KeyframeIndex keyframes)
    : m_decoder(std::move(decoder))
    , m_converter(std::make_unique<FrameConverter>(m_decoder->geometry()))
    , m_keyframes(std::move(keyframes))
    , m_current(allocateFrame())
    , m_lookahead(allocateFrame())
    , m_scratch(allocateFrame())
{
}

FrameReader::~FrameReader() = default;

const StreamGeometry &FrameReader::geometry() const
{
    return m_decoder->geometry();
}

qint64 FrameReader::durationUs() const
{
    return m_decoder->durationUs();
}

Result<QImage> FrameReader::frameAt(qint64 us, Mode mode, QSize maxSize)
{
    const auto frame = mode == Mode::Exact ? exactFrame(us) : keyframe(us);
    if (!frame)
        return std::unexpected(frame.error());
    return deliver(*frame, maxSize, mode == Mode::Keyframe);
}

Result<QImage> FrameReader::frameAfter(qint64 us, QSize maxSize)
{
    auto frame = exactFrame(us);
    if (!frame)
        return std::unexpected(frame.error());
    if (*frame == m_current.get() && !m_haveLookahead && !m_atEnd) {
        // The frame came from a shortcut that did not look further: decode past it now.
        if (const Status status = seekAndDecodeTo(us, Decoding::Continuous); !status)
            return std::unexpected(status.error());
    }
    if (m_haveCurrent && m_haveLookahead)
        frame = exactFrame(m_decoder->framePtsUs(m_lookahead.get()));
    if (!frame)
        return std::unexpected(frame.error());
    return deliver(*frame, maxSize, false);
}

Result<const AVFrame *> FrameReader::exactFrame(qint64 us)
{
    if (m_haveCurrent) {
        const qint64 current = m_decoder->framePtsUs(m_current.get());
        const bool beforeNext = m_haveLookahead ? us < m_decoder->framePtsUs(m_lookahead.get())
                                                : m_atEnd || (m_singleFrame && us < m_nextPtsUs);
        if (current == us || (current <= us && beforeNext))
            return m_current.get();
    }
    // A jump decodes only what the frame needs; moving on from it in the same GOP keeps decoding,
    // so the steps after that continue instead of seeking.
    Status status;
    if (canContinueTo(us))
        status = decodeForwardTo(us);
    else
        status = seekAndDecodeTo(us, followsSingleFrameInGop(us) ? Decoding::Continuous : Decoding::SingleFrame);
    if (!status)
        return std::unexpected(status.error());
    if (m_haveCurrent)
        return m_current.get();
    if (m_haveLookahead) // the time is before the first frame
        return m_lookahead.get();
    return std::unexpected(noFrames());
}

bool FrameReader::canContinueTo(qint64 us) const
{
    if (!m_continuable || (!m_haveCurrent && !m_haveLookahead))
        return false;
    if (m_haveCurrent && us < m_decoder->framePtsUs(m_current.get()))
        return false; // backwards
    if (m_atEnd)
        return true;
    const qint64 decodedUpTo = m_decoder->framePtsUs(m_haveLookahead ? m_lookahead.get() : m_current.get());
    if (us < decodedUpTo)
        return !m_haveCurrent; // before the first frame: the lookahead is the answer
    // Decoding on is cheaper than seeking unless a keyframe lies between here and the target.
    const std::optional<Keyframe> keyframe = m_keyframes.nearestAtOrBefore(us);
    return !keyframe || keyframe->ptsUs <= decodedUpTo;
}

bool FrameReader::followsSingleFrameInGop(qint64 us) const
{
    if (!m_haveCurrent || !m_singleFrame)
        return false;
    const qint64 current = m_decoder->framePtsUs(m_current.get());
    const std::optional<Keyframe> keyframe = m_keyframes.nearestAtOrBefore(us);
    return us > current && keyframe && keyframe == m_keyframes.nearestAtOrBefore(current);
}

void FrameReader::forgetFrames()
{
    m_haveCurrent = m_haveLookahead = m_atEnd = false;
    m_continuable = m_singleFrame = false;
}

Status FrameReader::decodeForwardTo(qint64 us)
{
    m_decoder->skipNonReferenceFramesBefore(us);
    if (m_haveLookahead) {
        if (m_decoder->framePtsUs(m_lookahead.get()) > us)
            return {};
        std::swap(m_current, m_lookahead);
        m_haveCurrent = true;
        m_haveLookahead = false;
    }
    while (!m_atEnd) {
        const auto got = m_decoder->nextFrame(m_scratch.get());
        if (!got)
            return std::unexpected(got.error());
        if (!*got) {
            m_atEnd = true;
            break;
        }
        ++m_decodedFrames;
        if (m_decoder->framePtsUs(m_scratch.get()) <= us) {
            std::swap(m_current, m_scratch);
            m_haveCurrent = true;
        } else {
            std::swap(m_lookahead, m_scratch);
            m_haveLookahead = true;
            break;
        }
    }
    return {};
}

Status FrameReader::seekAndDecodeTo(qint64 us, Decoding decoding)
{
    std::optional<Keyframe> keyframe = m_keyframes.nearestAtOrBefore(us);
    for (int attempt = 0; attempt <= SeekRetries; ++attempt) {
        forgetFrames();
        if (const Status seeked = m_decoder->seek(keyframe ? keyframe->ptsUs : us); !seeked)
            return seeked;
        if (decoding == Decoding::SingleFrame) {
            const auto single = m_decoder->decodeSingleFrame(us, m_current.get());
            if (!single)
                return std::unexpected(single.error());
            m_decodedFrames += single->decodedFrames;
            using Outcome = VideoDecoder::SingleFrame::Outcome;
            if (single->outcome == Outcome::Decoded) {
                m_haveCurrent = m_singleFrame = true;
                m_nextPtsUs = single->nextPtsUs;
                m_atEnd = single->nextPtsUs == std::numeric_limits<qint64>::max();
                return {};
            }
            const std::optional<Keyframe> earlier = keyframe ? m_keyframes.previous(keyframe->ptsUs) : std::nullopt;
            if (single->outcome == Outcome::LandedAfter && earlier) {
                keyframe = earlier;
                continue;
            }
            // Before the first frame, or a stream this cannot handle: decode on from the same place.
            decoding = Decoding::Continuous;
            if (const Status seeked = m_decoder->seek(keyframe ? keyframe->ptsUs : us); !seeked)
                return seeked;
        }
        m_continuable = true;
        if (const Status decoded = decodeForwardTo(us); !decoded)
            return decoded;
        if (m_haveCurrent)
            return {};
        // The demuxer landed after the target (timestamps it indexes differently): go further back.
        keyframe = keyframe ? m_keyframes.previous(keyframe->ptsUs) : std::nullopt;
        if (!keyframe)
            break;
    }
    return {};
}

Result<const AVFrame *> FrameReader::keyframe(qint64 us)
{
    std::optional<Keyframe> keyframe = m_keyframes.nearestAtOrBefore(us);
    if (!keyframe && !m_keyframes.isEmpty())
        keyframe = m_keyframes.keyframes().constFirst();
    if (!keyframe)
        return exactFrame(us);
    if (m_haveCurrent && m_current->key_frame && m_decoder->framePtsUs(m_current.get()) == keyframe->ptsUs)
        return m_current.get();
    forgetFrames();
    if (const Status seeked = m_decoder->seek(keyframe->ptsUs); !seeked)
        return std::unexpected(seeked.error());
    const auto got = m_decoder->nextKeyframe(m_current.get(), keyframe->ptsUs);
    if (!got)
        return std::unexpected(got.error());
    if (!*got)
        return exactFrame(us);
    ++m_decodedFrames;
    m_haveCurrent = true;
    return m_current.get();
}

Result<QImage> FrameReader::deliver(const AVFrame *frame, QSize maxSize, bool fast)
{
    auto image = m_converter->toImage(frame, maxSize, fast);
    if (!image)
        return image;
    m_lastPtsUs = m_decoder->framePtsUs(frame);
    m_lastIsKeyframe = frame->key_frame != 0;
    return image;
}

} // namespace ClipDesk::Media
