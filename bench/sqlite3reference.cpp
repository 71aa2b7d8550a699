#include "sqlite3reference.h"

#include "storage/database.h"
#include "sync/clientcache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

namespace ClipDesk::Bench {

namespace {

const QString ReferenceDatabase = QStringLiteral("reference-import.db");

QString csvField(const QVariant &value)
{
    QString text = value.toString();
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')))
        text = u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace

QString Sqlite3Reference::version()
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
    if (!sqlite.waitForFinished(10'000))
        return QStringLiteral("(not found)");
    return QString::fromUtf8(sqlite.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

double Sqlite3Reference::run(const QString &databasePath, const QString &script, const QTemporaryDir &dir)
{
    const QString scriptPath = dir.filePath(QStringLiteral("reference-%1.sql").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write(script.toUtf8());
    file.close();
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), databasePath, QStringLiteral(".read ") + scriptPath});
    if (!sqlite.waitForFinished(300'000) || sqlite.exitCode() != 0) {
        QTextStream(stderr) << "bench: sqlite3 failed: " << sqlite.readAllStandardError().left(300) << sqlite.errorString() << '\n';
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

double Sqlite3Reference::importSeconds(Sync::ClientCache &cache, const QTemporaryDir &dir)
{
    QString script = QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n");
    for (const QString &table : {QStringLiteral("campaigns"), QStringLiteral("offers")}) {
        // The table first, then its indexes, exactly as the cache declares them.
        auto ddl = cache.database().exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC"), {table});
        while (ddl && ddl->next())
            script += ddl->value(0).toString() + QStringLiteral(";\n");
        const QString csvPath = dir.filePath(table + QStringLiteral(".csv"));
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return -1;
        QTextStream stream(&csv);
        auto rows = cache.database().exec(QStringLiteral("SELECT * FROM ") + table);
        while (rows && rows->next()) {
            const int columns = rows->record().count();
            for (int i = 0; i < columns; ++i)
                stream << (i ? QStringLiteral(",") : QString()) << csvField(rows->value(i));
            stream << '\n';
        }
        script += QStringLiteral(".import --csv %1 %2\n").arg(csvPath, table);
    }
    return run(dir.filePath(ReferenceDatabase), script, dir);
}

double Sqlite3Reference::commitsPerSecond(const QTemporaryDir &dir, const QStringList &ids)
{
    QString script = QStringLiteral("PRAGMA synchronous=FULL;\n");
    for (const QString &id : ids)
        script += QStringLiteral("UPDATE campaigns SET name = 'Renamed', version = version + 1 WHERE id = '%1';\n").arg(id);
    const double seconds = run(dir.filePath(ReferenceDatabase), script, dir);
    return seconds > 0 ? ids.size() / seconds : 0;
}

} // namespace ClipDesk::Bench
