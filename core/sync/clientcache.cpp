#include "sync/clientcache.h"

#include "storage/database.h"
#include "storage/migrator.h"
#include "sync/cachelog.h"
#include "sync/cacherowwriter.h"
#include "sync/cacheschema.h"

#include <QJsonDocument>
#include <QUuid>

namespace ClipDesk::Sync {

namespace {

const QString CursorKey = QStringLiteral("pull_cursor");
const QString ClientIdKey = QStringLiteral("client_id");

QJsonObject parseRow(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

ClientCache::ClientCache(QString path, std::unique_ptr<Storage::Database> db, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_db(std::move(db))
    , m_writer(std::make_unique<CacheRowWriter>(*m_db))
{
}

ClientCache::~ClientCache() = default;

Result<std::unique_ptr<ClientCache>> ClientCache::open(const QString &path, QObject *parent)
{
    Storage::DatabaseLocation location;
    location.backend = Storage::Backend::Sqlite;
    location.sqlitePath = path;
    auto db = Storage::Database::open(location, QStringLiteral("clientcache"));
    if (!db)
        return std::unexpected(db.error());
    if (auto migrated = Storage::Migrator::migrate(**db, CacheSchema::migrations(), CacheSchema::latestVersion());
        !migrated)
        return std::unexpected(migrated.error());
    // A bigger page cache than SQLite's 2 MB default: bulk pulls insert into several indexes
    // keyed by random UUIDs, which otherwise evict and re-read pages all the time.
    if (auto sized = (*db)->exec(QStringLiteral("PRAGMA cache_size = -32768")); !sized)
        return std::unexpected(sized.error());
    std::unique_ptr<ClientCache> cache(new ClientCache(path, std::move(*db), parent));
    if (auto identified = cache->ensureClientId(); !identified)
        return std::unexpected(identified.error());
    qCDebug(lcCache) << "opened client cache" << path << "client" << cache->m_clientId;
    return cache;
}

int ClientCache::schemaVersion()
{
    return CacheSchema::latestVersion();
}

Result<int> ClientCache::currentSchemaVersion()
{
    return Storage::Migrator::currentVersion(*m_db);
}

Status ClientCache::ensureClientId()
{
    const auto stored = stateValue(ClientIdKey);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->isEmpty()) {
        m_clientId = *stored;
        return {};
    }
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // INSERT OR IGNORE: another connection to the same file may have picked one meanwhile.
    const auto inserted = m_db->exec(QStringLiteral("INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)"),
                                     {ClientIdKey, fresh});
    if (!inserted)
        return std::unexpected(inserted.error());
    const auto reread = stateValue(ClientIdKey);
    if (!reread)
        return std::unexpected(reread.error());
    m_clientId = *reread;
    return {};
}

Result<QString> ClientCache::stateValue(const QString &key)
{
    const auto row = m_db->queryOne(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->value(0).toString() : QString();
}

Status ClientCache::setStateValue(const QString &key, const QString &value)
{
    const auto written = m_db->exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                                    {key, value});
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<qint64> ClientCache::cursor()
{
    const auto value = stateValue(CursorKey);
    if (!value)
        return std::unexpected(value.error());
    return value->isEmpty() ? 0 : value->toLongLong();
}

Status ClientCache::setCursor(qint64 cursor)
{
    if (cursor < 0)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("A pull cursor cannot be negative."));
    return setStateValue(CursorKey, QString::number(cursor));
}

Result<std::optional<QJsonObject>> ClientCache::row(const QString &entity, const QString &id)
{
    const CacheTable *table = CacheSchema::table(entity);
    if (!table)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown entity \"%1\".").arg(entity));
    const auto found = m_db->queryOne(QStringLiteral("SELECT row_json FROM %1 WHERE %2 = ?").arg(table->name, table->keyColumn),
                                      {id});
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(parseRow((*found)->value(0)));
}

Result<QList<QJsonObject>> ClientCache::rows(const QString &entity, const QString &condition, const QVariantList &args,
                                             const QString &orderBy)
{
    const CacheTable *table = CacheSchema::table(entity);
    if (!table)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown entity \"%1\".").arg(entity));
    QString sql = QStringLiteral("SELECT row_json FROM %1").arg(table->name);
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    auto query = m_db->exec(sql, args);
    if (!query)
        return std::unexpected(query.error());
    QList<QJsonObject> list;
    while (query->next())
        list.append(parseRow(query->value(0)));
    return list;
}

Result<qint64> ClientCache::rowCount(const QString &entity)
{
    const CacheTable *table = CacheSchema::table(entity);
    if (!table)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown entity \"%1\".").arg(entity));
    const auto row = m_db->queryOne(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table->name));
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->value(0).toLongLong() : 0;
}

void ClientCache::announce(const QSet<QString> &entities)
{
    if (entities.isEmpty())
        return;
    QStringList names(entities.cbegin(), entities.cend());
    names.sort();
    Q_EMIT entitiesChanged(names);
}

} // namespace ClipDesk::Sync
