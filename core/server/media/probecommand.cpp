#include "probecommand.h"

#include "media/fingerprint.h"
#include "media/framereader.h"
#include "media/probe.h"
#include "probereport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>

extern "C" {
#include <libavutil/log.h>
}

namespace ClipDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

constexpr int ThumbnailEdge = 640;

// Error texts of the media library name the file; the uploader must not learn server paths.
QString detail(const Error &error, const QString &path)
{
    QString message = error.message;
    return message.replace(path, Tr::tr("the upload"));
}

} // namespace

ProbeReport probeMediaFile(const QString &path, const QString &thumbnailPath)
{
    const QFileInfo file(path);
    if (!file.isFile() || file.size() == 0)
        return ProbeReport::rejected(QStringLiteral("media_empty"), Tr::tr("The file is empty."));

    const auto info = Media::probeMedia(path);
    if (!info)
        return ProbeReport::rejected(QStringLiteral("media_unreadable"),
                                     Tr::tr("The file is not a video the server can read (%1).").arg(detail(info.error(), path)));
    if (const QString reason = ProbeReport::unusableReason(*info); !reason.isEmpty())
        return ProbeReport::rejected(QStringLiteral("media_unusable"), reason);

    auto reader = Media::FrameReader::open(path, Media::FrameReader::Options{1, {}});
    if (!reader)
        return ProbeReport::rejected(QStringLiteral("media_undecodable"),
                                     Tr::tr("The video cannot be decoded (%1).").arg(detail(reader.error(), path)));
    // The first frame must decode; the thumbnail comes from a little later, past fades from black.
    const auto first = (*reader)->frameAt(info->video.startUs, Media::FrameReader::Mode::Exact, QSize(ThumbnailEdge, ThumbnailEdge));
    if (!first || first->isNull())
        return ProbeReport::rejected(QStringLiteral("media_undecodable"), Tr::tr("The first frame of the video cannot be decoded."));
    QImage thumbnail = *first;
    const qint64 durationUs = info->durationUs > 0 ? info->durationUs : info->video.durationUs;
    const qint64 later = info->video.startUs + std::min<qint64>(1'000'000, durationUs / 3);
    if (auto picked = (*reader)->frameAt(later, Media::FrameReader::Mode::Exact, QSize(ThumbnailEdge, ThumbnailEdge));
        picked && !picked->isNull())
        thumbnail = *picked;
    reader->reset();
    if (!thumbnail.save(thumbnailPath, "JPEG", 85))
        return ProbeReport::rejected(QStringLiteral("probe_failed"), Tr::tr("The server could not write the thumbnail."));

    const auto fingerprint = Media::computeFingerprint(path, Media::JobControl{});
    if (!fingerprint)
        return ProbeReport::rejected(QStringLiteral("media_undecodable"),
                                     Tr::tr("The video cannot be decoded to the end (%1).").arg(detail(fingerprint.error(), path)));
    // A file whose pictures stop well before its declared end was cut short.
    const qint64 covered = fingerprint->durationUs();
    if (durationUs > 3'000'000 && covered < durationUs * 8 / 10 - 1'000'000)
        return ProbeReport::rejected(QStringLiteral("media_truncated"),
                                     Tr::tr("The video is cut short: pictures stop at %1 s of %2 s.")
                                         .arg(double(covered) / 1e6, 0, 'f', 1)
                                         .arg(double(durationUs) / 1e6, 0, 'f', 1));
    return ProbeReport::accepted(*info, fingerprint->toBytes(), thumbnailPath);
}

int runProbeCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // clipdesk-server probe FILE --thumbnail OUT
    if (arguments.size() != 5 || arguments.at(1) != u"probe" || arguments.at(3) != u"--thumbnail") {
        err << Tr::tr("usage: %1 probe FILE --thumbnail OUT.jpg").arg(QFileInfo(arguments.value(0)).fileName()) << Qt::endl;
        return 2;
    }
    av_log_set_level(AV_LOG_QUIET); // hostile files make FFmpeg chatty; the verdict says enough
    out << probeMediaFile(arguments.at(2), arguments.at(4)).toJson() << Qt::endl;
    return 0;
}

} // namespace ClipDesk::Server
