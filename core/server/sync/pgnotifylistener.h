#pragma once

#include "domain/error.h"
#include "storage/databaselocation.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class PokePublisher;

// LISTENs on `clipdesk_poke` over a dedicated PostgreSQL connection and hands the audiences
// that other server processes published to this process's sockets. Notifications from this
// process (same origin id) are skipped: it poked its own users directly. The connection is
// checked every second and re-established when it was lost (a PostgreSQL restart, an
// administrator's pg_terminate_backend); notifications sent meanwhile are gone, so after a
// reconnect every local socket gets a poke at the current cursor and catches up by pulling.
// Reconnecting blocks this thread (at most ConnectTimeoutSeconds), so failed attempts back off
// up to MaxRetryIntervalMs.
class PgNotifyListener final : public QObject
{
    Q_OBJECT

public:
    static constexpr int HealthCheckIntervalMs = 1'000;
    static constexpr int MaxRetryIntervalMs = 30'000;
    static constexpr int ConnectTimeoutSeconds = 2;
    static constexpr auto ApplicationName = "clipdesk-poke-listener"; // in pg_stat_activity

    PgNotifyListener(Storage::DatabaseLocation location, PokePublisher &publisher, QObject *parent = nullptr);
    ~PgNotifyListener() override;
    Q_DISABLE_COPY_MOVE(PgNotifyListener)

    Status start();

private:
    Status connectAndListen();
    void checkConnection();
    void pokeEveryoneToCatchUp();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Storage::DatabaseLocation m_location;
    PokePublisher &m_publisher;
    std::unique_ptr<Storage::Database> m_db;
    QTimer m_healthCheck;
    int m_failedReconnects = 0;
};

} // namespace ClipDesk::Server
