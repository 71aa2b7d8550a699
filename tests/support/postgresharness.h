#pragma once

#include "domain/error.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ClipDesk::Testing {

// A private PostgreSQL server for tests: initdb into a fresh temporary directory, listening on
// a free 127.0.0.1 port (and a Unix socket in that directory), trust authentication, superuser
// "postgres". As root the server runs as the system user "postgres", since PostgreSQL refuses
// to run as root. The destructor stops the server and deletes the directory.
class PostgresHarness final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresHarness)

public:
    static Result<std::unique_ptr<PostgresHarness>> start();
    ~PostgresHarness();
    Q_DISABLE_COPY_MOVE(PostgresHarness)

    int port() const { return m_port; }
    qint64 postmasterPid() const { return m_postmasterPid; }
    QString dataDirectory() const;

    // Creates a database (a fresh unique name when `name` is empty) and returns its URL,
    // "postgresql://postgres@127.0.0.1:<port>/<name>".
    Result<QString> createDatabase(const QString &name = {});
    Storage::DatabaseLocation location(const QString &dbName) const;

private:
    explicit PostgresHarness(QString binDir);

    Status initialize();
    Status startServer();
    Status waitUntilAccepting();
    void stop();
    Status run(const QString &tool, const QStringList &arguments, int timeoutMs) const;

    QString m_binDir;
    QTemporaryDir m_dir;
    int m_port = 0;
    qint64 m_postmasterPid = 0;
    bool m_running = false;
};

} // namespace ClipDesk::Testing
