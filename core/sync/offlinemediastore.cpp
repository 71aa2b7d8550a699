#include "sync/offlinemediastore.h"

#include "storage/database.h"
#include "sync/clientcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ClipDesk::Sync {

namespace {

OfflineMedia fromRecord(const QSqlRecord &row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong(),
            row.value(4).toString(), row.value(5).toLongLong()};
}

QString columns()
{
    return QStringLiteral("media_sha256, state, file_name, total_bytes, error, requested_at");
}

} // namespace

OfflineMediaStore::OfflineMediaStore(ClientCache &cache)
    : m_cache(cache)
{
}

QString OfflineMediaStore::directory() const
{
    return m_cache.path() + QStringLiteral(".offline");
}

QString OfflineMediaStore::partPath(const QString &sha256) const
{
    return directory() + u'/' + sha256 + QStringLiteral(".part");
}

Status OfflineMediaStore::request(const QString &sha256)
{
    auto written = m_cache.database().exec(
        QStringLiteral("INSERT INTO offline_media (media_sha256, state, requested_at) VALUES (?, 'downloading', ?)"
                       " ON CONFLICT (media_sha256) DO UPDATE SET state = 'downloading', error = NULL"
                       " WHERE offline_media.state <> 'ready'"),
        {sha256, QDateTime::currentMSecsSinceEpoch()});
    if (!written)
        return std::unexpected(written.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Status OfflineMediaStore::setState(const QString &sha256, const QString &state, const QString &error)
{
    auto written = m_cache.database().exec(QStringLiteral("UPDATE offline_media SET state = ?, error = ? WHERE media_sha256 = ?"),
                                           {state, error.isEmpty() ? QVariant() : QVariant(error), sha256});
    if (!written)
        return std::unexpected(written.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Status OfflineMediaStore::setTotal(const QString &sha256, qint64 totalBytes)
{
    auto written = m_cache.database().exec(QStringLiteral("UPDATE offline_media SET total_bytes = ? WHERE media_sha256 = ?"),
                                           {totalBytes, sha256});
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Status OfflineMediaStore::markReady(const QString &sha256, const QString &fileName, qint64 totalBytes)
{
    auto written = m_cache.database().exec(
        QStringLiteral("UPDATE offline_media SET state = 'ready', file_name = ?, total_bytes = ?, error = NULL, completed_at = ?"
                       " WHERE media_sha256 = ?"),
        {fileName, totalBytes, QDateTime::currentMSecsSinceEpoch(), sha256});
    if (!written)
        return std::unexpected(written.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Status OfflineMediaStore::remove(const QString &sha256)
{
    auto entry = find(sha256);
    if (!entry)
        return std::unexpected(entry.error());
    QFile::remove(partPath(sha256));
    if (*entry && !(*entry)->fileName.isEmpty())
        QFile::remove(directory() + u'/' + (*entry)->fileName);
    auto removed = m_cache.database().exec(QStringLiteral("DELETE FROM offline_media WHERE media_sha256 = ?"), {sha256});
    if (!removed)
        return std::unexpected(removed.error());
    m_cache.announce({QString::fromLatin1(Entity)});
    return {};
}

Result<std::optional<OfflineMedia>> OfflineMediaStore::find(const QString &sha256)
{
    auto record = m_cache.database().queryOne(QStringLiteral("SELECT ") + columns()
                                                  + QStringLiteral(" FROM offline_media WHERE media_sha256 = ?"),
                                              {sha256});
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::optional<OfflineMedia>();
    return std::optional<OfflineMedia>(fromRecord(**record));
}

Result<QList<OfflineMedia>> OfflineMediaStore::inState(const QString &state)
{
    auto query = m_cache.database().exec(QStringLiteral("SELECT ") + columns()
                                             + QStringLiteral(" FROM offline_media WHERE state = ? ORDER BY requested_at"),
                                         {state});
    if (!query)
        return std::unexpected(query.error());
    QList<OfflineMedia> entries;
    while (query->next())
        entries.append(fromRecord(query->record()));
    return entries;
}

QString OfflineMediaStore::localFile(const QString &sha256)
{
    auto entry = find(sha256);
    if (!entry || !*entry || (*entry)->state != u"ready" || (*entry)->fileName.isEmpty())
        return {};
    const QString path = directory() + u'/' + (*entry)->fileName;
    return QFile::exists(path) ? path : QString();
}

} // namespace ClipDesk::Sync
