#include "freeport.h"
#include "postgresharness.h"
#include "storagetestsupport.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <csignal>

using namespace ClipDesk;
using namespace ClipDesk::Storage;
using namespace ClipDesk::Testing;

namespace {


} // namespace

class tst_Database final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void describeHidesPassword();

    void sqlitePragmas();
    void sqliteBeginImmediateTakesWriteLock();
    void connectionNamesAreUniqueAndRemoved();
    void openFailuresAreErrors();

    void roundTrip_data() { addBackendRows(); }
    void roundTrip();
    void placeholdersInsideLiterals_data() { addBackendRows(); }
    void placeholdersInsideLiterals();
    void queryOne_data() { addBackendRows(); }
    void queryOne();
    void execErrorsAreErrors_data() { addBackendRows(); }
    void execErrorsAreErrors();
    void foreignKeysEnforced_data() { addBackendRows(); }
    void foreignKeysEnforced();
    void writeTransactionRollsBackOnScopeExit_data() { addBackendRows(); }
    void writeTransactionRollsBackOnScopeExit();
    void transactionMisuseIsRefused_data() { addBackendRows(); }
    void transactionMisuseIsRefused();
    void failedStatementInTransaction_data() { addBackendRows(); }
    void failedStatementInTransaction();

private:
    std::unique_ptr<Database> openFresh(const QString &backend);
    std::unique_ptr<Database> openAt(const DatabaseLocation &location);

    QTemporaryDir m_dir;
    std::unique_ptr<Testing::PostgresHarness> m_postgres;
    int m_sqliteFiles = 0;
};

void tst_Database::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto harness = Testing::PostgresHarness::start();
    QVERIFY2(harness.has_value(), qPrintable(errorText(harness)));
    m_postgres = std::move(*harness);
    QVERIFY(m_postgres->port() > 0);
}

void tst_Database::cleanupTestCase()
{
    if (!m_postgres)
        return;
    const qint64 pid = m_postgres->postmasterPid();
    const QString dataDir = m_postgres->dataDirectory();
    QVERIFY(pid > 0);
    QVERIFY(::kill(pid_t(pid), 0) == 0);
    m_postgres.reset();
    // The harness stops the server by PID and removes its directory.
    const QString stat = QStringLiteral("/proc/%1/stat").arg(pid);
    QFile statFile(stat);
    const bool gone = !statFile.open(QIODevice::ReadOnly) || statFile.readAll().contains(") Z ");
    QVERIFY(gone);
    QVERIFY(!QFileInfo::exists(dataDir));
}

std::unique_ptr<Database> tst_Database::openAt(const DatabaseLocation &location)
{
    auto db = Database::open(location, QStringLiteral("tst_database"));
    if (!db) {
        qWarning("%s", qPrintable(errorText(db)));
        return {};
    }
    return std::move(*db);
}

std::unique_ptr<Database> tst_Database::openFresh(const QString &backend)
{
    if (backend == QLatin1String("sqlite")) {
        const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("db%1.db").arg(++m_sqliteFiles));
        return openAt(*DatabaseLocation::parse(spec, {}));
    }
    const auto url = m_postgres->createDatabase();
    if (!url) {
        qWarning("%s", qPrintable(errorText(url)));
        return {};
    }
    const auto location = DatabaseLocation::parse(*url, {});
    if (!location)
        return {};
    return openAt(*location);
}

