// The client cache schema. Never edit a migration that has shipped: add a new one, and keep
// the column lists in tables() in step with the DDL.

#include "sync/cacheschema.h"

#include "sync/changeset.h"

#include <QDateTime>
#include <QJsonArray>

namespace ClipDesk::Sync {

namespace {

QJsonValue lookup(const QJsonObject &row, const QStringList &path)
{
    QJsonValue value = row;
    for (const QString &key : path) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(key);
    }
    return value;
}

Storage::Migration initialSchema()
{
    return {1,
            QStringLiteral("client cache"),
            {
                QStringLiteral("CREATE TABLE sync_state (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE campaigns ("
                               "id TEXT NOT NULL PRIMARY KEY, brand_id TEXT, name TEXT, status TEXT, category TEXT,"
                               " visibility TEXT, budget_minor INTEGER, currency TEXT, cpm_rate_minor INTEGER,"
                               " per_clip_minor INTEGER, payout_model TEXT, platforms TEXT, starts_at INTEGER,"
                               " ends_at INTEGER, flagged_reason TEXT, is_template INTEGER NOT NULL DEFAULT 0,"
                               " updated_at INTEGER, version INTEGER, row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX campaigns_status ON campaigns (status, updated_at)"),
                QStringLiteral("CREATE INDEX campaigns_brand ON campaigns (brand_id, status)"),
                QStringLiteral("CREATE INDEX campaigns_category ON campaigns (category, status)"),
                QStringLiteral("CREATE INDEX campaigns_name ON campaigns (name COLLATE NOCASE)"),
                QStringLiteral("CREATE INDEX campaigns_updated ON campaigns (updated_at)"),
                QStringLiteral("CREATE TABLE offers ("
                               "id TEXT NOT NULL PRIMARY KEY, thread_id TEXT, campaign_id TEXT, brand_id TEXT,"
                               " clipper_id TEXT, kind TEXT, round INTEGER, author_role TEXT, status TEXT,"
                               " per_clip_minor INTEGER, cpm_rate_minor INTEGER, created_at INTEGER, version INTEGER,"
                               " row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX offers_thread ON offers (thread_id, round)"),
                QStringLiteral("CREATE INDEX offers_campaign ON offers (campaign_id, clipper_id, status)"),
                QStringLiteral("CREATE INDEX offers_clipper ON offers (clipper_id, created_at)"),
                QStringLiteral("CREATE INDEX offers_brand ON offers (brand_id, created_at)"),
                QStringLiteral("CREATE TABLE memberships ("
                               "id TEXT NOT NULL PRIMARY KEY, campaign_id TEXT, brand_id TEXT, clipper_id TEXT,"
                               " offer_id TEXT, status TEXT, joined_at INTEGER, ended_at INTEGER, version INTEGER,"
                               " row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX memberships_campaign ON memberships (campaign_id, status)"),
                QStringLiteral("CREATE INDEX memberships_clipper ON memberships (clipper_id, status)"),
                QStringLiteral("CREATE TABLE profiles ("
                               "user_id TEXT NOT NULL PRIMARY KEY, username TEXT, display_name TEXT, role TEXT,"
                               " category TEXT, niche TEXT, reach INTEGER, version INTEGER, row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX profiles_role ON profiles (role, display_name COLLATE NOCASE)"),
                QStringLiteral("CREATE INDEX profiles_username ON profiles (username COLLATE NOCASE)"),
                QStringLiteral("CREATE INDEX profiles_category ON profiles (category, reach)"),
                QStringLiteral("CREATE TABLE notifications ("
                               "id TEXT NOT NULL PRIMARY KEY, user_id TEXT, kind TEXT, entity TEXT, entity_id TEXT,"
                               " created_at INTEGER, read_at INTEGER, version INTEGER, row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX notifications_user ON notifications (user_id, created_at)"),
                QStringLiteral("CREATE TABLE accounts ("
                               "id TEXT NOT NULL PRIMARY KEY, email TEXT, username TEXT, role TEXT,"
                               " flagged_reason TEXT, created_at INTEGER, version INTEGER, row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX accounts_role ON accounts (role, username COLLATE NOCASE)"),
                QStringLiteral("CREATE INDEX accounts_email ON accounts (email)"),
                QStringLiteral("CREATE TABLE audit_entries ("
                               "id TEXT NOT NULL PRIMARY KEY, admin_id TEXT, action TEXT, target_entity TEXT,"
                               " target_id TEXT, created_at INTEGER, row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX audit_entries_created ON audit_entries (created_at)"),
                QStringLiteral("CREATE INDEX audit_entries_target ON audit_entries (target_entity, target_id)"),
                // Mutations not yet confirmed by the server, in the order they were made.
                QStringLiteral("CREATE TABLE outbox ("
                               "seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE,"
                               " name TEXT NOT NULL, args_json TEXT NOT NULL, base_version INTEGER NOT NULL,"
                               " created_at INTEGER NOT NULL,"
                               " state TEXT NOT NULL CHECK (state IN ('pending', 'rejected', 'conflict')),"
                               " result_json TEXT)"),
                QStringLiteral("CREATE INDEX outbox_state ON outbox (state, seq)"),
                // The server's version of every row a pending mutation changed locally (row_json
                // NULL: the server has no such row), so that a rebase can start again from it.
                QStringLiteral("CREATE TABLE server_rows ("
                               "entity TEXT NOT NULL, id TEXT NOT NULL, row_json TEXT,"
                               " PRIMARY KEY (entity, id)) WITHOUT ROWID"),
            }};
}

// The campaign list reads 18 small columns of every row. The rows themselves are large
// (row_json holds the whole brief), so a full scan reads the whole table; this covering index
// holds just the list's columns, and SQLite scans it instead (about a tenth of the pages).
Storage::Migration campaignListIndex()
{
    return {2,
            QStringLiteral("covering index for the campaign list"),
            {
                QStringLiteral("CREATE INDEX campaigns_list ON campaigns (id, brand_id, name, status, category, visibility,"
                               " currency, payout_model, platforms, flagged_reason, budget_minor, cpm_rate_minor,"
                               " per_clip_minor, starts_at, ends_at, updated_at, version, is_template)"),
            }};
}

// Profile pictures: the ones waiting to be uploaded (kept across restarts until the server
// took them, or said why not) and the downloaded ones, by content hash.
Storage::Migration profileImages()
{
    return {3,
            QStringLiteral("profile images"),
            {
                QStringLiteral("CREATE TABLE pending_images ("
                               "slot TEXT NOT NULL PRIMARY KEY, png BLOB NOT NULL, queued_at INTEGER NOT NULL, error TEXT)"),
                QStringLiteral("CREATE TABLE image_blobs ("
                               "sha256 TEXT NOT NULL PRIMARY KEY, bytes BLOB NOT NULL, fetched_at INTEGER NOT NULL)"),
            }};
}

// Clips (every version of each): the owner's, and for brands and admins the submitted ones.
Storage::Migration clips()
{
    return {4,
            QStringLiteral("clips"),
            {
                QStringLiteral("CREATE TABLE clips ("
                               "id TEXT NOT NULL PRIMARY KEY, owner_id TEXT, campaign_id TEXT, brand_id TEXT, title TEXT,"
                               " status TEXT, platform TEXT, media_sha256 TEXT, thumbnail_sha256 TEXT,"
                               " previous_clip_id TEXT, version_number INTEGER, submitted_at INTEGER,"
                               " created_at INTEGER, updated_at INTEGER, version INTEGER, row_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX clips_owner ON clips (owner_id, updated_at)"),
                QStringLiteral("CREATE INDEX clips_campaign ON clips (campaign_id, owner_id, status)"),
                QStringLiteral("CREATE INDEX clips_brand ON clips (brand_id, status)"),
                QStringLiteral("CREATE INDEX clips_previous ON clips (previous_clip_id)"),
            }};
}

CacheColumn text(const char *name, QStringList path = {})
{
    const QString column = QString::fromLatin1(name);
    return {column, ColumnKind::Text, path.isEmpty() ? QStringList{column} : path};
}

CacheColumn integer(const char *name, QStringList path = {})
{
    const QString column = QString::fromLatin1(name);
    return {column, ColumnKind::Integer, path.isEmpty() ? QStringList{column} : path};
}

} // namespace

