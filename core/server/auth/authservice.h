#pragma once

#include "apifailure.h"
#include "authenticateduser.h"
#include "authpolicy.h"
#include "sessionauthenticator.h"
#include "storage/passwordresetrepository.h"
#include "storage/profilerepository.h"
#include "storage/userrepository.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class LoginThrottle;
class PasswordHasher;
class SmtpClient;
class WebSocketHub;

// Accounts: registration, sign-in and sign-out, password change and reset by email.
// Password hashing runs off the event loop; the callbacks come back on this object's thread,
// where all database work happens.
class AuthService final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto InvalidCredentials = "invalid_credentials";
    static constexpr auto InvalidToken = "invalid_token";

    template<typename T>
    using Done = std::function<void(ApiResult<T>)>;

    struct Dependencies
    {
        Storage::Database &db;
        SessionAuthenticator &authenticator;
        PasswordHasher &hasher;
        LoginThrottle &throttle;
        SmtpClient &mail;
        WebSocketHub &hub;
    };

    AuthService(Dependencies dependencies, AuthPolicy policy, QString publicUrl, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuthService)

    // {email, username, password, role} → {user}. Does not sign in.
    void registerAccount(const QJsonObject &body, Done<QJsonObject> done);
    // {login, password} → {token, user, expires_at}
    void login(const QJsonObject &body, const ClientInfo &client, Done<QJsonObject> done);
    ApiResult<void> logout(const AuthenticatedUser &user);
    // → {user, profile}
    ApiResult<QJsonObject> me(const AuthenticatedUser &user);
    // {current_password, new_password} → {token, expires_at}; every other session ends.
    void changePassword(const AuthenticatedUser &user, const QJsonObject &body, const ClientInfo &client, Done<QJsonObject> done);
    // {email}: mails a one-time reset token if the account exists. Answers the same either way.
    ApiResult<void> requestPasswordReset(const QJsonObject &body);
    // {token, new_password}; every session of the user ends.
    void resetPassword(const QJsonObject &body, Done<void> done);

    QJsonObject userJson(const Storage::UserRecord &user);

private:
    ApiResult<void> finishPasswordChange(const QString &userId, const QString &passwordHash,
                                         const std::optional<QString> &resetTokenHash);
    void rehashIfNeeded(const Storage::UserRecord &user, const QString &password);

    Dependencies m_deps;
    AuthPolicy m_policy;
    QString m_publicUrl;
    Storage::UserRepository m_users;
    Storage::ProfileRepository m_profiles;
    Storage::PasswordResetRepository m_resets;
};

} // namespace ClipDesk::Server