void tst_Database::parseValid_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("sqlitePath");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    const QString sqlite = QStringLiteral("sqlite");
    const QString pg = QStringLiteral("postgresql");
    QTest::newRow("sqlite in data dir") << "sqlite" << "/var/lib/clipdesk" << sqlite << "/var/lib/clipdesk/clipdesk.db"
                                        << "" << 5432 << "" << "" << "" << "";
    QTest::newRow("sqlite upper case, trimmed") << "  SQLite " << "/data/" << sqlite << "/data/clipdesk.db" << ""
                                                << 5432 << "" << "" << "" << "";
    QTest::newRow("sqlite absolute path") << "sqlite:/srv/db/main.db" << "" << sqlite << "/srv/db/main.db" << "" << 5432
                                          << "" << "" << "" << "";
    QTest::newRow("sqlite url form") << "sqlite:///srv/x/../main.db" << "" << sqlite << "/srv/main.db" << "" << 5432
                                     << "" << "" << "" << "";
    QTest::newRow("postgresql full") << "postgresql://alice:s3cret@db.example.com:6543/clipdesk_prod" << "" << pg << ""
                                     << "db.example.com" << 6543 << "clipdesk_prod" << "alice" << "s3cret" << "";
    QTest::newRow("postgres scheme") << "postgres://bob@10.0.0.5/app" << "" << pg << "" << "10.0.0.5" << 5432 << "app"
                                     << "bob" << "" << "";
    QTest::newRow("percent decoding") << "postgresql://al%20ice:p%40ss%3Aw%2Fd@localhost/clip%20desk" << "" << pg << ""
                                      << "localhost" << 5432 << "clip desk" << "al ice" << "p@ss:w/d" << "";
    QTest::newRow("defaults") << "postgresql://" << "" << pg << "" << "localhost" << 5432 << "clipdesk" << "" << "" << "";
    QTest::newRow("host only") << "postgresql://dbhost" << "" << pg << "" << "dbhost" << 5432 << "clipdesk" << "" << ""
                               << "";
    QTest::newRow("ipv6 host") << "postgresql://u@[::1]:5433/x" << "" << pg << "" << "::1" << 5433 << "x" << "u" << ""
                               << "";
    QTest::newRow("options") << "postgresql://h/db?sslmode=require&connect_timeout=5" << "" << pg << "" << "h" << 5432
                             << "db" << "" << "" << "sslmode=require;connect_timeout=5";
}

void tst_Database::parseValid()
{
    QFETCH(QString, spec);
    QFETCH(QString, dataDir);
    QFETCH(QString, backend);
    QFETCH(QString, sqlitePath);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);

    const auto location = DatabaseLocation::parse(spec, dataDir);
    VERIFY_OK(location);
    QCOMPARE(backendName(location->backend), backend);
    if (location->backend == Backend::Sqlite) {
        QCOMPARE(location->sqlitePath, sqlitePath);
        return;
    }
    QCOMPARE(location->host, host);
    QCOMPARE(location->port, port);
    QCOMPARE(location->databaseName, database);
    QCOMPARE(location->user, user);
    QCOMPARE(location->password, password);
    QCOMPARE(location->connectOptions, options);
}

void tst_Database::parseInvalid_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("dataDir");
    QTest::newRow("empty") << "" << "/data";
    QTest::newRow("garbage") << "definitely not a database" << "/data";
    QTest::newRow("other scheme") << "mysql://root@localhost/db" << "/data";
    QTest::newRow("sqlite without data dir") << "sqlite" << "";
    QTest::newRow("sqlite empty path") << "sqlite:" << "/data";
    QTest::newRow("sqlite relative path") << "sqlite:relative/clipdesk.db" << "/data";
    QTest::newRow("sqlite directory") << "sqlite:/srv/db/" << "/data";
    QTest::newRow("port not a number") << "postgresql://host:port/db" << "";
    QTest::newRow("port zero") << "postgresql://host:0/db" << "";
    QTest::newRow("port too large") << "postgresql://host:70000/db" << "";
    QTest::newRow("two path segments") << "postgresql://host/db/extra" << "";
    QTest::newRow("fragment") << "postgresql://host/db#frag" << "";
    QTest::newRow("unknown option") << "postgresql://host/db?host=/tmp" << "";
    QTest::newRow("unsafe option value") << "postgresql://host/db?sslmode=require%20password%3Dx" << "";
    QTest::newRow("bad escape") << "postgresql://host/d%zzb" << "";
}

