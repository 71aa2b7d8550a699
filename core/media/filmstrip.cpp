#include "filmstrip.h"

#include "mediatr.h"

#include <QHash>

#include <algorithm>

namespace ClipDesk::Media {

namespace {

// The first pass: keyframe pictures, decoded once even when neighbouring tiles share them.
class KeyframeTiles
{
public:
    KeyframeTiles(FrameReader &reader, const FilmstripRequest &request)
        : m_reader(reader)
        , m_request(request)
    {
    }

    Result<FilmstripTile> pick(int index, qint64 targetUs, qint64 endUs)
    {
        FilmstripTile tile;
        tile.index = index;
        tile.targetUs = targetUs;
        std::optional<Keyframe> keyframe = m_reader.keyframes().closest(targetUs);
        if (!keyframe) {
            // No index (a format without keyframe flags): show the exact frame.
            auto image = m_reader.frameAt(targetUs, FrameReader::Mode::Exact, m_request.tileSize);
            if (!image)
                return std::unexpected(image.error());
            tile.image = *image;
            tile.ptsUs = m_reader.lastFramePtsUs();
            tile.exact = true;
            return tile;
        }
        std::optional<FilmstripTile> firstChoice;
        for (int attempt = 0; keyframe && attempt <= m_request.maxBlackSkips; ++attempt) {
            auto image = decodedKeyframe(keyframe->ptsUs);
            if (!image)
                return std::unexpected(image.error());
            tile.image = *image;
            tile.ptsUs = keyframe->ptsUs;
            tile.exact = keyframe->ptsUs == targetUs;
            if (meanLuma(tile.image) > m_request.blackLumaThreshold)
                return tile;
            if (!firstChoice)
                firstChoice = tile;
            keyframe = m_reader.keyframes().next(keyframe->ptsUs);
            if (keyframe && keyframe->ptsUs >= endUs)
                break;
        }
        return firstChoice ? *firstChoice : tile; // all black: show the closest one anyway
    }

private:
    Result<QImage> decodedKeyframe(qint64 ptsUs)
    {
        if (const auto it = m_decoded.constFind(ptsUs); it != m_decoded.cend())
            return *it;
        auto image = m_reader.frameAt(ptsUs, FrameReader::Mode::Keyframe, m_request.tileSize);
        if (image)
            m_decoded.insert(ptsUs, *image);
        return image;
    }

    FrameReader &m_reader;
    const FilmstripRequest &m_request;
    QHash<qint64, QImage> m_decoded; // keyframe pictures shared by neighbouring tiles
};

Error invalidRequest(const QString &message)
{
    return Error{QString::fromLatin1(ErrorCode::InvalidArgument), message};
}

} // namespace

int meanLuma(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage pixels = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
        ? image
        : image.convertToFormat(QImage::Format_RGB32);
    qint64 sum = 0;
    for (int y = 0; y < pixels.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x)
            sum += qGray(line[x]);
    }
    return int(sum / (qint64(pixels.width()) * pixels.height()));
}

Status generateFilmstrip(FrameReader &reader, const FilmstripRequest &request,
                         const std::function<void(const FilmstripTile &)> &onTile, const JobControl &control)
{
    const qint64 endUs = request.endUs >= 0 ? request.endUs : reader.durationUs();
    if (request.tileCount <= 0 || endUs <= request.startUs)
        return std::unexpected(invalidRequest(Tr::tr("The filmstrip needs at least one tile and a time range.")));
    const double span = double(endUs - request.startUs) / request.tileCount;
    const double passOneShare = request.refine ? 0.5 : 1.0;

    KeyframeTiles keyframeTiles(reader, request);
    QList<FilmstripTile> tiles;
    QList<bool> blackAfterPassOne;
    for (int i = 0; i < request.tileCount; ++i) {
        if (control.isCancelled())
            return std::unexpected(JobControl::cancelledError());
        const qint64 target = request.startUs + qint64((i + 0.5) * span);
        auto tile = keyframeTiles.pick(i, target, endUs);
        if (!tile)
            return std::unexpected(tile.error());
        onTile(*tile);
        blackAfterPassOne.append(meanLuma(tile->image) <= request.blackLumaThreshold);
        tiles.append(std::move(*tile));
        control.report(passOneShare * (i + 1) / request.tileCount);
    }
    if (!request.refine)
        return {};

    QList<int> toRefine = request.refineTiles;
    if (toRefine.isEmpty()) {
        for (int i = 0; i < request.tileCount; ++i)
            toRefine.append(i);
    }
    std::sort(toRefine.begin(), toRefine.end()); // forward order lets the decoder run on
    for (qsizetype n = 0; n < toRefine.size(); ++n) {
        if (control.isCancelled())
            return std::unexpected(JobControl::cancelledError());
        const int i = toRefine[n];
        if (i < 0 || i >= tiles.size() || tiles[i].exact)
            continue;
        auto image = reader.frameAt(tiles[i].targetUs, FrameReader::Mode::Exact, request.tileSize);
        if (!image)
            return std::unexpected(image.error());
        const bool black = meanLuma(*image) <= request.blackLumaThreshold;
        if (!black || blackAfterPassOne[i]) {
            tiles[i].image = *image;
            tiles[i].ptsUs = reader.lastFramePtsUs();
            tiles[i].exact = true;
            onTile(tiles[i]);
        }
        control.report(0.5 + 0.5 * (n + 1) / toRefine.size());
    }
    return {};
}

} // namespace ClipDesk::Media
