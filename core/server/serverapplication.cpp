#include "serverapplication.h"

#include "auth/accountsmodule.h"
#include "demo/demoworld.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "media/uploadsmodule.h"
#include "routes/profileroutes.h"
#include "storage/contentstore.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "server/sync/syncmodule.h"
#include "ws/websockethub.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcServer, "clipdesk.server", QtInfoMsg)

namespace ClipDesk::Server {

// Feature modules, constructed once storage is open.
struct ServerApplication::Modules
{
    WebSocketHub hub;
    std::unique_ptr<AccountsModule> accounts;
    std::unique_ptr<SyncModule> sync;
    std::unique_ptr<UploadsModule> uploads;
};

ServerApplication::ServerApplication(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

ServerApplication::~ServerApplication() = default;

quint16 ServerApplication::port() const
{
    return m_httpServer ? m_httpServer->serverPort() : 0;
}

Status ServerApplication::start()
{
    if (!QDir().mkpath(m_config.dataDir))
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("Cannot create the data directory %1.").arg(m_config.dataDir));

    auto location = Storage::DatabaseLocation::parse(m_config.database, m_config.dataDir);
    if (!location)
        return std::unexpected(location.error());
    auto database = Storage::Database::open(*location, QStringLiteral("clipdesk-server"));
    if (!database)
        return std::unexpected(database.error());
    m_database = std::move(*database);
    if (auto migrated = Storage::Migrator::migrate(*m_database); !migrated)
        return migrated;
    qCInfo(lcServer) << "database ready:" << location->describe();
    m_contentStore = std::make_unique<Storage::ContentStore>(QDir(m_config.dataDir).filePath(QStringLiteral("media")));
    if (m_config.demo) {
        if (auto seeded = DemoWorld::seedIfEmpty(*m_database, *m_contentStore); !seeded)
            return failure(seeded.error().code, tr("Cannot seed the demo world: %1").arg(seeded.error().message));
    }

    m_router = std::make_unique<Router>();
    m_httpServer = std::make_unique<HttpServer>(m_router.get(), m_config.http);
    m_modules = std::make_unique<Modules>();
    registerHealthRoute();

    auto accounts = AccountsModule::create(*m_database, *m_contentStore, m_modules->hub, m_config.auth, m_config.smtp,
                                           m_config.publicUrl);
    if (!accounts)
        return std::unexpected(accounts.error());
    m_modules->accounts = std::move(*accounts);

    // Uploads first: their /api/v1/media/{sha256} hands profile images on to the accounts module.
    AccountsModule &accountsModule = *m_modules->accounts;
    auto uploads = UploadsModule::create(*m_database, *m_contentStore, accountsModule.authenticator(), m_config.uploads,
                                         m_config.dataDir, [&accountsModule](const HttpRequest &request, HttpResponder respond) {
                                             serveProfileImage(accountsModule.profileService(), request, std::move(respond));
                                         });
    if (!uploads)
        return std::unexpected(uploads.error());
    m_modules->uploads = std::move(*uploads);
    m_modules->uploads->registerRoutes(*m_router);
    m_modules->uploads->start();

    m_modules->accounts->registerRoutes(*m_router);
    m_modules->accounts->attach(*m_httpServer);

    m_modules->sync = std::make_unique<SyncModule>(*m_database, m_modules->hub, m_modules->accounts->authenticator(),
                                                   m_modules->uploads->settings().duplicateChecksPerMinute);
    if (auto started = m_modules->sync->start(*location); !started)
        return started;
    m_modules->sync->registerRoutes(*m_router);

    if (!m_config.tlsCertificatePath.isEmpty()) {
        auto tls = loadTlsConfiguration();
        if (!tls)
            return std::unexpected(tls.error());
        m_httpServer->setTlsConfiguration(*tls);
    }

    if (!m_httpServer->listen(m_config.listenAddress, m_config.listenPort))
        return failure(QStringLiteral("listen_failed"), tr("Cannot listen on %1: %2").arg(m_config.listenUrl(), m_httpServer->errorString()));
    m_config.listenPort = m_httpServer->serverPort();
    return {};
}

Result<QSslConfiguration> ServerApplication::loadTlsConfiguration() const
{
    QFile certificateFile(m_config.tlsCertificatePath);
    QFile keyFile(m_config.tlsKeyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Cannot read the TLS certificate or key."));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("The TLS certificate file holds no PEM certificate."));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("The TLS key file holds no RSA or EC private key."));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

void ServerApplication::registerHealthRoute()
{
    Route health;
    health.method = QByteArrayLiteral("GET");
    health.pattern = QStringLiteral("/api/v1/health");
    health.handler = [backend = m_database->backend()](const HttpRequest &, const QByteArray &, HttpResponder respond) {
        respond(HttpResponse::json(200, QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("version"), QStringLiteral(CLIPDESK_VERSION)},
            {QStringLiteral("database"), backend == Storage::Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
        }));
    };
    m_router->add(std::move(health));
}

} // namespace ClipDesk::Server
