#include "storage/database.h"

#include "storage/storagelog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QThread>

namespace ClipDesk::Storage {

namespace {

const QString SqliteDriver = QStringLiteral("QSQLITE");
const QString PostgresDriver = QStringLiteral("QPSQL");

// The server's words, without PostgreSQL's "LINE n: <statement>" excerpt, which would repeat
// inlined argument values in logs.
std::unexpected<Error> storageFailure(const QSqlError &error)
{
    QStringList kept;
    bool inExcerpt = false;
    const QStringList lines = error.databaseText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("LINE "))) {
            inExcerpt = true;
            continue;
        }
        if (inExcerpt && trimmed == QLatin1String("^"))
            continue;
        inExcerpt = false;
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    QString message = kept.join(QLatin1Char(' '));
    if (message.isEmpty())
        message = error.driverText().trimmed();
    if (message.isEmpty())
        message = Database::tr("Unknown database error.");
    return failure(QString::fromLatin1(ErrorCode::Storage), message);
}

// What the bound path (QSQLite, and QPSQL's own EXECUTE) treats as SQL NULL: besides a null
// QVariant, a null QString or QByteArray. formatValue() alone would make them '' and '\x'.
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    default:
        return false;
    }
}

// One argument as a PostgreSQL literal. Only types the driver quotes or prints as plain numbers
// are accepted: QSqlDriver::formatValue() prints any other type's toString() unquoted.
Result<QString> literal(QVariant value, const QSqlDriver &driver)
{
    if (isSqlNull(value))
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool: // SQLite stores a bound bool as 1/0; do the same so one INTEGER column serves both.
        value = QVariant(value.toBool() ? 1 : 0);
        break;
    case QMetaType::QChar:
        value = QVariant(QString(value.toChar()));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::QUuid:
    case QMetaType::QDateTime:
        break;
    default:
        return failure(QString::fromLatin1(ErrorCode::Internal),
                       Database::tr("A statement argument of type %1 cannot be sent to PostgreSQL.")
                           .arg(QString::fromLatin1(value.metaType().name())));
    }
    // libpq takes the statement as a C string: a NUL would cut it short. PostgreSQL text
    // cannot hold NUL anyway.
    if (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->contains(QChar::Null))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       Database::tr("Text cannot contain NUL characters."));
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver.formatValue(field);
}

