#pragma once

#include "domain/error.h"

#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

struct MediaBlobRecord
{
    QString sha256; // hex; also the file name in the ContentStore
    qint64 sizeBytes = 0;
    QString mimeType;
    QString ownerId; // empty when unowned
    qint64 createdAtMs = 0;
};

// The `media_blobs` table: metadata of files in the content-addressed store.
class MediaBlobRepository final
{
public:
    explicit MediaBlobRepository(Database &db);

    // Identical content has the same hash, so an existing row is kept as it is.
    Status insertIfAbsent(const MediaBlobRecord &blob);
    Result<std::optional<MediaBlobRecord>> find(const QString &sha256);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