void tst_Database::parseInvalid()
{
    QFETCH(QString, spec);
    QFETCH(QString, dataDir);
    const auto location = DatabaseLocation::parse(spec, dataDir);
    QVERIFY(!location);
    QCOMPARE(location.error().code, QStringLiteral("invalid_argument"));
    QVERIFY(!location.error().message.isEmpty());
}

void tst_Database::describeHidesPassword()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://alice:topsecret@db:5433/prod"), {});
    VERIFY_OK(location);
    QCOMPARE(location->describe(), QStringLiteral("postgresql://alice@db:5433/prod"));
    QVERIFY(!location->describe().contains(QLatin1String("topsecret")));
    const auto sqlite = DatabaseLocation::parse(QStringLiteral("sqlite"), QStringLiteral("/data"));
    VERIFY_OK(sqlite);
    QCOMPARE(sqlite->describe(), QStringLiteral("sqlite:/data/clipdesk.db"));
}

void tst_Database::sqlitePragmas()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("sqlite"), m_dir.filePath(QStringLiteral("pragmas")));
    VERIFY_OK(location);
    auto db = openAt(*location);
    QVERIFY(db);
    QCOMPARE(db->backend(), Backend::Sqlite);
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("pragmas/clipdesk.db"))));

    const auto pragma = [&db](const char *name) {
        const auto row = db->queryOne(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return row && *row ? (*row)->value(0) : QVariant();
    };
    QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma("foreign_keys").toInt(), 1);
    QCOMPARE(pragma("busy_timeout").toInt(), Database::SqliteBusyTimeoutMs);

    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(QFileInfo::exists(location->sqlitePath + QStringLiteral("-wal")));
}

void tst_Database::sqliteBeginImmediateTakesWriteLock()
{
    const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("lock.db"));
    auto writer = openAt(*DatabaseLocation::parse(spec, {}));
    auto other = openAt(*DatabaseLocation::parse(spec, {}));
    QVERIFY(writer && other);
    VERIFY_OK(writer->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    VERIFY_OK(other->exec(QStringLiteral("PRAGMA busy_timeout=100")));

    VERIFY_OK(writer->beginWrite());
    // The lock is taken at BEGIN, before any statement wrote anything.
    const Status blocked = other->beginWrite();
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().code, QStringLiteral("storage_error"));
    QVERIFY2(blocked.error().message.contains(QLatin1String("locked")), qPrintable(blocked.error().message));
    QVERIFY(!other->inWriteTransaction());

    // WAL: readers go on while the writer holds the lock, and see the last committed state.
    VERIFY_OK(writer->exec(QStringLiteral("INSERT INTO t VALUES (?)"), {42}));
    const auto before = other->queryOne(QStringLiteral("SELECT COUNT(*) FROM t"));
    VERIFY_OK(before);
    QCOMPARE((*before)->value(0).toInt(), 0);

    VERIFY_OK(writer->commit());
    VERIFY_OK(other->beginWrite());
    const auto after = other->queryOne(QStringLiteral("SELECT x FROM t"));
    VERIFY_OK(after);
    QCOMPARE((*after)->value(0).toInt(), 42);
    other->rollback();
}

void tst_Database::connectionNamesAreUniqueAndRemoved()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|duplicate connection")));
    const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("names.db"));
    auto first = openAt(*DatabaseLocation::parse(spec, {}));
    auto second = openAt(*DatabaseLocation::parse(spec, {}));
    QVERIFY(first && second);
    QVERIFY(first->connectionName() != second->connectionName());
    QVERIFY(first->connectionName().startsWith(QLatin1String("tst_database")));
    QCOMPARE(first->connection().connectionName(), first->connectionName());
    QVERIFY(QSqlDatabase::contains(first->connectionName()));

    const QString firstName = first->connectionName();
    {
        const auto query = first->exec(QStringLiteral("SELECT 1"));
        VERIFY_OK(query);
    }
    first.reset();
    QVERIFY(!QSqlDatabase::contains(firstName));
    QVERIFY(QSqlDatabase::contains(second->connectionName()));

    // Another thread gets its own connections, too.
    QString threadName;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto db = Database::open(*DatabaseLocation::parse(spec, {}), QStringLiteral("tst_database"));
        if (db && (*db)->queryOne(QStringLiteral("SELECT 1")))
            threadName = (*db)->connectionName();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != second->connectionName());
    QVERIFY(!QSqlDatabase::contains(threadName));
}

