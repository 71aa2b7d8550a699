#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ClipDesk::Testing {

class SyncBackend;

// A separate connection to a server's database, for checks after the server stopped: the
// SQLite file opened read-only, or the PostgreSQL database through QPSQL.
class DatabaseInspector final
{
public:
    explicit DatabaseInspector(const SyncBackend &backend);
    ~DatabaseInspector();
    Q_DISABLE_COPY_MOVE(DatabaseInspector)

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    // The first column of every row; on failure one entry "query failed: ...".
    QStringList column(const QString &statement);
    // The first column of the first row as a number; -1 on failure.
    qint64 number(const QString &statement);

private:
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace ClipDesk::Testing
