// Schema version 4 (see migrations.cpp for the rules of the history).

#include "storage/migrationuploads.h"

namespace ClipDesk::Storage {

Migration uploadsAndClipMedia()
{
    return {4,
            QStringLiteral("uploads and clip media"),
            {
                // One tus upload. `upload_offset` only moves once the bytes are on disk (fsync);
                // the partial file lives under the data directory at `partial_path` (relative).
                // `sha256` is set when the upload completed and its bytes moved to the ContentStore.
                QStringLiteral("CREATE TABLE tus_uploads ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " length BIGINT NOT NULL CHECK (length >= 0),"
                               " upload_offset BIGINT NOT NULL DEFAULT 0 CHECK (upload_offset >= 0),"
                               " metadata TEXT NOT NULL DEFAULT '{}',"
                               " partial_path TEXT NOT NULL,"
                               " created_at BIGINT NOT NULL,"
                               " expires_at BIGINT NOT NULL,"
                               " completed_at BIGINT,"
                               " sha256 TEXT)"),
                QStringLiteral("CREATE INDEX tus_uploads_owner ON tus_uploads (owner_id)"),
                QStringLiteral("CREATE INDEX tus_uploads_expiry ON tus_uploads (completed_at, expires_at)"),
                QStringLiteral("CREATE INDEX tus_uploads_sha256 ON tus_uploads (sha256)"),

                // What the server found in an uploaded file (probed in a child process).
                // `probe_json` is Media::MediaInfo::toJson(); `fingerprint` the base64 of
                // VideoFingerprint::toBytes(). A rejected file keeps its row and its reason.
                QStringLiteral("CREATE TABLE clip_media ("
                               "sha256 TEXT NOT NULL PRIMARY KEY,"
                               " owner_id TEXT REFERENCES users (id) ON DELETE SET NULL,"
                               " size_bytes BIGINT NOT NULL,"
                               " probe_json TEXT NOT NULL DEFAULT '{}',"
                               " duration_ms BIGINT NOT NULL DEFAULT 0,"
                               " width INTEGER NOT NULL DEFAULT 0,"
                               " height INTEGER NOT NULL DEFAULT 0,"
                               " thumbnail_sha256 TEXT,"
                               " fingerprint TEXT,"
                               " status TEXT NOT NULL CHECK (status IN ('ready', 'rejected')),"
                               " rejection_reason TEXT,"
                               " created_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX clip_media_owner ON clip_media (owner_id)"),
            }};
}

} // namespace ClipDesk::Storage
