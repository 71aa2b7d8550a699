#include "postgresharness.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Storage;

namespace {

template<typename T>
QString errorText(const std::expected<T, Error> &result)
{
    return result ? QString() : result.error().code + QStringLiteral(": ") + result.error().message;
}

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &verifyOkResult = (expr);                                                                           \
        QVERIFY2(verifyOkResult.has_value(), qPrintable(errorText(verifyOkResult)));                                   \
    } while (false)

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QStringList latin1List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

// Every row of a query as "a|b|c" strings.
QStringList rows(Database &db, const QString &sql, const QVariantList &args = {})
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

int scalar(Database &db, const QString &sql, const QVariantList &args = {})
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
    for (const QString &sql : std::as_const(all)) {
        if (auto done = db.exec(sql); !done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace

class tst_Migrations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void historyIsWellFormed();
    void dialectSubstitution();

    void freshToLatest_data() { addBackendRows(); }
    void freshToLatest();
    void upgradeFromEveryVersion_data();
    void upgradeFromEveryVersion();
    void rerunIsNoop_data() { addBackendRows(); }
    void rerunIsNoop();
    void newerDatabaseIsRefused_data() { addBackendRows(); }
    void newerDatabaseIsRefused();
    void invalidTargetIsRefused_data() { addBackendRows(); }
    void invalidTargetIsRefused();
    void conflictingTableLeavesVersionUnchanged_data() { addBackendRows(); }
    void conflictingTableLeavesVersionUnchanged();
    void failingMigrationIsAtomic_data() { addBackendRows(); }
    void failingMigrationIsAtomic();
    void dialectTokensWorkOnBackend_data() { addBackendRows(); }
    void dialectTokensWorkOnBackend();
    void concurrentMigrationsDoNotRace_data() { addBackendRows(); }
    void concurrentMigrationsDoNotRace();

private:
    DatabaseLocation freshLocation(const QString &backend);
    std::unique_ptr<Database> openFresh(const QString &backend);

    QTemporaryDir m_dir;
    std::unique_ptr<Testing::PostgresHarness> m_postgres;
    int m_sqliteFiles = 0;
};

void tst_Migrations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto harness = Testing::PostgresHarness::start();
    QVERIFY2(harness.has_value(), qPrintable(errorText(harness)));
    m_postgres = std::move(*harness);
}

DatabaseLocation tst_Migrations::freshLocation(const QString &backend)
{
    if (backend == QLatin1String("sqlite")) {
        DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(QStringLiteral("m%1.db").arg(++m_sqliteFiles));
        return location;
    }
    const auto url = m_postgres->createDatabase();
    if (!url) {
        qWarning("%s", qPrintable(errorText(url)));
        return {};
    }
    return *DatabaseLocation::parse(*url, {});
}

std::unique_ptr<Database> tst_Migrations::openFresh(const QString &backend)
{
    auto db = Database::open(freshLocation(backend), QStringLiteral("tst_migrations"));
    if (!db) {
        qWarning("%s", qPrintable(errorText(db)));
        return {};
    }
    return std::move(*db);
}

void tst_Migrations::historyIsWellFormed()
{
    const auto &history = Migrator::migrations();
    QVERIFY(!history.isEmpty());
    QCOMPARE(Migrator::latestVersion(), history.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(history.at(i).version, i + 1);
        QVERIFY(!history.at(i).name.isEmpty());
        QVERIFY(!history.at(i).statements.isEmpty());
    }
    QCOMPARE(history.at(0).name, QStringLiteral("accounts"));
    QCOMPARE(history.at(1).name, QStringLiteral("profiles and media"));
}

void tst_Migrations::dialectSubstitution()
{
    const QString sql = QStringLiteral("CREATE TABLE t (id {SERIAL_PK}, data {BLOB} NOT NULL, note TEXT DEFAULT '{}')");
    const auto sqlite = Migrator::dialectSql(sql, Backend::Sqlite);
    VERIFY_OK(sqlite);
    QCOMPARE(*sqlite, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL, "
                                     "note TEXT DEFAULT '{}')"));
    const auto pg = Migrator::dialectSql(sql, Backend::Postgres);
    VERIFY_OK(pg);
    QCOMPARE(*pg, QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                                 "data BYTEA NOT NULL, note TEXT DEFAULT '{}')"));
    QVERIFY(!Migrator::dialectSql(QStringLiteral("CREATE TABLE t (x {UNKNOWN})"), Backend::Sqlite));
}

