#include "accountsmodule.h"

#include "authservice.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "profileservice.h"
#include "sessionauthenticator.h"
#include "server/mail/smtpclient.h"
#include "server/routes/authroutes.h"
#include "server/routes/profileroutes.h"
#include "server/ws/websockethub.h"
#include "storage/database.h"
#include "storage/passwordresetrepository.h"
#include "storage/sessionrepository.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace ClipDesk::Server {

namespace {

constexpr int PruneIntervalMs = 10 * 60 * 1000;
constexpr int SocketSweepIntervalMs = 60 * 1000;
constexpr qint64 KeepEndedRowsMs = 7 * AuthPolicy::DayMs; // for audits of recent sessions

} // namespace

AccountsModule::AccountsModule(Storage::Database &db, Storage::ContentStore &store, WebSocketHub &hub, AuthPolicy policy,
                               SmtpSettings smtp, QString publicUrl, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_hub(hub)
    , m_policy(std::move(policy))
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("clipdesk-accounts"));
    m_hasher = std::make_unique<PasswordHasher>(m_policy.hashing, &m_pool);
    m_authenticator = std::make_unique<SessionAuthenticator>(db, m_policy);
    m_throttle = std::make_unique<LoginThrottle>(db, m_policy);
    m_mail = std::make_unique<SmtpClient>(std::move(smtp));
    m_authService = std::make_unique<AuthService>(
        AuthService::Dependencies{db, *m_authenticator, *m_hasher, *m_throttle, *m_mail, hub}, m_policy, std::move(publicUrl));
    m_profileService = std::make_unique<ProfileService>(db, store, &m_pool);

    m_hub.setSessionOwnerLookup([this](const QString &sessionId) { return m_authenticator->activeSessionOwner(sessionId); });

    connect(&m_pruneTimer, &QTimer::timeout, this, &AccountsModule::pruneExpired);
    m_pruneTimer.start(PruneIntervalMs);
    // Sessions may also be revoked by another server process sharing the database.
    connect(&m_socketSweepTimer, &QTimer::timeout, &m_hub, &WebSocketHub::closeEndedSessions);
    m_socketSweepTimer.start(SocketSweepIntervalMs);
    QTimer::singleShot(0, this, &AccountsModule::pruneExpired);
}

AccountsModule::~AccountsModule()
{
    m_hub.setSessionOwnerLookup({});
    m_pool.waitForDone();
}

Result<std::unique_ptr<AccountsModule>> AccountsModule::create(Storage::Database &db, Storage::ContentStore &store,
                                                               WebSocketHub &hub, const QJsonObject &authConfig,
                                                               const QJsonObject &smtpConfig, const QString &publicUrl)
{
    auto policy = AuthPolicy::fromJson(authConfig);
    if (!policy)
        return std::unexpected(policy.error());
    auto smtp = SmtpSettings::fromJson(smtpConfig);
    if (!smtp)
        return std::unexpected(smtp.error());
    if (!PasswordHasher::initializeSodium())
        return failure(QString::fromLatin1(ErrorCode::Internal), QStringLiteral("libsodium failed to initialize"));
    return std::make_unique<AccountsModule>(db, store, hub, *policy, *smtp, publicUrl);
}

void AccountsModule::registerRoutes(Router &router)
{
    registerAuthRoutes(router, *m_authService, *m_authenticator);
    registerProfileRoutes(router, *m_profileService, *m_authenticator);
}

HttpServer::WebSocketAuthenticator AccountsModule::webSocketAuthenticator()
{
    return m_authenticator->webSocketAuthenticator();
}

void AccountsModule::attach(HttpServer &server)
{
    server.setWebSocketAuthenticator(webSocketAuthenticator());
    connect(&server, &HttpServer::webSocketConnected, &m_hub,
            [hub = &m_hub](QWebSocket *socket, const QString &sessionId) { hub->adopt(socket, sessionId); });
}

void AccountsModule::pruneExpired()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto pruned = m_throttle->prune(); !pruned)
        qCWarning(lcAuth) << "cannot prune sign-in attempts:" << pruned.error().message;
    Storage::SessionRepository sessions(m_db);
    if (auto pruned = sessions.deleteEnded(now - KeepEndedRowsMs, now - m_policy.sessionIdleMs - KeepEndedRowsMs); !pruned)
        qCWarning(lcAuth) << "cannot prune sessions:" << pruned.error().message;
    Storage::PasswordResetRepository resets(m_db);
    if (auto pruned = resets.deleteExpiredBefore(now - KeepEndedRowsMs); !pruned)
        qCWarning(lcAuth) << "cannot prune reset tokens:" << pruned.error().message;
}

} // namespace ClipDesk::Server
