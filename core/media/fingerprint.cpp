#include "fingerprint.h"

#include "averror.h"
#include "mediatr.h"
#include "perceptualhash.h"
#include "videodecoder.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace ClipDesk::Media {

namespace {

constexpr quint32 BytesMagic = 0x43444650; // "CDFP"
constexpr quint16 BytesVersion = 1;
constexpr int HeaderBytes = 4 + 2 + 8 + 4;
constexpr int MaxHashes = 24 * 3600; // a day at one hash per second
constexpr double DuplicateMaxDistance = 16.0; // mean differing bits (of 64) of the best alignment
constexpr int MinComparedHashes = 3;

Error invalidFingerprint()
{
    return Error{QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The fingerprint data is damaged.")};
}

struct Alignment
{
    double meanDistance = std::numeric_limits<double>::infinity();
    int offset = 0;
    int compared = 0;
    int overlap = 0;
};

// Mean distance of `shorter` laid over `longer` starting at sample `offset`. A sub-clip's
// samples fall between the original's; hashes average their whole interval, so the sample
// overlapping most still matches.
Alignment align(const QList<quint64> &shorter, const QList<quint64> &longer, int offset)
{
    Alignment result;
    result.offset = offset;
    double total = 0;
    for (qsizetype i = 0; i < shorter.size(); ++i) {
        const qsizetype j = i + offset;
        if (j < 0 || j >= longer.size())
            continue;
        ++result.overlap;
        if (shorter[i] == 0 || longer[j] == 0)
            continue; // flat pictures say nothing
        total += VideoFingerprint::distance(shorter[i], longer[j]);
        ++result.compared;
    }
    if (result.compared > 0)
        result.meanDistance = total / result.compared;
    return result;
}

} // namespace

VideoFingerprint::VideoFingerprint(QList<quint64> hashes, qint64 intervalUs)
    : m_hashes(std::move(hashes))
    , m_intervalUs(intervalUs > 0 ? intervalUs : DefaultIntervalUs)
{
}

int VideoFingerprint::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

QByteArray VideoFingerprint::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << BytesMagic << BytesVersion << m_intervalUs << quint32(m_hashes.size());
    for (quint64 hash : m_hashes)
        out << hash;
    return bytes;
}

Result<VideoFingerprint> VideoFingerprint::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint64 interval = 0;
    quint32 count = 0;
    in >> magic >> version >> interval >> count;
    if (in.status() != QDataStream::Ok || magic != BytesMagic || version != BytesVersion || interval <= 0
        || count > quint32(MaxHashes) || qint64(count) * 8 != bytes.size() - HeaderBytes)
        return std::unexpected(invalidFingerprint());
    QList<quint64> hashes(count);
    for (quint64 &hash : hashes)
        in >> hash;
    if (in.status() != QDataStream::Ok)
        return std::unexpected(invalidFingerprint());
    return VideoFingerprint(std::move(hashes), interval);
}

FingerprintMatch VideoFingerprint::compare(const VideoFingerprint &a, const VideoFingerprint &b)
{
    FingerprintMatch match;
    if (a.isEmpty() || b.isEmpty() || a.m_intervalUs != b.m_intervalUs)
        return match;
    // A canonical order makes compare(a, b) and compare(b, a) the same computation.
    const bool aIsShorter = a.m_hashes.size() != b.m_hashes.size()
        ? a.m_hashes.size() < b.m_hashes.size()
        : std::lexicographical_compare(a.m_hashes.cbegin(), a.m_hashes.cend(), b.m_hashes.cbegin(), b.m_hashes.cend())
            || a.m_hashes == b.m_hashes;
    const QList<quint64> &shorter = aIsShorter ? a.m_hashes : b.m_hashes;
    const QList<quint64> &longer = aIsShorter ? b.m_hashes : a.m_hashes;
    const qsizetype informative = std::count_if(shorter.cbegin(), shorter.cend(), [](quint64 h) { return h != 0; });
    if (informative == 0)
        return match;
    const int minOverlap = int(shorter.size());
    const int minCompared = int(std::min<qsizetype>(MinComparedHashes, informative));

    Alignment best;
    for (int offset = 0; offset <= int(longer.size() - shorter.size()); ++offset) {
        const Alignment candidate = align(shorter, longer, offset);
        if (candidate.compared < minCompared || candidate.overlap < minOverlap)
            continue;
        // Ties (static or periodic pictures) go to the smallest shift.
        const bool better = candidate.meanDistance < best.meanDistance - 1e-9
            || (candidate.meanDistance <= best.meanDistance + 1e-9 && std::abs(candidate.offset) < std::abs(best.offset));
        if (better)
            best = candidate;
    }
    if (best.compared == 0)
        return match;
    match.score = std::clamp(1.0 - best.meanDistance / 32.0, 0.0, 1.0);
    match.isDuplicate = best.meanDistance <= DuplicateMaxDistance;
    match.offsetUs = (aIsShorter ? best.offset : -best.offset) * a.m_intervalUs;
    match.overlapUs = best.overlap * a.m_intervalUs;
    return match;
}

Result<VideoFingerprint> computeFingerprint(const QString &path, const JobControl &control, qint64 intervalUs)
{
    if (intervalUs <= 0)
        intervalUs = VideoFingerprint::DefaultIntervalUs;
    auto decoder = VideoDecoder::open(path);
    if (!decoder)
        return std::unexpected(decoder.error());
    VideoDecoder &video = **decoder;
    PerceptualHash hasher(video.geometry().rotationDegrees);
    FrameHandle frame = allocateFrame();
    QList<quint64> hashes; // hashes[i] covers [i, i + 1) intervals after the first frame
    std::optional<qint64> firstUs;
    const qint64 durationUs = video.durationUs();
    for (qint64 frames = 0; hashes.size() < MaxHashes; ++frames) {
        if (control.isCancelled())
            return std::unexpected(JobControl::cancelledError());
        const auto got = video.nextFrame(frame.get());
        if (!got)
            return std::unexpected(got.error());
        if (!*got)
            break;
        const qint64 pts = video.framePtsUs(frame.get());
        if (!firstUs)
            firstUs = pts;
        const qint64 sample = std::max<qint64>(0, pts - *firstUs) / intervalUs;
        if (sample > hashes.size() && hasher.hasFrames()) {
            // A frame of a later interval: the current one is complete. Intervals without frames
            // (variable frame rate gaps) repeat it, keeping hash i at time i * interval.
            const quint64 hash = hasher.takeHash();
            while (hashes.size() < sample && hashes.size() < MaxHashes)
                hashes.append(hash);
        }
        hasher.addFrame(frame.get());
        if ((frames & 15) == 0)
            control.report(durationUs > 0 ? double(pts - *firstUs) / double(durationUs) : video.position());
    }
    if (hasher.hasFrames() && hashes.size() < MaxHashes)
        hashes.append(hasher.takeHash());
    if (hashes.isEmpty())
        return failure(QString::fromLatin1(MediaErrorCode::DecodeFailed), Tr::tr("The video has no decodable frames."));
    control.report(1.0);
    return VideoFingerprint(std::move(hashes), intervalUs);
}

} // namespace ClipDesk::Media