void tst_Database::openFailuresAreErrors()
{
    DatabaseLocation unwritable;
    unwritable.backend = Backend::Sqlite;
    unwritable.sqlitePath = QStringLiteral("/proc/clipdesk-does-not-exist/clipdesk.db");
    const auto sqlite = Database::open(unwritable, QStringLiteral("tst_database"));
    QVERIFY(!sqlite);
    QCOMPARE(sqlite.error().code, QStringLiteral("storage_error"));

    DatabaseLocation nobody = m_postgres->location(QStringLiteral("postgres"));
    nobody.port = Testing::freeLoopbackPort();
    nobody.password = QStringLiteral("hunter2");
    const auto pg = Database::open(nobody, QStringLiteral("tst_database"));
    QVERIFY(!pg);
    QCOMPARE(pg.error().code, QStringLiteral("storage_error"));
    QVERIFY(!pg.error().message.contains(QLatin1String("hunter2")));

    const auto missingDb = Database::open(m_postgres->location(QStringLiteral("no_such_database")), QStringLiteral("x"));
    QVERIFY(!missingDb);
    QVERIFY2(missingDb.error().message.contains(QLatin1String("no_such_database")), qPrintable(missingDb.error().message));
}

void tst_Database::roundTrip()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    const QString blob = db->backend() == Backend::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE items (id TEXT PRIMARY KEY, n BIGINT, note TEXT, data %1)").arg(blob)));

    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const QString tricky = QStringLiteral("ünïcødé ' \" ? -- /* \\ %1 ;") + QChar(0x1F600);
    const qint64 big = Q_INT64_C(9007199254740993); // not representable as a double
    const auto inserted = db->exec(QStringLiteral("INSERT INTO items (id, n, note, data) VALUES (?, ?, ?, ?)"),
                                   {QStringLiteral("a"), big, tricky, bytes});
    VERIFY_OK(inserted);
    QCOMPARE(inserted->numRowsAffected(), 1);
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO items (id, n, note, data) VALUES (?, ?, ?, ?)"),
                       {QStringLiteral("b"), qint64(-1), QVariant(QMetaType::fromType<QString>()), QVariant()}));
    // Regression: PostgreSQL got '' and '\x' for a null QString and QByteArray; SQLite stores NULL.
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO items (id, n, note, data) VALUES (?, ?, ?, ?)"),
                       {QStringLiteral("c"), qint64(-5), QString(), QByteArray()}));
    const auto c = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 'c' AND note IS NULL AND data IS NULL"));
    QVERIFY(c && *c && (*c)->value(0).toInt() == 1);

    const auto a = db->queryOne(QStringLiteral("SELECT n, note, data FROM items WHERE id = ?"), {QStringLiteral("a")});
    VERIFY_OK(a);
    QVERIFY(a->has_value());
    QCOMPARE((*a)->value(0).toLongLong(), big);
    QCOMPARE((*a)->value(1).toString(), tricky);
    QCOMPARE((*a)->value(2).toByteArray(), bytes);

    const auto b = db->queryOne(QStringLiteral("SELECT n, note, data FROM items WHERE id = ? AND note IS NULL"),
                                {QStringLiteral("b")});
    VERIFY_OK(b);
    QVERIFY(b->has_value());
    QCOMPARE((*b)->value(0).toLongLong(), qint64(-1));
    QVERIFY((*b)->value(1).isNull());
    QVERIFY((*b)->value(2).isNull());

    // An argument is a value, never SQL.
    const auto injected = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = ?"),
                                       {QStringLiteral("x' OR '1'='1")});
    VERIFY_OK(injected);
    QCOMPARE((*injected)->value(0).toInt(), 0);

    const auto updated = db->exec(QStringLiteral("UPDATE items SET n = n + ? WHERE n > ?"), {qint64(1), qint64(0)});
    VERIFY_OK(updated);
    QCOMPARE(updated->numRowsAffected(), 1);

    // Flags live in INTEGER columns; a bound bool is 1/0 on both backends.
    VERIFY_OK(db->exec(QStringLiteral("UPDATE items SET n = ? WHERE id = ?"), {true, QStringLiteral("a")}));
    VERIFY_OK(db->exec(QStringLiteral("UPDATE items SET n = ? WHERE id = ?"), {false, QStringLiteral("b")}));
    auto flags = db->exec(QStringLiteral("SELECT n FROM items WHERE n IN (?, ?) ORDER BY id"), {true, false});
    VERIFY_OK(flags);
    QVERIFY(flags->next());
    QCOMPARE(flags->value(0).toInt(), 1);
    QVERIFY(flags->next());
    QCOMPARE(flags->value(0).toInt(), 0);
}

