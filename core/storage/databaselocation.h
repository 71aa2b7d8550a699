#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Storage {

enum class Backend { Sqlite, Postgres };

QString backendName(Backend backend); // "sqlite" or "postgresql"

// Where the database lives. Parsed from the server's `--db` flag:
// "sqlite" (a file in the data directory), "sqlite:/abs/path.db", or
// "postgresql://user:password@host:port/dbname" ("postgres://" too; parts are
// percent-decoded; host defaults to localhost, port to 5432, the database to
// "clipdesk" and the user to libpq's default, the OS user). A few libpq options
// may follow as a query, e.g. "?sslmode=require&connect_timeout=5".
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    static constexpr int DefaultPostgresPort = 5432;

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = DefaultPostgresPort;
    QString databaseName;
    QString user;
    QString password;
    QString connectOptions; // PostgreSQL only: "key=value;key=value" for QPSQL

    static Result<DatabaseLocation> parse(const QString &spec, const QString &dataDir);
    QString describe() const; // for logs; never contains the password
};

} // namespace ClipDesk::Storage
