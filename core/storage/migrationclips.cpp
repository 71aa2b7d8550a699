// Schema version 5 (see migrations.cpp for the rules of the history).

#include "storage/migrationclips.h"

namespace ClipDesk::Storage {

// One row per clip version: editing a clip a reviewer has seen adds a row (version_number + 1,
// previous_clip_id) instead of changing it. brand_id is the campaign's brand, copied on submit,
// so that pulls can filter on it. media_sha256 names a clip_media row (not a foreign key: a
// draft may name its upload before the server has it). Lists are JSON text, as elsewhere.
Migration clips()
{
    return {5,
            QStringLiteral("clips"),
            {
                QStringLiteral("CREATE TABLE clips ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " campaign_id TEXT REFERENCES campaigns (id) ON DELETE SET NULL,"
                               " brand_id TEXT,"
                               " title TEXT NOT NULL,"
                               " caption TEXT NOT NULL DEFAULT '',"
                               " hashtags TEXT NOT NULL DEFAULT '[]',"
                               " platform TEXT NOT NULL DEFAULT '',"
                               " posted_url TEXT NOT NULL DEFAULT '',"
                               " media_sha256 TEXT,"
                               " thumbnail_sha256 TEXT,"
                               " version_number INTEGER NOT NULL DEFAULT 1 CHECK (version_number >= 1),"
                               " previous_clip_id TEXT,"
                               " status TEXT NOT NULL DEFAULT 'draft'"
                               " CHECK (status IN ('draft', 'uploading', 'submitted', 'approved', 'rejected', 'published')),"
                               " review_feedback TEXT NOT NULL DEFAULT '',"
                               " reviewed_by TEXT,"
                               " submitted_at BIGINT NOT NULL DEFAULT 0,"
                               " reviewed_at BIGINT NOT NULL DEFAULT 0,"
                               " published_at BIGINT NOT NULL DEFAULT 0,"
                               " field_versions TEXT NOT NULL DEFAULT '{}',"
                               " version BIGINT NOT NULL DEFAULT 1,"
                               " change_seq BIGINT NOT NULL,"
                               " created_at BIGINT NOT NULL,"
                               " updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX clips_change_seq ON clips (change_seq)"),
                QStringLiteral("CREATE INDEX clips_owner ON clips (owner_id, change_seq)"),
                QStringLiteral("CREATE INDEX clips_brand ON clips (brand_id, change_seq)"),
                // Submission counts per clipper, and duplicate checks per campaign.
                QStringLiteral("CREATE INDEX clips_campaign_owner ON clips (campaign_id, owner_id, status)"),
                QStringLiteral("CREATE INDEX clips_campaign_media ON clips (campaign_id, media_sha256)"),
                // A version has at most one next version.
                QStringLiteral("CREATE UNIQUE INDEX clips_one_next_version ON clips (previous_clip_id)"
                               " WHERE previous_clip_id IS NOT NULL"),
            }};
}

} // namespace ClipDesk::Storage