void tst_Migrations::freshToLatest()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    QCOMPARE(*Migrator::currentVersion(*db), 0);
    QVERIFY(tableNames(*db).isEmpty()); // asking does not create anything

    VERIFY_OK(Migrator::migrate(*db));
    QCOMPARE(*Migrator::currentVersion(*db), Migrator::latestVersion());

    const QMap<QString, QStringList> expected = {
        {QStringLiteral("schema_migrations"), latin1List({"version", "name", "applied_at"})},
        {QStringLiteral("users"),
         latin1List({"id", "email", "username", "username_key", "password_hash", "role", "flagged_reason", "password_changed_at",
          "created_at", "updated_at", "version", "change_seq"})},
        {QStringLiteral("oauth_identities"), latin1List({"provider", "subject", "user_id", "email", "created_at"})},
        {QStringLiteral("sessions"),
         latin1List({"id", "user_id", "token_hash", "created_at", "last_used_at", "expires_at", "revoked_at", "ip", "user_agent"})},
        {QStringLiteral("password_resets"), latin1List({"token_hash", "user_id", "created_at", "expires_at", "used_at"})},
        {QStringLiteral("auth_attempts"), latin1List({"scope", "subject", "at"})},
        {QStringLiteral("media_blobs"), latin1List({"sha256", "size_bytes", "mime_type", "owner_id", "created_at"})},
        {QStringLiteral("profiles"),
         latin1List({"user_id", "display_name", "bio", "avatar_sha256", "social_links", "company_name", "industry", "logo_sha256",
          "brand_colors", "category", "niche", "reach", "portfolio_links", "version", "updated_at", "change_seq",
          "field_versions"})},
        {QStringLiteral("change_sequence"), latin1List({"id", "value"})},
        {QStringLiteral("campaigns"),
         latin1List({"id", "brand_id", "is_template", "name", "brief", "category", "starts_at", "ends_at", "time_zone",
          "budget_minor", "currency", "cpm_rate_minor", "per_clip_minor", "max_payout_per_clip_minor", "min_views",
          "cap_per_clipper_minor", "visibility", "goals", "platforms", "required_hashtags", "disclosure_text",
          "blacklisted_hashtags", "submission_limit_per_clipper", "source_asset_links", "status", "flagged_reason",
          "discoverable", "ever_discoverable", "field_versions", "version", "change_seq", "created_at", "updated_at"})},
        {QStringLiteral("offers"),
         latin1List({"id", "thread_id", "campaign_id", "brand_id", "clipper_id", "kind", "round", "author_role", "requirements",
          "per_clip_minor", "cpm_rate_minor", "currency", "message", "status", "created_at", "responded_at", "version",
          "change_seq"})},
        {QStringLiteral("memberships"),
         latin1List({"id", "campaign_id", "brand_id", "clipper_id", "offer_id", "requirements", "per_clip_minor",
          "cpm_rate_minor", "currency", "message", "status", "end_reason", "joined_at", "ended_at", "version", "change_seq"})},
        {QStringLiteral("notifications"),
         latin1List({"id", "user_id", "kind", "title", "body", "entity", "entity_id", "created_at", "read_at", "version",
          "change_seq"})},
        {QStringLiteral("audit_log"),
         latin1List({"id", "admin_id", "action", "target_entity", "target_id", "reason", "created_at", "change_seq"})},
        {QStringLiteral("applied_mutations"),
         latin1List({"client_id", "mutation_id", "user_id", "name", "result", "applied_at"})},
        {QStringLiteral("tombstones"), latin1List({"seq", "entity", "entity_id", "audience_user_id", "created_at"})},
    };
    QCOMPARE(tableNames(*db), QStringList(expected.keys()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(columnNames(*db, it.key()), it.value());

    const QStringList schema = describeSchema(*db);
    for (const char *index : {"index users_email", "index users_username_key", "index sessions_user",
                              "index auth_attempts_lookup", "index users_change_seq", "index profiles_change_seq",
                              "index campaigns_change_seq", "index campaigns_brand", "index offers_change_seq",
                              "index offers_one_open_thread", "index memberships_one_active",
                              "index notifications_user", "index tombstones_audience"}) {
        const bool found = std::any_of(schema.cbegin(), schema.cend(), [index](const QString &line) {
            return line.startsWith(QLatin1String(index) + QLatin1Char('|'));
        });
        QVERIFY2(found, index);
    }
    QCOMPARE(rows(*db, QStringLiteral("SELECT version, name FROM schema_migrations ORDER BY version")),
             QStringList({QStringLiteral("1|accounts"), QStringLiteral("2|profiles and media"),
                          QStringLiteral("3|campaigns and sync")}));
    QCOMPARE(rows(*db, QStringLiteral("SELECT id, value FROM change_sequence")), QStringList(QStringLiteral("1|0")));

    // The constraints are real: role check, unique email, cascading deletes.
    QVERIFY(insertSampleData(*db, Migrator::latestVersion()));
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO users (id, email, username, username_key, password_hash, role, "
                                     "password_changed_at, created_at, updated_at) VALUES "
                                     "('u9', 'x@example.com', 'x', 'x', 'h', 'superuser', 1, 1, 1)")));
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO users (id, email, username, username_key, password_hash, role, "
                                     "password_changed_at, created_at, updated_at) VALUES "
                                     "('u9', 'alice@example.com', 'y', 'y', 'h', 'brand', 1, 1, 1)")));
    VERIFY_OK(db->exec(QStringLiteral("DELETE FROM users WHERE id = 'u1'")));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM media_blobs WHERE owner_id IS NULL")), 1);
}

