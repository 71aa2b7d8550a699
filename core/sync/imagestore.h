#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Sync {

class ClientCache;

enum class ImageSlot { Avatar, Logo };

struct PendingImage
{
    ImageSlot slot = ImageSlot::Avatar;
    QByteArray png;
    qint64 queuedAtMs = 0;
    QString error; // why the server refused it; such an upload is not retried
};

// A picture to fetch: its content hash and the REST path that serves it (GET).
struct ImageDownload
{
    QString sha256;
    QString path;
};

// Profile pictures and clip thumbnails in the client cache. A picture the user picks is queued here (it survives
// restarts) and SyncEngine uploads it when online; the pictures that cached profiles refer to
// and the server-made thumbnails of cached clips are downloaded into the cache by content hash,
// so screens show them offline too. Every
// change is announced as the "image" entity.
class ImageStore final
{
    Q_DECLARE_TR_FUNCTIONS(ImageStore)

public:
    static constexpr auto Entity = "image";

    explicit ImageStore(ClientCache &cache);

    // Replaces what was waiting for `slot`.
    Status queueUpload(ImageSlot slot, const QByteArray &png);
    Result<std::optional<PendingImage>> pending(ImageSlot slot);
    // What may be uploaded now (queued, not refused), oldest first.
    Result<QList<PendingImage>> uploadable();
    Result<qint64> uploadableCount(); // without reading the pictures
    // The server took `png`: forget it, unless the user picked another one meanwhile.
    Status finishUpload(ImageSlot slot, const QByteArray &png);
    // The server refused `png` for good; keep it with the reason for the user.
    Status failUpload(ImageSlot slot, const QByteArray &png, const QString &reason);
    Status discardPending(ImageSlot slot);

    Result<std::optional<QByteArray>> image(const QString &sha256);
    // Stores bytes that really hash to `sha256`.
    Status storeImage(const QString &sha256, const QByteArray &bytes);
    // Pictures cached profiles and clips refer to that are not downloaded yet (at most `limit`):
    // profile pictures from /api/v1/media/{sha256}, clip thumbnails from
    // /api/v1/media/{media_sha256}/thumbnail.
    Result<QList<ImageDownload>> missingImages(int limit);

    static QString slotName(ImageSlot slot);
    static QString uploadPath(ImageSlot slot); // the REST path that takes it (PUT)

private:
    ClientCache &m_cache;
};

} // namespace ClipDesk::Sync
