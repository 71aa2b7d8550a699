#pragma once

#include "authpolicy.h"
#include "domain/error.h"
#include "server/http/httpserver.h"
#include "server/mail/smtpsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

class AuthService;
class LoginThrottle;
class PasswordHasher;
class ProfileService;
class Router;
class SessionAuthenticator;
class SmtpClient;
class WebSocketHub;

// Accounts, sessions, password reset by email and profiles, wired together.
//
//   auto accounts = AccountsModule::create(db, store, hub, config.auth, config.smtp, config.publicUrl);
//   accounts->registerRoutes(router);
//   accounts->attach(httpServer); // WebSocket authentication + sockets into the hub
//
// Other modules authenticate requests through authenticator().
class AccountsModule final : public QObject
{
    Q_OBJECT

public:
    AccountsModule(Storage::Database &db, Storage::ContentStore &store, WebSocketHub &hub, AuthPolicy policy,
                   SmtpSettings smtp, QString publicUrl, QObject *parent = nullptr);
    ~AccountsModule() override;
    Q_DISABLE_COPY_MOVE(AccountsModule)

    // Reads the "auth" and "smtp" objects of the server config.
    static Result<std::unique_ptr<AccountsModule>> create(Storage::Database &db, Storage::ContentStore &store, WebSocketHub &hub,
                                                          const QJsonObject &authConfig, const QJsonObject &smtpConfig,
                                                          const QString &publicUrl);

    void registerRoutes(Router &router);
    HttpServer::WebSocketAuthenticator webSocketAuthenticator();
    // Installs the WebSocket authenticator and hands new sockets to the hub.
    void attach(HttpServer &server);

    SessionAuthenticator &authenticator() { return *m_authenticator; }
    AuthService &authService() { return *m_authService; }
    ProfileService &profileService() { return *m_profileService; }
    const AuthPolicy &policy() const { return m_policy; }

private:
    void pruneExpired();

    Storage::Database &m_db;
    WebSocketHub &m_hub;
    AuthPolicy m_policy;
    QThreadPool m_pool; // argon2 and image work; capped at 2 threads
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<SessionAuthenticator> m_authenticator;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<SmtpClient> m_mail;
    std::unique_ptr<AuthService> m_authService;
    std::unique_ptr<ProfileService> m_profileService;
    QTimer m_pruneTimer;
    QTimer m_socketSweepTimer;
};

} // namespace ClipDesk::Server
