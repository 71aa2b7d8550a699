#include "keyframeindex.h"

#include "averror.h"
#include "mediainput.h"
#include "medialogging.h"
#include "mediatr.h"
#include "nalunits.h"

#include <QCache>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include <algorithm>

namespace ClipDesk::Media {

namespace {

constexpr quint32 SidecarMagic = 0x43444b49; // "CDKI"
constexpr quint16 SidecarVersion = 1;
constexpr int MemoryCacheEntries = 200'000; // keyframes kept in memory over all files

qint64 toUs(int64_t timestamp, AVRational timeBase)
{
    return av_rescale_q(timestamp, timeBase, AV_TIME_BASE_Q);
}

struct MemoryCache
{
    QMutex mutex;
    QCache<QString, KeyframeIndex> indexes{MemoryCacheEntries};
};

MemoryCache &memoryCache()
{
    static MemoryCache cache;
    return cache;
}

// Identifies one version of one file: a changed size or modification time misses the cache.
QString cacheKey(const QFileInfo &file)
{
    return file.canonicalFilePath() + u'|' + QString::number(file.size()) + u'|'
        + QString::number(file.lastModified().toMSecsSinceEpoch());
}

QString sidecarPath(const QString &directory, const QString &key)
{
    const QByteArray name = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return directory + u'/' + QString::fromLatin1(name) + QStringLiteral(".keyframes");
}

Error invalidIndex()
{
    return Error{QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The keyframe index data is damaged.")};
}

} // namespace

KeyframeIndex::KeyframeIndex(QList<Keyframe> keyframes)
    : m_keyframes(std::move(keyframes))
{
    std::stable_sort(m_keyframes.begin(), m_keyframes.end(),
                     [](const Keyframe &a, const Keyframe &b) { return a.ptsUs < b.ptsUs; });
}

Result<KeyframeIndex> KeyframeIndex::build(const QString &path, const JobControl &control)
{
    auto opened = openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    AVFormatContext *input = opened->get();
    const auto videoIndex = findVideoStream(input);
    if (!videoIndex)
        return std::unexpected(videoIndex.error());
    for (unsigned i = 0; i < input->nb_streams; ++i)
        input->streams[i]->discard = int(i) == *videoIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    const AVStream *stream = input->streams[*videoIndex];
    const NalUnits nalUnits(stream->codecpar);
    const int64_t fileSize = input->pb ? avio_size(input->pb) : 0;

    QList<Keyframe> keyframes;
    PacketHandle packet = allocatePacket();
    for (qint64 count = 0;; ++count) {
        if ((count & 255) == 0) {
            if (control.isCancelled())
                return std::unexpected(JobControl::cancelledError());
            if (fileSize > 0 && packet->pos > 0)
                control.report(double(packet->pos) / double(fileSize));
        }
        av_packet_unref(packet.get());
        const int error = av_read_frame(input, packet.get());
        if (error == AVERROR_EOF)
            break;
        if (error < 0) {
            // A damaged tail still leaves a usable index of what came before it.
            qCWarning(lcMedia) << "Keyframe scan of" << path << "stopped:" << averrorText(error);
            break;
        }
        if (packet->stream_index != *videoIndex || !(packet->flags & AV_PKT_FLAG_KEY))
            continue;
        const int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (pts == AV_NOPTS_VALUE)
            continue;
        Keyframe keyframe;
        keyframe.ptsUs = toUs(pts, stream->time_base);
        keyframe.dtsUs = toUs(packet->dts != AV_NOPTS_VALUE ? packet->dts : pts, stream->time_base);
        keyframe.isIdr = nalUnits.understandsCodec() ? nalUnits.containsIdr(packet->data, packet->size) : true;
        keyframes.append(keyframe);
    }
    control.report(1.0);
    return KeyframeIndex(std::move(keyframes));
}

Result<KeyframeIndex> KeyframeIndex::forFile(const QString &path, const QString &cacheDirectory, const JobControl &control)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return failure(QString::fromLatin1(MediaErrorCode::OpenFailed), Tr::tr("The file \"%1\" does not exist.").arg(path));
    const QString key = cacheKey(file);
    MemoryCache &cache = memoryCache();
    {
        QMutexLocker lock(&cache.mutex);
        if (const KeyframeIndex *cached = cache.indexes.object(key))
            return *cached;
    }
    const QString sidecar = cacheDirectory.isEmpty() ? QString() : sidecarPath(cacheDirectory, key);
    std::optional<KeyframeIndex> index;
    if (!sidecar.isEmpty()) {
        QFile stored(sidecar);
        if (stored.open(QIODevice::ReadOnly)) {
            if (auto parsed = fromBytes(stored.readAll()))
                index = std::move(*parsed);
        }
    }
    if (!index) {
        auto built = build(path, control);
        if (!built)
            return built;
        index = std::move(*built);
        if (!sidecar.isEmpty() && QDir().mkpath(cacheDirectory)) {
            QSaveFile out(sidecar);
            if (!out.open(QIODevice::WriteOnly) || out.write(index->toBytes()) < 0 || !out.commit())
                qCWarning(lcMedia) << "Cannot write the keyframe cache" << sidecar;
        }
    }
    QMutexLocker lock(&cache.mutex);
    cache.indexes.insert(key, new KeyframeIndex(*index), int(qMax<qsizetype>(1, index->size())));
    return *index;
}

void KeyframeIndex::clearMemoryCache()
{
    MemoryCache &cache = memoryCache();
    QMutexLocker lock(&cache.mutex);
    cache.indexes.clear();
}

std::optional<Keyframe> KeyframeIndex::nearestAtOrBefore(qint64 us) const
{
    const auto it = std::upper_bound(m_keyframes.cbegin(), m_keyframes.cend(), us,
                                     [](qint64 value, const Keyframe &k) { return value < k.ptsUs; });
    if (it == m_keyframes.cbegin())
        return std::nullopt;
    return *(it - 1);
}

std::optional<Keyframe> KeyframeIndex::next(qint64 us) const
{
    const auto it = std::upper_bound(m_keyframes.cbegin(), m_keyframes.cend(), us,
                                     [](qint64 value, const Keyframe &k) { return value < k.ptsUs; });
    if (it == m_keyframes.cend())
        return std::nullopt;
    return *it;
}

std::optional<Keyframe> KeyframeIndex::previous(qint64 us) const
{
    const auto it = std::lower_bound(m_keyframes.cbegin(), m_keyframes.cend(), us,
                                     [](const Keyframe &k, qint64 value) { return k.ptsUs < value; });
    if (it == m_keyframes.cbegin())
        return std::nullopt;
    return *(it - 1);
}

std::optional<Keyframe> KeyframeIndex::closest(qint64 us) const
{
    const std::optional<Keyframe> before = nearestAtOrBefore(us);
    const std::optional<Keyframe> after = next(us);
    if (!before || !after)
        return before ? before : after;
    return us - before->ptsUs <= after->ptsUs - us ? before : after;
}

QByteArray KeyframeIndex::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << SidecarMagic << SidecarVersion << quint32(m_keyframes.size());
    for (const Keyframe &keyframe : m_keyframes)
        out << keyframe.ptsUs << keyframe.dtsUs << quint8(keyframe.isIdr ? 1 : 0);
    return bytes;
}

Result<KeyframeIndex> KeyframeIndex::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    constexpr int EntryBytes = 8 + 8 + 1;
    if (in.status() != QDataStream::Ok || magic != SidecarMagic || version != SidecarVersion
        || qint64(count) * EntryBytes != bytes.size() - 10)
        return std::unexpected(invalidIndex());
    QList<Keyframe> keyframes;
    keyframes.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        Keyframe keyframe;
        quint8 idr = 0;
        in >> keyframe.ptsUs >> keyframe.dtsUs >> idr;
        keyframe.isIdr = idr != 0;
        keyframes.append(keyframe);
    }
    if (in.status() != QDataStream::Ok)
        return std::unexpected(invalidIndex());
    return KeyframeIndex(std::move(keyframes));
}

} // namespace ClipDesk::Media
