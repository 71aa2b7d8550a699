// The schema history, oldest first. Never edit a migration that has shipped: add a new one.
// Dialect tokens ({BLOB}, {SERIAL_PK}) are listed in migrator.h. Primary keys say NOT NULL
// explicitly: SQLite, unlike PostgreSQL, would otherwise accept NULL in a TEXT PRIMARY KEY.

#include "storage/migrator.h"
#include "storage/migrationclips.h"
#include "storage/migrationuploads.h"

namespace ClipDesk::Storage {

namespace {

Migration accounts()
{
    return {1,
            QStringLiteral("accounts"),
            {
                QStringLiteral("CREATE TABLE users ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " email TEXT NOT NULL,"          // normalized to lower case
                               " username TEXT NOT NULL,"
                               " username_key TEXT NOT NULL,"   // lower case, for uniqueness
                               " password_hash TEXT NOT NULL,"
                               " role TEXT NOT NULL CHECK (role IN ('brand', 'clipper', 'admin')),"
                               " flagged_reason TEXT,"
                               " password_changed_at BIGINT NOT NULL,"
                               " created_at BIGINT NOT NULL,"
                               " updated_at BIGINT NOT NULL,"
                               " version BIGINT NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE UNIQUE INDEX users_email ON users (email)"),
                QStringLiteral("CREATE UNIQUE INDEX users_username_key ON users (username_key)"),
                // Room for "Sign in with Google" and other providers.
                QStringLiteral("CREATE TABLE oauth_identities ("
                               "provider TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " email TEXT,"
                               " created_at BIGINT NOT NULL,"
                               " PRIMARY KEY (provider, subject))"),
                QStringLiteral("CREATE TABLE sessions ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " token_hash TEXT NOT NULL UNIQUE,"
                               " created_at BIGINT NOT NULL,"
                               " last_used_at BIGINT NOT NULL,"
                               " expires_at BIGINT NOT NULL,"
                               " revoked_at BIGINT,"
                               " ip TEXT,"
                               " user_agent TEXT)"),
                QStringLiteral("CREATE INDEX sessions_user ON sessions (user_id)"),
                QStringLiteral("CREATE TABLE password_resets ("
                               "token_hash TEXT NOT NULL PRIMARY KEY,"
                               " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " created_at BIGINT NOT NULL,"
                               " expires_at BIGINT NOT NULL,"
                               " used_at BIGINT)"),
                QStringLiteral("CREATE TABLE auth_attempts ("
                               "scope TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX auth_attempts_lookup ON auth_attempts (scope, subject, at)"),
            }};
}

Migration profilesAndMedia()
{
    return {2,
            QStringLiteral("profiles and media"),
            {
                QStringLiteral("CREATE TABLE media_blobs ("
                               "sha256 TEXT NOT NULL PRIMARY KEY,"
                               " size_bytes BIGINT NOT NULL,"
                               " mime_type TEXT NOT NULL,"
                               " owner_id TEXT REFERENCES users (id) ON DELETE SET NULL,"
                               " created_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE profiles ("
                               "user_id TEXT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,"
                               " display_name TEXT NOT NULL DEFAULT '',"
                               " bio TEXT NOT NULL DEFAULT '',"
                               " avatar_sha256 TEXT,"
                               " social_links TEXT NOT NULL DEFAULT '[]',"
                               " company_name TEXT NOT NULL DEFAULT '',"
                               " industry TEXT NOT NULL DEFAULT '',"
                               " logo_sha256 TEXT,"
                               " brand_colors TEXT NOT NULL DEFAULT '[]',"
                               " category TEXT NOT NULL DEFAULT '',"
                               " niche TEXT NOT NULL DEFAULT '',"
                               " reach BIGINT NOT NULL DEFAULT 0,"
                               " portfolio_links TEXT NOT NULL DEFAULT '[]',"
                               " version BIGINT NOT NULL DEFAULT 1,"
                               " updated_at BIGINT NOT NULL)"),
                // Every existing account gets a profile.
                QStringLiteral("INSERT INTO profiles (user_id, display_name, updated_at)"
                               " SELECT id, username, updated_at FROM users"),
            }};
}

// Campaigns, offers, memberships, notifications, the admin audit log and the sync machinery.
// Every synced table has change_seq: the value of the global change sequence when the row last
// changed (see ChangeSequence). Booleans are INTEGER 0/1 on both backends; lists are JSON text.
Migration campaignsAndSync()
{
    return {3,
            QStringLiteral("campaigns and sync"),
            {
                QStringLiteral("CREATE TABLE change_sequence ("
                               "id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                               " value BIGINT NOT NULL)"),
                QStringLiteral("INSERT INTO change_sequence (id, value) VALUES (1, 0)"),

                QStringLiteral("ALTER TABLE users ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN field_versions TEXT NOT NULL DEFAULT '{}'"),
                // Existing accounts and profiles get distinct sequence values, so a first pull sees them.
                QStringLiteral("UPDATE users SET change_seq = 2 * r.rn - 1"
                               " FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY created_at, id) AS rn FROM users) AS r"
                               " WHERE r.id = users.id"),
                QStringLiteral("UPDATE profiles SET change_seq = 2 * r.rn"
                               " FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY created_at, id) AS rn FROM users) AS r"
                               " WHERE r.id = profiles.user_id"),
                QStringLiteral("UPDATE change_sequence SET value = 2 * (SELECT COUNT(*) FROM users) WHERE id = 1"),
                QStringLiteral("CREATE INDEX users_change_seq ON users (change_seq)"),
                QStringLiteral("CREATE INDEX profiles_change_seq ON profiles (change_seq)"),

                QStringLiteral("CREATE TABLE campaigns ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " brand_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),"
                               " name TEXT NOT NULL,"
                               " brief TEXT NOT NULL DEFAULT '',"
                               " category TEXT NOT NULL DEFAULT '',"
                               " starts_at BIGINT NOT NULL DEFAULT 0,"
                               " ends_at BIGINT NOT NULL DEFAULT 0,"
                               " time_zone TEXT NOT NULL DEFAULT 'UTC',"
                               " budget_minor BIGINT NOT NULL DEFAULT 0,"
                               " currency TEXT NOT NULL DEFAULT 'USD',"
                               " cpm_rate_minor BIGINT NOT NULL DEFAULT 0,"
                               " per_clip_minor BIGINT NOT NULL DEFAULT 0,"
                               " max_payout_per_clip_minor BIGINT NOT NULL DEFAULT 0,"
                               " min_views BIGINT NOT NULL DEFAULT 0,"
                               " cap_per_clipper_minor BIGINT NOT NULL DEFAULT 0,"
                               " visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),"
                               " goals TEXT NOT NULL DEFAULT '',"
                               " platforms TEXT NOT NULL DEFAULT '[]',"
                               " required_hashtags TEXT NOT NULL DEFAULT '[]',"
                               " disclosure_text TEXT NOT NULL DEFAULT '',"
                               " blacklisted_hashtags TEXT NOT NULL DEFAULT '[]',"
                               " submission_limit_per_clipper INTEGER NOT NULL DEFAULT 5,"
                               " source_asset_links TEXT NOT NULL DEFAULT '[]',"
                               " status TEXT NOT NULL DEFAULT 'draft'"
                               " CHECK (status IN ('draft', 'active', 'paused', 'completed', 'archived')),"
                               " flagged_reason TEXT,"
                               // public, active, not flagged, not a template: kept in step by the repository
                               " discoverable INTEGER NOT NULL DEFAULT 0 CHECK (discoverable IN (0, 1)),"
                               // once discoverable, clippers get a tombstone when it stops being visible
                               " ever_discoverable INTEGER NOT NULL DEFAULT 0 CHECK (ever_discoverable IN (0, 1)),"
                               " field_versions TEXT NOT NULL DEFAULT '{}',"
                               " version BIGINT NOT NULL DEFAULT 1,"
                               " change_seq BIGINT NOT NULL,"
                               " created_at BIGINT NOT NULL,"
                               " updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX campaigns_change_seq ON campaigns (change_seq)"),
                QStringLiteral("CREATE INDEX campaigns_brand ON campaigns (brand_id, change_seq)"),
                QStringLiteral("CREATE INDEX campaigns_discoverable ON campaigns (discoverable, created_at)"),

                QStringLiteral("CREATE TABLE offers ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " thread_id TEXT NOT NULL,"
                               " campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
                               " brand_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " clipper_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " kind TEXT NOT NULL CHECK (kind IN ('invite', 'application')),"
                               " round INTEGER NOT NULL CHECK (round >= 1),"
                               " author_role TEXT NOT NULL CHECK (author_role IN ('brand', 'clipper')),"
                               " requirements TEXT NOT NULL DEFAULT '',"
                               " per_clip_minor BIGINT NOT NULL DEFAULT 0,"
                               " cpm_rate_minor BIGINT NOT NULL DEFAULT 0,"
                               " currency TEXT NOT NULL,"
                               " message TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL"
                               " CHECK (status IN ('pending', 'countered', 'accepted', 'rejected', 'withdrawn')),"
                               " created_at BIGINT NOT NULL,"
                               " responded_at BIGINT NOT NULL DEFAULT 0,"
                               " version BIGINT NOT NULL DEFAULT 1,"
                               " change_seq BIGINT NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX offers_change_seq ON offers (change_seq)"),
                QStringLiteral("CREATE INDEX offers_brand ON offers (brand_id, change_seq)"),
                QStringLiteral("CREATE INDEX offers_clipper ON offers (clipper_id, change_seq)"),
                QStringLiteral("CREATE INDEX offers_campaign_clipper ON offers (campaign_id, clipper_id)"),
                QStringLiteral("CREATE INDEX offers_thread ON offers (thread_id, round)"),
                // One open negotiation per campaign and clipper: a thread is open while a round is pending.
                QStringLiteral("CREATE UNIQUE INDEX offers_one_open_thread ON offers (campaign_id, clipper_id)"
                               " WHERE status = 'pending'"),

                QStringLiteral("CREATE TABLE memberships ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
                               " brand_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " clipper_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " offer_id TEXT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,"
                               " requirements TEXT NOT NULL DEFAULT '',"
                               " per_clip_minor BIGINT NOT NULL DEFAULT 0,"
                               " cpm_rate_minor BIGINT NOT NULL DEFAULT 0,"
                               " currency TEXT NOT NULL,"
                               " message TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL CHECK (status IN ('active', 'removed', 'left')),"
                               " end_reason TEXT NOT NULL DEFAULT '',"
                               " joined_at BIGINT NOT NULL,"
                               " ended_at BIGINT NOT NULL DEFAULT 0,"
                               " version BIGINT NOT NULL DEFAULT 1,"
                               " change_seq BIGINT NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX memberships_change_seq ON memberships (change_seq)"),
                QStringLiteral("CREATE INDEX memberships_brand ON memberships (brand_id, change_seq)"),
                QStringLiteral("CREATE INDEX memberships_clipper ON memberships (clipper_id, change_seq)"),
                QStringLiteral("CREATE INDEX memberships_campaign_clipper ON memberships (campaign_id, clipper_id)"),
                QStringLiteral("CREATE UNIQUE INDEX memberships_one_active ON memberships (campaign_id, clipper_id)"
                               " WHERE status = 'active'"),

                QStringLiteral("CREATE TABLE notifications ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " kind TEXT NOT NULL,"
                               " title TEXT NOT NULL,"
                               " body TEXT NOT NULL DEFAULT '',"
                               " entity TEXT NOT NULL DEFAULT '',"
                               " entity_id TEXT NOT NULL DEFAULT '',"
                               " created_at BIGINT NOT NULL,"
                               " read_at BIGINT NOT NULL DEFAULT 0,"
                               " version BIGINT NOT NULL DEFAULT 1,"
                               " change_seq BIGINT NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX notifications_change_seq ON notifications (change_seq)"),
                QStringLiteral("CREATE INDEX notifications_user ON notifications (user_id, change_seq)"),

                QStringLiteral("CREATE TABLE audit_log ("
                               "id TEXT NOT NULL PRIMARY KEY,"
                               " admin_id TEXT REFERENCES users (id) ON DELETE SET NULL,"
                               " action TEXT NOT NULL,"
                               " target_entity TEXT NOT NULL,"
                               " target_id TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " created_at BIGINT NOT NULL,"
                               " change_seq BIGINT NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX audit_log_change_seq ON audit_log (change_seq)"),
                QStringLiteral("CREATE INDEX audit_log_target ON audit_log (target_entity, target_id)"),

                // (client_id, mutation_id) → the stored result, so that a retried push is applied once.
                QStringLiteral("CREATE TABLE applied_mutations ("
                               "client_id TEXT NOT NULL,"
                               " mutation_id TEXT NOT NULL,"
                               " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                               " name TEXT NOT NULL,"
                               " result TEXT NOT NULL,"
                               " applied_at BIGINT NOT NULL,"
                               " PRIMARY KEY (client_id, mutation_id))"),
                QStringLiteral("CREATE INDEX applied_mutations_user ON applied_mutations (user_id)"),

                // Rows that were really deleted; audience NULL means everyone.
                QStringLiteral("CREATE TABLE tombstones ("
                               "seq BIGINT NOT NULL PRIMARY KEY,"
                               " entity TEXT NOT NULL,"
                               " entity_id TEXT NOT NULL,"
                               " audience_user_id TEXT REFERENCES users (id) ON DELETE CASCADE,"
                               " created_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX tombstones_audience ON tombstones (audience_user_id, seq)"),
            }};
}

} // namespace

const QList<Migration> &Migrator::migrations()
{
    static const QList<Migration> history = {
        accounts(),
        profilesAndMedia(),
        campaignsAndSync(),
        uploadsAndClipMedia(),
        clips(),
    };
    return history;
}

} // namespace ClipDesk::Storage
