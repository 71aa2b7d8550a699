#pragma once

#include "domain/error.h"
#include "serverconfig.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace ClipDesk::Storage {
class Database;
class ContentStore;
}

namespace ClipDesk::Server {

class HttpServer;
class Router;

// The whole server, wired: storage, migrations, routes, the HTTP/WebSocket front.
class ServerApplication final : public QObject
{
    Q_OBJECT

public:
    explicit ServerApplication(ServerConfig config, QObject *parent = nullptr);
    ~ServerApplication() override;

    // Opens and migrates the database, registers the routes and starts listening.
    Status start();

    const ServerConfig &config() const { return m_config; }
    quint16 port() const;

private:
    void registerHealthRoute();
    Result<QSslConfiguration> loadTlsConfiguration() const;

    ServerConfig m_config;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Storage::ContentStore> m_contentStore;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_httpServer;
    struct Modules;
    std::unique_ptr<Modules> m_modules;
};

} // namespace ClipDesk::Server