QVariant CacheColumn::valueIn(const QJsonObject &row) const
{
    const QJsonValue value = path.size() == 1 ? row.value(path.constFirst()) : lookup(row, path);
    switch (kind) {
    case ColumnKind::Text:
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(qint64(value.toDouble()));
        return QVariant(QMetaType::fromType<QString>());
    case ColumnKind::Integer:
        if (value.isDouble())
            return qint64(value.toDouble());
        if (value.isBool())
            return qint64(value.toBool());
        if (value.isString() && !value.toString().isEmpty()) {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (time.isValid())
                return time.toMSecsSinceEpoch();
        }
        return QVariant(QMetaType::fromType<qint64>());
    case ColumnKind::Boolean:
        return qint64(value.toBool() ? 1 : 0);
    case ColumnKind::TextList: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(QLatin1Char(','));
    }
    }
    return {};
}

namespace {

// The clip videos this device is uploading (ClipUploadQueue), so uploads resume after a restart.
Storage::Migration clipUploads()
{
    return {5,
            QStringLiteral("clip uploads"),
            {
                QStringLiteral("CREATE TABLE clip_uploads ("
                               "clip_id TEXT NOT NULL PRIMARY KEY, file_path TEXT NOT NULL, started_at INTEGER NOT NULL)"),
            }};
}

// Clip videos kept on this device for offline review (OfflineMediaStore): one row per video,
// by content hash; the bytes live in files next to the cache (a ".part" file while downloading).
Storage::Migration offlineMedia()
{
    return {6,
            QStringLiteral("offline clip videos"),
            {
                QStringLiteral("CREATE TABLE offline_media ("
                               "media_sha256 TEXT NOT NULL PRIMARY KEY,"
                               " state TEXT NOT NULL CHECK (state IN ('downloading', 'paused', 'ready', 'failed')),"
                               " file_name TEXT, total_bytes INTEGER NOT NULL DEFAULT 0, error TEXT,"
                               " requested_at INTEGER NOT NULL, completed_at INTEGER)"),
            }};
}

} // namespace

