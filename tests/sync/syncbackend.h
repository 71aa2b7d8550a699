#pragma once

#include "postgresharness.h"
#include "serverprocess.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace ClipDesk::Testing {

// The real server over one storage backend ("sqlite" or "postgresql") for data-driven tests:
//
//   void x_data() { SyncBackend::addBackendColumn(); }
//   void x() { QFETCH(QString, backend); SyncBackend world(backend); QVERIFY2(world.start(), ...); }
//
// PostgreSQL runs as a private instance in a temporary directory with a fresh database.
class SyncBackend final
{
public:
    explicit SyncBackend(QString backend);
    ~SyncBackend();
    Q_DISABLE_COPY_MOVE(SyncBackend)

    static void addBackendColumn();

    // Prepares the database and starts the first server.
    bool start();
    ServerProcess &server() { return *m_server; }
    // Another server process on its own port and data directory, sharing the database
    // (PostgreSQL only), already started; null on failure.
    std::unique_ptr<ServerProcess> startAnotherServer();

    bool isPostgres() const { return m_backend == u"postgresql"; }
    QString backend() const { return m_backend; }
    QString dbArg() const { return m_dbUrl; } // empty for SQLite
    QStringList serverArguments() const;
    QString sqlitePath() const;               // the server's SQLite file
    PostgresHarness *postgres() const { return m_postgres.get(); }
    QString postgresDatabaseName() const;
    QString errorString() const { return m_error; }

private:
    QString m_backend;
    std::unique_ptr<PostgresHarness> m_postgres;
    QString m_dbUrl;
    std::unique_ptr<ServerProcess> m_server;
    QString m_error;
};

} // namespace ClipDesk::Testing