void tst_Database::placeholdersInsideLiterals()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    const auto row = db->queryOne(QStringLiteral("SELECT '?' AS q, 'it''s ?' AS r, ? AS v /* ? */ -- ?\n"),
                                  {QStringLiteral("value")});
    VERIFY_OK(row);
    QCOMPARE((*row)->value(0).toString(), QStringLiteral("?"));
    QCOMPARE((*row)->value(1).toString(), QStringLiteral("it's ?"));
    QCOMPARE((*row)->value(2).toString(), QStringLiteral("value"));

    if (db->backend() == Backend::Postgres) {
        // Regression: the inlining read "/*/" as a whole comment and ignored nesting and E'' escapes,
        // cut statements short at a NUL and printed unknown argument types unquoted.
        const auto pg = db->queryOne(QStringLiteral("SELECT ? /*/ ? */, E'it\\'s ?' /* /* ? */ ? */, ?, 'x''?' AS \"w\"\"?\""),
                                     {QStringLiteral("one"), QStringLiteral("two")});
        VERIFY_OK(pg);
        QCOMPARE((*pg)->value(0).toString(), QStringLiteral("one"));
        QCOMPARE((*pg)->value(1).toString(), QStringLiteral("it's ?"));
        QCOMPARE((*pg)->value(2).toString(), QStringLiteral("two"));
        QCOMPARE((*pg)->value(3).toString(), QStringLiteral("x'?"));
        const auto nul = db->queryOne(QStringLiteral("SELECT ?"), {QString(QStringLiteral("a") + QChar::Null + QStringLiteral("' b"))});
        QVERIFY(!nul && nul.error().code == u"invalid_argument");
        QVERIFY(!db->queryOne(QStringLiteral("SELECT ?"), {QVariant(QUrl(QStringLiteral("x') --")))}));
        QVERIFY(!db->queryOne(QStringLiteral("SELECT ?"), {QVariant(QStringList{QStringLiteral("a")})}));
    }
    const auto tooMany = db->exec(QStringLiteral("SELECT ?"), {1, 2});
    QVERIFY(!tooMany);
    const auto tooFew = db->exec(QStringLiteral("SELECT ?, ?"), {1});
    QVERIFY(!tooFew);
}

void tst_Database::queryOne()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (x BIGINT)")));
    const auto none = db->queryOne(QStringLiteral("SELECT x FROM t"));
    VERIFY_OK(none);
    QVERIFY(!none->has_value());
    for (int i = 1; i <= 3; ++i)
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {i}));
    const auto first = db->queryOne(QStringLiteral("SELECT x FROM t ORDER BY x DESC"));
    VERIFY_OK(first);
    QVERIFY(first->has_value());
    QCOMPARE((*first)->value(0).toInt(), 3);
    QCOMPARE((*first)->indexOf(QStringLiteral("x")), 0);
}

