#pragma once

#include "probereport.h"
#include "storage/clipmediarepository.h"

namespace ClipDesk::Storage {
class ContentStore;
}

namespace ClipDesk::Server {

// The `clip_media` row for a probe verdict on the stored file `sha256`: a usable video becomes
// "ready" with its duration, display size, fingerprint and the thumbnail at `thumbnailPath`
// (moved into the store; no thumbnail turns the verdict into a rejection), anything else
// "rejected" with the reason. The thumbnail file is deleted either way. Used by uploads
// (MediaIngest) and by the demo world's videos.
Storage::ClipMediaRecord clipMediaVerdict(Storage::ContentStore &store, const QString &sha256, const QString &ownerId,
                                          ProbeReport &report, const QString &thumbnailPath, qint64 nowMs);

} // namespace ClipDesk::Server