// Replaces each `?` outside string literals, quoted identifiers and comments with the
// driver's literal for the matching argument. Knows '' doubling, E'' strings with backslash
// escapes and nested block comments; dollar-quoted strings are not supported.
Result<QString> inlinePositionalArguments(const QString &sql, const QVariantList &args, const QSqlDriver &driver)
{
    enum class Context { Code, String, EscapeString, Identifier, LineComment, BlockComment };
    Context context = Context::Code;
    int commentDepth = 0;
    QString bound;
    bound.reserve(sql.size() + 16 * args.size());
    qsizetype used = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        switch (context) {
        case Context::Code:
            if (c == QLatin1Char('?')) {
                if (used == args.size())
                    return failure(QString::fromLatin1(ErrorCode::Internal),
                                   Database::tr("The statement has more placeholders than arguments."));
                const auto value = literal(args.at(used++), driver);
                if (!value)
                    return std::unexpected(value.error());
                bound += *value;
                continue;
            }
            if (c == QLatin1Char('\'')) {
                const QChar before = i > 0 ? sql.at(i - 1) : QChar();
                const QChar twoBefore = i > 1 ? sql.at(i - 2) : QChar();
                const bool escapePrefix = (before == QLatin1Char('E') || before == QLatin1Char('e'))
                    && !(twoBefore.isLetterOrNumber() || twoBefore == QLatin1Char('_') || twoBefore == QLatin1Char('$'));
                context = escapePrefix ? Context::EscapeString : Context::String;
            } else if (c == QLatin1Char('"')) {
                context = Context::Identifier;
            } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                context = Context::LineComment;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                // Copy the opener whole, so that "/*/" does not also read as a closer.
                bound += c;
                bound += next;
                ++i;
                context = Context::BlockComment;
                commentDepth = 1;
                continue;
            }
            break;
        case Context::String:
        case Context::EscapeString:
        case Context::Identifier: {
            const QChar quote = context == Context::Identifier ? QLatin1Char('"') : QLatin1Char('\'');
            const bool escaped = context == Context::EscapeString && c == QLatin1Char('\\');
            if (escaped || (c == quote && next == quote)) { // \x in E'', or a doubled quote
                bound += c;
                if (i + 1 < sql.size())
                    bound += next;
                ++i;
                continue;
            }
            if (c == quote)
                context = Context::Code;
            break;
        }
        case Context::LineComment:
            if (c == QLatin1Char('\n'))
                context = Context::Code;
            break;
        case Context::BlockComment: // PostgreSQL nests block comments
            if ((c == QLatin1Char('*') && next == QLatin1Char('/')) || (c == QLatin1Char('/') && next == QLatin1Char('*'))) {
                commentDepth += c == QLatin1Char('/') ? 1 : -1;
                bound += c;
                bound += next;
                ++i;
                if (commentDepth == 0)
                    context = Context::Code;
                continue;
            }
            break;
        }
        bound += c;
    }
    if (used != args.size())
        return failure(QString::fromLatin1(ErrorCode::Internal),
                       Database::tr("The statement has fewer placeholders than arguments."));
    return bound;
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return (prefix.isEmpty() ? QStringLiteral("clipdesk") : prefix) + QLatin1Char('@')
        + QString::number(thread, 16) + QLatin1Char('#') + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database(Backend backend, const QString &driver, QString connectionName)
    : m_backend(backend)
    , m_connectionName(std::move(connectionName))
    , m_db(QSqlDatabase::addDatabase(driver, m_connectionName))
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    if (QThread::currentThread() != m_thread)
        qCWarning(lcStorage) << "database connection" << m_connectionName << "destroyed on a foreign thread";
    if (m_inWrite)
        rollback();
    m_db.close();
    // removeDatabase() requires that no QSqlDatabase handle to the connection is left.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, const QString &connectionName)
{
    const bool sqlite = location.backend == Backend::Sqlite;
    const QString &driver = sqlite ? SqliteDriver : PostgresDriver;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return failure(QString::fromLatin1(ErrorCode::Storage),
                       tr("The Qt SQL driver %1 is not installed.").arg(driver));

    // The destructor removes the connection again if opening fails.
    std::unique_ptr<Database> db(new Database(location.backend, driver, uniqueConnectionName(connectionName)));
    const Status opened = sqlite ? db->openSqlite(location) : db->openPostgres(location);
    if (!opened)
        return std::unexpected(opened.error());
    qCDebug(lcStorage) << "opened" << location.describe() << "as" << db->m_connectionName;
    return db;
}