void tst_Database::execErrorsAreErrors()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (id TEXT NOT NULL PRIMARY KEY)")));
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("one")}));

    const QList<std::pair<QString, QVariantList>> failing = {
        {QStringLiteral("SELEC nonsense"), {}},
        {QStringLiteral("SELECT * FROM missing_table"), {}},
        {QStringLiteral("SELECT * FROM missing_table WHERE id = ?"), {1}},
        {QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("one")}},
        {QStringLiteral("INSERT INTO t VALUES (NULL)"), {}},
    };
    for (const auto &[sql, args] : failing) {
        const auto result = db->exec(sql, args);
        QVERIFY2(!result, qPrintable(sql));
        QCOMPARE(result.error().code, QStringLiteral("storage_error"));
        QVERIFY2(!result.error().message.isEmpty(), qPrintable(sql));
        QVERIFY2(!result.error().message.contains(QLatin1String("LINE ")), qPrintable(result.error().message));
        const auto one = db->queryOne(sql, args);
        QVERIFY(!one);
    }
    // The connection is still usable.
    const auto count = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM t"));
    VERIFY_OK(count);
    QCOMPARE((*count)->value(0).toInt(), 1);
}

void tst_Database::foreignKeysEnforced()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY)")));
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE child (id TEXT PRIMARY KEY, "
                                      "parent_id TEXT NOT NULL REFERENCES parent (id) ON DELETE CASCADE)")));
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO child VALUES ('c', 'nobody')")));
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO parent VALUES ('p')")));
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO child VALUES ('c', 'p')")));
    VERIFY_OK(db->exec(QStringLiteral("DELETE FROM parent")));
    const auto left = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM child"));
    VERIFY_OK(left);
    QCOMPARE((*left)->value(0).toInt(), 0);
}

void tst_Database::writeTransactionRollsBackOnScopeExit()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (x BIGINT)")));
    const auto count = [&db] {
        const auto row = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM t"));
        return row && *row ? (*row)->value(0).toInt() : -1;
    };

    {
        WriteTransaction transaction(*db);
        VERIFY_OK(transaction.begun());
        QVERIFY(db->inWriteTransaction());
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE(count(), 1); // visible inside
    }
    QVERIFY(!db->inWriteTransaction());
    QCOMPARE(count(), 0);

    {
        WriteTransaction transaction(*db);
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        transaction.rollback();
        QVERIFY(!db->inWriteTransaction());
        QVERIFY(!transaction.commit());
    }
    QCOMPARE(count(), 0);

    {
        WriteTransaction transaction(*db);
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES (3)")));
        VERIFY_OK(transaction.commit());
        QVERIFY(!transaction.commit()); // only once
    }
    QCOMPARE(count(), 1);
}

void tst_Database::transactionMisuseIsRefused()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    QVERIFY(!db->commit());
    db->rollback(); // harmless without a transaction
    VERIFY_OK(db->beginWrite());
    QVERIFY(!db->beginWrite());
    QVERIFY(db->inWriteTransaction());
    {
        WriteTransaction nested(*db);
        QVERIFY(!nested.begun());
        QVERIFY(!nested.commit());
    }
    QVERIFY(db->inWriteTransaction()); // the failed nested one did not end the outer one
    VERIFY_OK(db->commit());
}

void tst_Database::failedStatementInTransaction()
{
    QFETCH(QString, backend);
    auto db = openFresh(backend);
    QVERIFY(db);
    VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (x BIGINT PRIMARY KEY)")));
    WriteTransaction transaction(*db);
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    const Status committed = transaction.commit();
    QVERIFY(!db->inWriteTransaction());
    const auto rows = db->queryOne(QStringLiteral("SELECT COUNT(*) FROM t"));
    VERIFY_OK(rows);
    if (db->backend() == Backend::Postgres) {
        // PostgreSQL aborts the whole transaction; COMMIT must report that, not pretend success.
        QVERIFY(!committed);
        QCOMPARE(committed.error().code, QStringLiteral("storage_error"));
        QCOMPARE((*rows)->value(0).toInt(), 0);
    } else {
        // SQLite only undoes the failed statement.
        VERIFY_OK(committed);
        QCOMPARE((*rows)->value(0).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
