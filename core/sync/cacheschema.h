#pragma once

#include "storage/migrator.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ClipDesk::Sync {

// How a cache column is read from a pulled JSON row.
enum class ColumnKind {
    Text,       // a JSON string (NULL when missing)
    Integer,    // a JSON number; epoch milliseconds may also arrive as ISO-8601 text
    Boolean,    // stored as 0/1
    TextList,   // a JSON array of strings, stored comma-separated ("tiktok,youtube_shorts")
};

struct CacheColumn
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    QStringList path; // JSON keys from the row to the value, e.g. {"budget", "minor"}

    QVariant valueIn(const QJsonObject &row) const;
};

// One entity's table: the key column, the columns lists sort and filter on, and row_json,
// which always holds the whole row as the server (or an optimistic mutation) wrote it.
struct CacheTable
{
    QString entity;    // Sync::Entity name, e.g. "campaign"
    QString name;      // SQL table, e.g. "campaigns"
    QString keyColumn; // "id", or "user_id" for profiles
    QList<CacheColumn> columns; // without the key and row_json
};

// The client cache's own schema, separate from the server's: its migration history and the
// column layout the row writer fills.
class CacheSchema final
{
public:
    static const QList<Storage::Migration> &migrations();
    static int latestVersion();

    static const QList<CacheTable> &tables();
    // nullptr for an entity the cache does not know.
    static const CacheTable *table(const QString &entity);
};

} // namespace ClipDesk::Sync
