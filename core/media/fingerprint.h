#pragma once

#include "domain/error.h"
#include "jobcontrol.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ClipDesk::Media {

// How well two fingerprints match (VideoFingerprint::compare).
struct FingerprintMatch
{
    bool isDuplicate = false;  // one clip is (a re-encoded, scaled, modestly cropped or cut part of) the other
    double score = 0.0;        // similarity of the best alignment, 0 (unrelated) .. 1 (identical)
    qint64 offsetUs = 0;       // time in b where a starts; negative: b starts that far into a
    qint64 overlapUs = 0;      // length of the aligned part
};

// A perceptual fingerprint of a video: one 64-bit hash per `intervalUs` (about one per
// second), hash i covering [i, i + 1) intervals after the first frame. Each hash describes the
// average picture of its interval (centre 80 %, grayscale, upright): 32 DCT sign bits and 32
// block-brightness bits (see PerceptualHash), so it survives re-encoding, scaling and modest
// (about 10 %) cropping, and does not depend on where exactly a cut starts. A hash of 0 marks
// a flat interval (black, one colour) that carries no information and is ignored when
// comparing.
class VideoFingerprint final
{
public:
    static constexpr qint64 DefaultIntervalUs = 1'000'000;

    VideoFingerprint() = default;
    VideoFingerprint(QList<quint64> hashes, qint64 intervalUs);

    const QList<quint64> &hashes() const { return m_hashes; }
    qint64 intervalUs() const { return m_intervalUs; }
    bool isEmpty() const { return m_hashes.isEmpty(); }
    qint64 durationUs() const { return m_hashes.size() * m_intervalUs; }

    // A compact, versioned binary form (for a BLOB column or base64 text); fromBytes() rejects
    // anything toBytes() did not produce with invalid_argument.
    QByteArray toBytes() const;
    static Result<VideoFingerprint> fromBytes(const QByteArray &bytes);

    // Slides the shorter fingerprint over the longer one (it must lie wholly inside: sub-clips,
    // re-encodes; partial overlaps are not matched) and takes the alignment with the lowest
    // mean Hamming distance; a duplicate when that is at most 16 of 64 bits (score >= 0.5).
    // compare(a, b) and compare(b, a) agree; offsetUs is relative to `b`.
    static FingerprintMatch compare(const VideoFingerprint &a, const VideoFingerprint &b);

    // The number of differing bits of two hashes.
    static int distance(quint64 a, quint64 b);

    friend bool operator==(const VideoFingerprint &, const VideoFingerprint &) = default;

private:
    QList<quint64> m_hashes;
    qint64 m_intervalUs = DefaultIntervalUs;
};

// Decodes the video stream of a local file and hashes one frame per interval. Reports progress
// through `control` and returns a "cancelled" Error soon after it is cancelled.
// Errors: media_open_failed, media_no_video, media_unsupported, media_decode_failed, cancelled.
Result<VideoFingerprint> computeFingerprint(const QString &path, const JobControl &control,
                                            qint64 intervalUs = VideoFingerprint::DefaultIntervalUs);

} // namespace ClipDesk::Media
