#include "schemainspection.h"

#include <QSqlRecord>

using namespace ClipDesk::Storage;

namespace ClipDesk::Testing {

QStringList latin1List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

// Every row of a query as "a|b|c" strings.
QStringList rows(Database &db, const QString &sql, const QVariantList &args)
{
    QStringList out;
    auto query = db.exec(sql, args);
    if (!query)
        return {QStringLiteral("ERROR ") + query.error().message};
    while (query->next()) {
        QStringList fields;
        for (int i = 0; i < query->record().count(); ++i)
            fields.append(query->value(i).isNull() ? QStringLiteral("NULL") : query->value(i).toString());
        out.append(fields.join(QLatin1Char('|')));
    }
    return out;
}

int scalar(Database &db, const QString &sql, const QVariantList &args)
{
    const auto row = db.queryOne(sql, args);
    return row && *row ? (*row)->value(0).toInt() : -1;
}

QStringList tableNames(Database &db)
{
    return db.backend() == Backend::Sqlite
        ? rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name"))
        : rows(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                  "AND table_type = 'BASE TABLE' ORDER BY table_name"));
}

QStringList columnNames(Database &db, const QString &table)
{
    if (db.backend() == Backend::Sqlite) {
        QStringList names;
        for (const QString &row : rows(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table}))
            names.append(row);
        return names;
    }
    return rows(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                   "AND table_name = ? ORDER BY ordinal_position"),
                {table});
}

