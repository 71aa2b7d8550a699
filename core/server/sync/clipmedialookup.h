#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// What clip mutations need to know about an uploaded video: its `clip_media` row (written by
// the uploads module when an upload completes and has been probed).
struct ClipMediaRecord
{
    QString sha256;
    QString ownerId;             // the first uploader
    bool uploadedByUser = false; // the asking user uploaded it (first or again, through tus)
    bool ready = false;          // status 'ready' (else 'rejected')
    QString rejectionReason;
    QString thumbnailSha256;
    QByteArray fingerprint;      // VideoFingerprint::toBytes(), empty when none was made
};

class ClipMediaLookup final
{
public:
    // The video with this SHA-256, as seen by `userId`.
    static Result<std::optional<ClipMediaRecord>> find(Storage::Database &db, const QString &sha256, const QString &userId);
};

} // namespace ClipDesk::Server