void tst_Migrations::upgradeFromEveryVersion_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("fromVersion");
    for (const char *backend : {"sqlite", "postgresql"}) {
        for (int version = 0; version < Migrator::latestVersion(); ++version)
            QTest::addRow("%s from %d", backend, version) << QString::fromLatin1(backend) << version;
    }
}

void tst_Migrations::upgradeFromEveryVersion()
{
    QFETCH(QString, backend);
    QFETCH(int, fromVersion);

    auto fresh = openFresh(backend);
    QVERIFY(fresh);
    VERIFY_OK(Migrator::migrate(*fresh));
    const QStringList latestSchema = describeSchema(*fresh);

    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(Migrator::migrate(*db, fromVersion));
    QCOMPARE(*Migrator::currentVersion(*db), fromVersion);
    if (fromVersion >= 1)
        VERIFY_OK(insertSampleData(*db, fromVersion));

    VERIFY_OK(Migrator::migrate(*db));
    QCOMPARE(*Migrator::currentVersion(*db), Migrator::latestVersion());
    QCOMPARE(describeSchema(*db), latestSchema);

    if (fromVersion == 0) {
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM profiles")), 0);
        return;
    }
    // Everything written at the old version is still there.
    QCOMPARE(rows(*db, QStringLiteral("SELECT id, email, username, role, flagged_reason, version FROM users "
                                      "WHERE id IN ('u1', 'u2') ORDER BY id")),
             QStringList({QStringLiteral("u1|alice@example.com|Alice|brand|NULL|3"),
                          QStringLiteral("u2|bob@example.com|Bob_the_Clipper|clipper|suspicious|1")}));
    QCOMPARE(rows(*db, QStringLiteral("SELECT id, user_id, token_hash, revoked_at FROM sessions")),
             QStringList(QStringLiteral("s1|u1|th1|NULL")));
    QCOMPARE(rows(*db, QStringLiteral("SELECT provider, subject, user_id FROM oauth_identities")),
             QStringList(QStringLiteral("google|g-123|u2")));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM password_resets")), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM auth_attempts")), 1);

    // Users that existed before profiles got one, named after them.
    if (fromVersion < 2) {
        QCOMPARE(rows(*db, QStringLiteral("SELECT p.user_id, p.display_name, p.bio, p.social_links, p.reach, "
                                          "p.version, p.updated_at FROM profiles p ORDER BY p.user_id")),
                 QStringList({QStringLiteral("u1|Alice||[]|0|1|150"),
                              QStringLiteral("u2|Bob_the_Clipper||[]|0|1|250")}));
    }
    // Accounts and profiles that existed before sync got distinct change sequence values, oldest
    // first, so that a first pull sees them; the sequence continues after them.
    if (fromVersion < 3) {
        const QStringList users = fromVersion >= 2 ? QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")}
                                                   : QStringList{QStringLiteral("u1"), QStringLiteral("u2")};
        QStringList expectedUsers;
        QStringList expectedProfiles;
        for (qsizetype i = 0; i < users.size(); ++i) {
            expectedUsers.append(users.at(i) + QLatin1Char('|') + QString::number(2 * i + 1));
            // At version 2 the sample users u1 and u2 were inserted without a profile.
            if (fromVersion < 2 || users.at(i) == u"u3")
                expectedProfiles.append(users.at(i) + QLatin1Char('|') + QString::number(2 * i + 2) + QStringLiteral("|{}"));
        }
        QCOMPARE(rows(*db, QStringLiteral("SELECT id, change_seq FROM users ORDER BY id")), expectedUsers);
        QCOMPARE(rows(*db, QStringLiteral("SELECT user_id, change_seq, field_versions FROM profiles ORDER BY user_id")),
                 expectedProfiles);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")), int(2 * users.size()));
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO campaigns (id, brand_id, name, change_seq, created_at, updated_at) "
                                          "VALUES ('c9', 'u1', 'After upgrade', 50, 1, 1)")));
    }
    // The upgraded database takes new data like a fresh one.
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO media_blobs (sha256, size_bytes, mime_type, owner_id, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {QStringLiteral("cd"), 10, QStringLiteral("video/mp4"), QStringLiteral("u2"), 1000}));
}

