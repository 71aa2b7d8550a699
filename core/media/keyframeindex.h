#pragma once

#include "domain/error.h"
#include "jobcontrol.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ClipDesk::Media {

// One random-access point of a video stream. Times are microseconds on the file's timeline.
struct Keyframe
{
    qint64 ptsUs = 0;
    qint64 dtsUs = 0;
    // An instantaneous decoder refresh: nothing after it refers to anything before it, so a cut
    // here is clean (H.264 IDR; HEVC IDR_W_RADL/IDR_N_LP). False for other intra frames the
    // container marks as keyframes (H.264 recovery-point I-frames of open GOPs, HEVC CRA/BLA).
    // Codecs without that distinction report every keyframe as an IDR.
    bool isIdr = false;

    friend bool operator==(const Keyframe &, const Keyframe &) = default;
};

// The keyframes of a file's main video stream, sorted by presentation time, from one scan of
// its packets (no decoding). forFile() caches indexes per (path, size, modification time) in
// memory and, when given a cache directory, in small sidecar files there.
// The class is a value; the in-memory cache behind forFile() is thread-safe.
class KeyframeIndex final
{
public:
    KeyframeIndex() = default;
    explicit KeyframeIndex(QList<Keyframe> keyframes);

    // Scans `path` now. Errors: media_open_failed, media_no_video, cancelled.
    static Result<KeyframeIndex> build(const QString &path, const JobControl &control = {});
    // The cached index of `path` when the file has not changed, else build() (and cache it).
    static Result<KeyframeIndex> forFile(const QString &path, const QString &cacheDirectory = {},
                                         const JobControl &control = {});
    // Forgets every in-memory index (sidecar files stay).
    static void clearMemoryCache();

    const QList<Keyframe> &keyframes() const { return m_keyframes; }
    bool isEmpty() const { return m_keyframes.isEmpty(); }
    qsizetype size() const { return m_keyframes.size(); }

    // The last keyframe at or before `us` (the one to seek to, to show the frame at `us`).
    std::optional<Keyframe> nearestAtOrBefore(qint64 us) const;
    // The first keyframe strictly after / the last one strictly before `us`.
    std::optional<Keyframe> next(qint64 us) const;
    std::optional<Keyframe> previous(qint64 us) const;
    // The keyframe closest to `us` on either side.
    std::optional<Keyframe> closest(qint64 us) const;

    QByteArray toBytes() const;
    static Result<KeyframeIndex> fromBytes(const QByteArray &bytes);

    friend bool operator==(const KeyframeIndex &, const KeyframeIndex &) = default;

private:
    QList<Keyframe> m_keyframes;
};

} // namespace ClipDesk::Media
