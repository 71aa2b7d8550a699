#pragma once

#include "jsonapiclient.h"
#include "postgresharness.h"
#include "serverprocess.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ClipDesk::Testing {

// Runs the real server over both storage backends for data-driven tests:
//   void x_data() { BackendFixture::addBackendColumn(); }
//   void x() { QFETCH(QString, backend); auto *server = m_fixture.shared(backend); QVERIFY(server); ... }
class BackendFixture final
{
public:
    struct Server
    {
        std::unique_ptr<ServerProcess> process;
        QString dbSpec; // "" for SQLite in the data directory, else the PostgreSQL URL
        std::unique_ptr<JsonApiClient> client;

        std::unique_ptr<Storage::Database> openDatabase() const { return openServerDatabase(dbSpec, process->dataDir()); }
    };

    BackendFixture() = default;
    Q_DISABLE_COPY_MOVE(BackendFixture)

    static void addBackendColumn();

    // A server with the default configuration, started on first use and kept for the whole
    // test run; null (see errorString()) if it cannot start.
    Server *shared(const QString &backend);
    // A fresh server on a fresh database with `config` written to a file for --config.
    // `reuse` restarts on the database and data directory of an earlier server.
    std::unique_ptr<Server> start(const QString &backend, const QJsonObject &config = {}, const Server *reuse = nullptr);

    QString errorString() const { return m_error; }

private:
    std::unique_ptr<PostgresHarness> m_postgres;
    QHash<QString, std::shared_ptr<Server>> m_shared;
    QTemporaryDir m_configDir;
    int m_configCount = 0;
    QString m_error;
};

} // namespace ClipDesk::Testing