// Tables, columns (type, nullability, default), indexes and constraints, for comparing schemas.
QStringList describeSchema(Database &db)
{
    QStringList schema;
    const QStringList tables = tableNames(db);
    for (const QString &table : tables) {
        schema.append(QStringLiteral("table ") + table);
        if (db.backend() == Backend::Sqlite) {
            schema += rows(db, QStringLiteral("SELECT ? || '.' || name, type, \"notnull\", dflt_value, pk "
                                              "FROM pragma_table_info(?) ORDER BY cid"),
                           {table, table});
            schema += rows(db, QStringLiteral("SELECT ? || ' fk', \"from\", \"table\", \"to\", on_delete "
                                              "FROM pragma_foreign_key_list(?) ORDER BY \"from\""),
                           {table, table});
        } else {
            schema += rows(db, QStringLiteral("SELECT table_name || '.' || column_name, data_type, is_nullable, "
                                              "column_default FROM information_schema.columns "
                                              "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"),
                           {table});
        }
    }
    if (db.backend() == Backend::Sqlite) {
        schema += rows(db, QStringLiteral("SELECT 'index ' || name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                          "ORDER BY name"));
    } else {
        schema += rows(db, QStringLiteral("SELECT 'index ' || indexname, indexdef FROM pg_indexes "
                                          "WHERE schemaname = 'public' ORDER BY indexname"));
        schema += rows(db, QStringLiteral("SELECT 'constraint ' || conrelid::regclass::text, pg_get_constraintdef(oid) "
                                          "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                                          "ORDER BY 1, 2"));
    }
    return schema;
}

// Sample rows valid at `version` (which is at least 1).
Status insertSampleData(Database &db, int version)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO users (id, email, username, username_key, password_hash, role, flagged_reason, "
                       "password_changed_at, created_at, updated_at, version) VALUES "
                       "('u1', 'alice@example.com', 'Alice', 'alice', 'hash1', 'brand', NULL, 100, 100, 150, 3)"),
        QStringLiteral("INSERT INTO users (id, email, username, username_key, password_hash, role, flagged_reason, "
                       "password_changed_at, created_at, updated_at) VALUES "
                       "('u2', 'bob@example.com', 'Bob_the_Clipper', 'bob_the_clipper', 'hash2', 'clipper', "
                       "'suspicious', 200, 200, 250)"),
        QStringLiteral("INSERT INTO oauth_identities (provider, subject, user_id, email, created_at) VALUES "
                       "('google', 'g-123', 'u2', 'bob@gmail.com', 300)"),
        QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, created_at, last_used_at, expires_at, ip, "
                       "user_agent) VALUES ('s1', 'u1', 'th1', 400, 410, 9999, '127.0.0.1', 'tst')"),
        QStringLiteral("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES "
                       "('rt1', 'u1', 500, 600)"),
        QStringLiteral("INSERT INTO auth_attempts (scope, subject, at) VALUES ('login', 'alice@example.com', 700)"),
    };
    QStringList all = statements;
    if (version >= 2) {
        all += {
            QStringLiteral("INSERT INTO users (id, email, username, username_key, password_hash, role, "
                           "password_changed_at, created_at, updated_at) VALUES "
                           "('u3', 'carol@example.com', 'Carol', 'carol', 'hash3', 'admin', 800, 800, 800)"),
            QStringLiteral("INSERT INTO profiles (user_id, display_name, bio, reach, updated_at) VALUES "
                           "('u3', 'Carol C.', 'admin bio', 12, 800)"),
            QStringLiteral("INSERT INTO media_blobs (sha256, size_bytes, mime_type, owner_id, created_at) VALUES "
                           "('ab', 3, 'image/png', 'u1', 900)"),
        };
    }
    if (version >= 3) {
        all += {
            QStringLiteral("INSERT INTO campaigns (id, brand_id, name, platforms, status, discoverable, ever_discoverable, "
                           "change_seq, created_at, updated_at) VALUES "
                           "('c1', 'u1', 'Summer drop', '[\"tiktok\"]', 'active', 1, 1, 101, 1000, 1000)"),
            QStringLiteral("INSERT INTO offers (id, thread_id, campaign_id, brand_id, clipper_id, kind, round, author_role, "
                           "currency, status, created_at, change_seq) VALUES "
                           "('o1', 'o1', 'c1', 'u1', 'u2', 'application', 1, 'clipper', 'USD', 'accepted', 1100, 102)"),
            QStringLiteral("INSERT INTO memberships (id, campaign_id, brand_id, clipper_id, offer_id, currency, status, "
                           "joined_at, change_seq) VALUES ('m1', 'c1', 'u1', 'u2', 'o1', 'USD', 'active', 1200, 103)"),
            QStringLiteral("INSERT INTO notifications (id, user_id, kind, title, created_at, change_seq) VALUES "
                           "('n1', 'u1', 'campaign_flagged', 'Flagged', 1300, 104)"),
            QStringLiteral("INSERT INTO audit_log (id, admin_id, action, target_entity, target_id, reason, created_at, "
                           "change_seq) VALUES ('a1', 'u3', 'admin.flag_campaign', 'campaign', 'c1', 'spam', 1400, 105)"),
            QStringLiteral("INSERT INTO applied_mutations (client_id, mutation_id, user_id, name, result, applied_at) "
                           "VALUES ('k1', 'x1', 'u1', 'campaign.create', '{}', 1500)"),
            QStringLiteral("INSERT INTO tombstones (seq, entity, entity_id, audience_user_id, created_at) VALUES "
                           "(106, 'campaign', 'c0', 'u1', 1600)"),
        };
    }
    if (version >= 4) {
        all += {
            QStringLiteral("INSERT INTO tus_uploads (id, owner_id, length, upload_offset, metadata, partial_path, created_at, "
                           "expires_at) VALUES ('t1', 'u2', 100, 40, '{\"filename\":\"a.mp4\"}', 'uploads/t1', 1700, 9999)"),
            QStringLiteral("INSERT INTO clip_media (sha256, owner_id, size_bytes, duration_ms, width, height, status, "
                           "created_at) VALUES ('cd', 'u2', 100, 4000, 640, 360, 'ready', 1800)"),
        };
    }
    if (version >= 5) {
        all += {
            QStringLiteral("INSERT INTO clips (id, owner_id, campaign_id, brand_id, title, hashtags, platform, media_sha256, "
                           "status, change_seq, created_at, updated_at) VALUES "
                           "('k1', 'u2', 'c1', 'u1', 'Best moment', '[\"#drop\"]', 'tiktok', 'cd', 'submitted', 107, 1900, 1900)"),
        };
    }
    for (const QString &sql : std::as_const(all)) {
        if (auto done = db.exec(sql); !done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace ClipDesk::Testing