Status Database::openSqlite(const DatabaseLocation &location)
{
    const QFileInfo file(location.sqlitePath);
    if (!QDir().mkpath(file.absolutePath()))
        return failure(QString::fromLatin1(ErrorCode::Storage),
                       tr("Cannot create the directory %1.").arg(file.absolutePath()));
    m_db.setDatabaseName(location.sqlitePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
    if (!m_db.open())
        return storageFailure(m_db.lastError());

    const auto journal = queryOne(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal)
        return std::unexpected(journal.error());
    const QString mode = *journal ? (*journal)->value(0).toString().toLower() : QString();
    if (mode != QLatin1String("wal"))
        return failure(QString::fromLatin1(ErrorCode::Storage),
                       tr("SQLite refused write-ahead logging for %1 (journal mode: %2).")
                           .arg(location.sqlitePath, mode));

    const QString pragmas[] = {
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(SqliteBusyTimeoutMs),
    };
    for (const QString &pragma : pragmas) {
        if (auto done = exec(pragma); !done)
            return std::unexpected(done.error());
    }
    const auto foreignKeys = queryOne(QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    if (!*foreignKeys || (*foreignKeys)->value(0).toInt() != 1)
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("SQLite foreign key enforcement is unavailable."));
    return {};
}

Status Database::openPostgres(const DatabaseLocation &location)
{
    m_db.setHostName(location.host);
    m_db.setPort(location.port);
    m_db.setDatabaseName(location.databaseName);
    m_db.setUserName(location.user);
    m_db.setPassword(location.password);
    QString options = location.connectOptions;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return failure(QString::fromLatin1(ErrorCode::Storage),
                       tr("Cannot connect to %1: %2").arg(location.describe(), m_db.lastError().text().trimmed()));
    // libpq prints notices ("relation already exists, skipping") to stderr otherwise.
    if (auto quiet = exec(QStringLiteral("SET client_min_messages TO WARNING")); !quiet)
        return std::unexpected(quiet.error());
    return {};
}

QSqlDatabase Database::connection() const
{
    return m_db;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &args)
{
    if (!m_db.isOpen())
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("The database connection is not open."));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (args.isEmpty()) {
        if (!query.exec(sql)) {
            qCDebug(lcStorage) << "statement failed:" << sql << query.lastError().text();
            return storageFailure(query.lastError());
        }
        return query;
    }
    if (m_backend == Backend::Postgres) {
        // QPSQL would PREPARE, EXECUTE with the values inlined by formatValue() and DEALLOCATE:
        // three round trips, and a DEALLOCATE that fails (and leaks) inside an aborted
        // transaction. Inlining the values with the same driver formatting needs one.
        const auto bound = inlinePositionalArguments(sql, args, *m_db.driver());
        if (!bound)
            return std::unexpected(bound.error());
        if (!query.exec(*bound)) {
            qCDebug(lcStorage) << "statement failed:" << sql << query.lastError().text();
            return storageFailure(query.lastError());
        }
        return query;
    }
    if (!query.prepare(sql)) {
        qCDebug(lcStorage) << "prepare failed:" << sql << query.lastError().text();
        return storageFailure(query.lastError());
    }
    for (const QVariant &arg : args)
        query.addBindValue(arg);
    if (!query.exec()) {
        qCDebug(lcStorage) << "statement failed:" << sql << query.lastError().text();
        return storageFailure(query.lastError());
    }
    return query;
}

Result<QStringList> Database::firstColumn(const QString &sql, const QVariantList &args)
{
    auto query = exec(sql, args);
    if (!query)
        return std::unexpected(query.error());
    QStringList values;
    while (query->next())
        values.append(query->value(0).toString());
    return values;
}

Result<std::optional<QSqlRecord>> Database::queryOne(const QString &sql, const QVariantList &args)
{
    auto query = exec(sql, args);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next()) {
        if (query->lastError().isValid())
            return storageFailure(query->lastError());
        return std::optional<QSqlRecord>();
    }
    QSqlRecord record = query->record();
    query->finish();
    return std::optional<QSqlRecord>(std::move(record));
}

Status Database::beginWrite()
{
    if (m_inWrite)
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("A write transaction is already open."));
    const auto begun = exec(m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!begun)
        return std::unexpected(begun.error());
    m_inWrite = true;
    return {};
}

Status Database::commit()
{
    if (!m_inWrite)
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("No write transaction is open."));
    // The driver's commit notices PostgreSQL turning COMMIT into ROLLBACK after an error.
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        // A failed COMMIT always ends a PostgreSQL transaction; SQLite may keep it open (SQLITE_BUSY).
        if (m_backend == Backend::Sqlite)
            rollback();
        m_inWrite = false;
        return storageFailure(error);
    }
    m_inWrite = false;
    return {};
}

void Database::rollback()
{
    if (!m_inWrite)
        return;
    m_inWrite = false;
    if (!m_db.rollback())
        qCWarning(lcStorage) << "rollback failed on" << m_connectionName << m_db.lastError().text();
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
    , m_begun(db.beginWrite())
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    if (m_done)
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("The transaction has already ended."));
    m_done = true;
    return m_db.commit();
}

void WriteTransaction::rollback()
{
    if (!m_begun || m_done)
        return;
    m_done = true;
    m_db.rollback();
}

} // namespace ClipDesk::Storage