const QList<Storage::Migration> &CacheSchema::migrations()
{
    static const QList<Storage::Migration> history = {initialSchema(), campaignListIndex(), profileImages(), clips(), clipUploads(),
                                                      offlineMedia()};
    return history;
}

int CacheSchema::latestVersion()
{
    return int(migrations().size());
}

const QList<CacheTable> &CacheSchema::tables()
{
    static const QList<CacheTable> all = {
        {Entity::Campaign, QStringLiteral("campaigns"), QStringLiteral("id"),
         {text("brand_id"), text("name"), text("status"), text("category"), text("visibility"),
          integer("budget_minor", {QStringLiteral("budget"), QStringLiteral("minor")}),
          text("currency", {QStringLiteral("budget"), QStringLiteral("currency")}),
          integer("cpm_rate_minor"), integer("per_clip_minor"), text("payout_model"),
          {QStringLiteral("platforms"), ColumnKind::TextList, {QStringLiteral("platforms")}},
          integer("starts_at"), integer("ends_at"), text("flagged_reason"),
          {QStringLiteral("is_template"), ColumnKind::Boolean, {QStringLiteral("is_template")}},
          integer("updated_at"), integer("version")}},
        {Entity::Offer, QStringLiteral("offers"), QStringLiteral("id"),
         {text("thread_id"), text("campaign_id"), text("brand_id"), text("clipper_id"), text("kind"),
          integer("round"), text("author_role"), text("status"),
          integer("per_clip_minor", {QStringLiteral("terms"), QStringLiteral("per_clip_minor")}),
          integer("cpm_rate_minor", {QStringLiteral("terms"), QStringLiteral("cpm_rate_minor")}),
          integer("created_at"), integer("version")}},
        {Entity::Membership, QStringLiteral("memberships"), QStringLiteral("id"),
         {text("campaign_id"), text("brand_id"), text("clipper_id"), text("offer_id"), text("status"),
          integer("joined_at"), integer("ended_at"), integer("version")}},
        {Entity::Profile, QStringLiteral("profiles"), QStringLiteral("user_id"),
         {text("username"), text("display_name"), text("role"), text("category"), text("niche"),
          integer("reach"), integer("version")}},
        {Entity::Notification, QStringLiteral("notifications"), QStringLiteral("id"),
         {text("user_id"), text("kind"), text("entity"), text("entity_id"), integer("created_at"),
          integer("read_at"), integer("version")}},
        {Entity::Account, QStringLiteral("accounts"), QStringLiteral("id"),
         {text("email"), text("username"), text("role"), text("flagged_reason"), integer("created_at"),
          integer("version")}},
        {Entity::AuditEntry, QStringLiteral("audit_entries"), QStringLiteral("id"),
         {text("admin_id"), text("action"), text("target_entity"), text("target_id"), integer("created_at")}},
        {Entity::Clip, QStringLiteral("clips"), QStringLiteral("id"),
         {text("owner_id"), text("campaign_id"), text("brand_id"), text("title"), text("status"), text("platform"),
          text("media_sha256"), text("thumbnail_sha256"), text("previous_clip_id"), integer("version_number"),
          integer("submitted_at"), integer("created_at"), integer("updated_at"), integer("version")}},
    };
    return all;
}

const CacheTable *CacheSchema::table(const QString &entity)
{
    for (const CacheTable &candidate : tables()) {
        if (candidate.entity == entity)
            return &candidate;
    }
    return nullptr;
}

} // namespace ClipDesk::Sync