void tst_Migrations::rerunIsNoop()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(Migrator::migrate(*db));
    const QStringList history = rows(*db, QStringLiteral("SELECT version, name, applied_at FROM schema_migrations "
                                                         "ORDER BY version"));
    const QStringList schema = describeSchema(*db);
    QThread::msleep(5); // a second run would record a later applied_at
    VERIFY_OK(Migrator::migrate(*db));
    VERIFY_OK(Migrator().migrate(*db));
    QCOMPARE(rows(*db, QStringLiteral("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")),
             history);
    QCOMPARE(describeSchema(*db), schema);
    // Asking for an older version than the database has changes nothing either (forward-only).
    VERIFY_OK(Migrator::migrate(*db, 1));
    QCOMPARE(*Migrator::currentVersion(*db), Migrator::latestVersion());
    QCOMPARE(describeSchema(*db), schema);
}

void tst_Migrations::newerDatabaseIsRefused()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(Migrator::migrate(*db, 1));
    const int future = Migrator::latestVersion() + 1;
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                       {future, QStringLiteral("from the future"), 1}));
    const QStringList schema = describeSchema(*db);

    const Status migrated = Migrator::migrate(*db);
    QVERIFY(!migrated);
    QVERIFY2(migrated.error().message.contains(QString::number(future)), qPrintable(migrated.error().message));
    QVERIFY(!db->inWriteTransaction());
    QCOMPARE(describeSchema(*db), schema); // no profiles table, nothing else either
    QCOMPARE(*Migrator::currentVersion(*db), future);
    QVERIFY(!Migrator::migrate(*db, 1));
}

void tst_Migrations::invalidTargetIsRefused()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    const Status tooNew = Migrator::migrate(*db, Migrator::latestVersion() + 1);
    QVERIFY(!tooNew);
    QCOMPARE(tooNew.error().code, QStringLiteral("invalid_argument"));
    QVERIFY(!Migrator::migrate(*db, -1));
    QVERIFY(tableNames(*db).isEmpty());

    QList<Migration> gap = Migrator::migrations();
    gap[1].version = 5;
    QVERIFY(!Migrator::migrate(*db, gap, 1));
    QVERIFY(tableNames(*db).isEmpty());

    // Not inside someone else's transaction.
    VERIFY_OK(db->beginWrite());
    QVERIFY(!Migrator::migrate(*db));
    db->rollback();
    QVERIFY(tableNames(*db).isEmpty());
}

