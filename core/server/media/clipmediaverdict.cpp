#include "clipmediaverdict.h"

#include "storage/contentstore.h"

#include <QFile>

namespace ClipDesk::Server {

Storage::ClipMediaRecord clipMediaVerdict(Storage::ContentStore &store, const QString &sha256, const QString &ownerId,
                                          ProbeReport &report, const QString &thumbnailPath, qint64 nowMs)
{
    Storage::ClipMediaRecord media;
    media.sha256 = sha256;
    media.ownerId = ownerId;
    media.sizeBytes = store.sizeOf(sha256).value_or(0);
    media.createdAtMs = nowMs;
    if (report.usable) {
        QFile thumbnail(thumbnailPath);
        QByteArray image;
        if (thumbnail.size() > 0 && thumbnail.size() <= 16 * 1024 * 1024 && thumbnail.open(QIODevice::ReadOnly))
            image = thumbnail.readAll();
        auto stored = image.isEmpty() ? Result<QString>(failure(QStringLiteral("media_no_thumbnail"), QString()))
                                      : store.storeBytes(image);
        if (!stored) {
            report = ProbeReport::rejected(QStringLiteral("media_undecodable"), ProbeReport::tr("No picture could be decoded from the video."));
        } else {
            media.thumbnailSha256 = *stored;
        }
    }
    QFile::remove(thumbnailPath);
    if (report.usable) {
        media.status = Storage::ClipMediaRecord::Status::Ready;
        media.probe = report.media.toJson();
        const qint64 durationUs = report.media.durationUs > 0 ? report.media.durationUs : report.media.video.durationUs;
        media.durationMs = durationUs / 1000;
        media.width = report.media.video.displayWidth;
        media.height = report.media.video.displayHeight;
        media.fingerprintBase64 = report.fingerprintBase64;
    } else {
        media.status = Storage::ClipMediaRecord::Status::Rejected;
        media.rejectionReason = report.rejectionReason;
    }
    return media;
}

} // namespace ClipDesk::Server
