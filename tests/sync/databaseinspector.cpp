#include "databaseinspector.h"

#include "syncbackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace ClipDesk::Testing {

DatabaseInspector::DatabaseInspector(const SyncBackend &backend)
    : m_connectionName(QStringLiteral("inspector-") + QUuid::createUuid().toString(QUuid::Id128))
{
    if (backend.isPostgres()) {
        const QUrl url(backend.dbArg());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName());
        m_db.setDatabaseName(url.path().mid(1));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(backend.sqlitePath());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open())
        m_error = m_db.lastError().text();
}

DatabaseInspector::~DatabaseInspector()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList DatabaseInspector::column(const QString &statement)
{
    QStringList rows;
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return {QStringLiteral("query failed: ") + query.lastError().text()};
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

qint64 DatabaseInspector::number(const QString &statement)
{
    const QStringList rows = column(statement);
    bool ok = false;
    const qint64 value = rows.value(0).toLongLong(&ok);
    if (!ok) {
        m_error = statement + QStringLiteral(": ") + rows.value(0, QStringLiteral("no row"));
        return -1;
    }
    return value;
}

} // namespace ClipDesk::Testing