void tst_Migrations::conflictingTableLeavesVersionUnchanged()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(Migrator::migrate(*db, 1));
    VERIFY_OK(insertSampleData(*db, 1));
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE profiles (unexpected TEXT)")));

    const Status migrated = Migrator::migrate(*db);
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().code, QStringLiteral("storage_error"));
    QVERIFY2(migrated.error().message.contains(QLatin1String("profiles and media")), qPrintable(migrated.error().message));
    QCOMPARE(*Migrator::currentVersion(*db), 1);
    QVERIFY(!tableNames(*db).contains(QStringLiteral("media_blobs"))); // created earlier in the same migration
    QCOMPARE(columnNames(*db, QStringLiteral("profiles")), QStringList(QStringLiteral("unexpected")));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")), 2);

    // Once the obstacle is gone, the migration goes through.
    VERIFY_OK(db->exec(QStringLiteral("DROP TABLE profiles")));
    VERIFY_OK(Migrator::migrate(*db));
    QCOMPARE(*Migrator::currentVersion(*db), Migrator::latestVersion());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM profiles")), 2);
}

void tst_Migrations::failingMigrationIsAtomic()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(Migrator::migrate(*db));
    VERIFY_OK(insertSampleData(*db, Migrator::latestVersion()));
    const QStringList schema = describeSchema(*db);
    const int latest = Migrator::latestVersion();

    QList<Migration> history = Migrator::migrations();
    history.append(Migration{latest + 1,
                             QStringLiteral("half done"),
                             {QStringLiteral("CREATE TABLE half_done (x BIGINT)"),
                              QStringLiteral("INSERT INTO half_done VALUES (1)"),
                              QStringLiteral("UPDATE users SET username = 'changed'"),
                              QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    const Status migrated = Migrator::migrate(*db, history, latest + 1);
    QVERIFY(!migrated);
    QVERIFY(!db->inWriteTransaction());
    QCOMPARE(*Migrator::currentVersion(*db), latest);
    QCOMPARE(describeSchema(*db), schema);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'changed'")), 0);

    history.last().statements.removeLast();
    VERIFY_OK(Migrator::migrate(*db, history, latest + 1));
    QCOMPARE(*Migrator::currentVersion(*db), latest + 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM half_done")), 1);
    // A binary that only knows the older history now refuses this database.
    QVERIFY(!Migrator::migrate(*db));
}

void tst_Migrations::dialectTokensWorkOnBackend()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    const QList<Migration> history = {
        Migration{1,
                  QStringLiteral("tokens"),
                  {QStringLiteral("CREATE TABLE events (seq {SERIAL_PK}, payload {BLOB} NOT NULL)")}},
    };
    VERIFY_OK(Migrator::migrate(*db, history, 1));
    const QByteArray payload("\x00\x01\xff binary", 10);
    for (int i = 0; i < 2; ++i)
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO events (payload) VALUES (?)"), {payload}));
    QCOMPARE(rows(*db, QStringLiteral("SELECT seq FROM events ORDER BY seq")),
             QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    const auto row = db->queryOne(QStringLiteral("SELECT payload FROM events WHERE seq = ?"), {2});
    VERIFY_OK(row);
    QCOMPARE((*row)->value(0).toByteArray(), payload);
}

void tst_Migrations::concurrentMigrationsDoNotRace()
{
    QFETCH(QString, backend);
    for (int round = 0; round < 3; ++round) {
        const DatabaseLocation location = freshLocation(backend);
        Status results[2];
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&location, &result = results[i]] {
                auto db = Database::open(location, QStringLiteral("tst_migrations_thread"));
                result = db ? Migrator::migrate(**db) : Status(std::unexpected(db.error()));
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        for (const Status &result : results)
            VERIFY_OK(result);

        auto db = Database::open(location, QStringLiteral("tst_migrations"));
        VERIFY_OK(db);
        QCOMPARE(*Migrator::currentVersion(**db), Migrator::latestVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), Migrator::latestVersion());
    }
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
