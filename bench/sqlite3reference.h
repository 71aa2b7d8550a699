#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Bench {

// Same-run references from the sqlite3 command-line shell for clipdesk-bench-sync.
class Sqlite3Reference final
{
public:
    static QString version(); // e.g. "3.40.1"

    // Exports the cache's campaigns and offers tables to CSV, then times the sqlite3 CLI
    // importing them (`.import --csv`) into an empty file with the same tables and indexes
    // (WAL, synchronous=FULL). Seconds of wall time, or -1.
    static double importSeconds(Sync::ClientCache &cache, const QTemporaryDir &dir);
    // `ids.size()` single-row UPDATE transactions on the imported campaigns, each committed
    // durably on its own (WAL, synchronous=FULL): the floor under any durable write path on
    // this disk. Transactions per second, or 0. Run importSeconds() first.
    static double commitsPerSecond(const QTemporaryDir &dir, const QStringList &ids);

private:
    static double run(const QString &databasePath, const QString &script, const QTemporaryDir &dir);
};

} // namespace ClipDesk::Bench
