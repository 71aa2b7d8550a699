#include "authservice.h"

#include "accountcreation.h"
#include "jsonbody.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "secrettoken.h"
#include "domain/accountrules.h"
#include "server/mail/passwordresetmail.h"
#include "server/mail/smtpclient.h"
#include "server/ws/websockethub.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "clipdesk.auth", QtInfoMsg)

namespace ClipDesk::Server {

using Domain::AccountRules;
using Storage::UserRecord;

namespace {

// Far above any valid password, but bounds the work for a hostile one.
constexpr qsizetype MaxCheckedPasswordLength = 4 * AccountRules::MaxPasswordLength;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template<typename T>
std::unexpected<ApiFailure> internalFailure(const char *what, const T &error)
{
    qCWarning(lcAuth) << what << error.message;
    return std::unexpected(ApiFailure::internal());
}

std::unexpected<ApiFailure> invalidArgument(const Error &error)
{
    return std::unexpected(ApiFailure::make(400, error.code, error.message));
}

} // namespace

AuthService::AuthService(Dependencies dependencies, AuthPolicy policy, QString publicUrl, QObject *parent)
    : QObject(parent)
    , m_deps(dependencies)
    , m_policy(std::move(policy))
    , m_publicUrl(std::move(publicUrl))
    , m_users(dependencies.db)
    , m_profiles(dependencies.db)
    , m_resets(dependencies.db)
{
}

QJsonObject AuthService::userJson(const UserRecord &user)
{
    QString displayName = user.username;
    if (auto profile = m_profiles.find(user.id); profile && profile->has_value())
        displayName = (*profile)->displayName;
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("role"), Domain::roleName(user.role)},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("created_at"), isoTime(user.createdAtMs)},
    };
}

void AuthService::registerAccount(const QJsonObject &body, Done<QJsonObject> done)
{
    const auto fields = JsonBody::onlyKeys(body, {QStringLiteral("email"), QStringLiteral("username"),
                                                  QStringLiteral("password"), QStringLiteral("role")});
    auto email = JsonBody::requiredString(body, QStringLiteral("email"));
    auto username = JsonBody::requiredString(body, QStringLiteral("username"));
    auto password = JsonBody::requiredString(body, QStringLiteral("password"));
    auto roleText = JsonBody::requiredString(body, QStringLiteral("role"));
    for (const ApiResult<QString> *field : {&email, &username, &password, &roleText}) {
        if (!*field)
            return done(std::unexpected(field->error()));
    }
    if (!fields)
        return done(std::unexpected(fields.error()));

    const auto role = Domain::roleFromName(*roleText);
    if (!role || !Domain::isSelfRegistrable(*role))
        return done(apiFailure(400, QString::fromLatin1(ErrorCode::InvalidArgument),
                               tr("\"role\" must be \"brand\" or \"clipper\".")));
    const NewAccount account{*email, *username, *password, *role};
    if (auto valid = AccountCreation::validate(account); !valid)
        return done(invalidArgument(valid.error()));

    // Registration says plainly that an email or username is taken. This reveals which
    // accounts exist; it is an accepted trade-off (ASVS 2.x notes it) because a sign-up form
    // cannot work otherwise. Sign-in and password reset never reveal it.
    auto byEmail = m_users.findByEmail(account.email);
    auto byUsername = m_users.findByUsername(account.username);
    if (!byEmail || !byUsername)
        return done(internalFailure("cannot look up users:", !byEmail ? byEmail.error() : byUsername.error()));
    if (byEmail->has_value())
        return done(apiFailure(409, QString::fromLatin1(Storage::UserRepository::EmailTaken),
                               tr("An account with this email address already exists.")));
    if (byUsername->has_value())
        return done(apiFailure(409, QString::fromLatin1(Storage::UserRepository::UsernameTaken),
                               tr("The username \"%1\" is already taken.").arg(account.username.trimmed())));

    m_deps.hasher.hash(account.password, this, [this, account, done](Result<QString> hash) {
        if (!hash)
            return done(internalFailure("cannot hash a password:", hash.error()));
        auto user = AccountCreation::insert(m_deps.db, account, *hash);
        if (!user) {
            const QString &code = user.error().code;
            if (code == u"email_taken" || code == u"username_taken")
                return done(apiFailure(409, code, user.error().message));
            return done(internalFailure("cannot create an account:", user.error()));
        }
        qCInfo(lcAuth) << "account created:" << user->id << Domain::roleName(user->role);
        done(QJsonObject{{QStringLiteral("user"), userJson(*user)}});
    });
}

void AuthService::login(const QJsonObject &body, const ClientInfo &client, Done<QJsonObject> done)
{
    auto login = JsonBody::requiredString(body, QStringLiteral("login"));
    if (!login)
        return done(std::unexpected(login.error()));
    auto password = JsonBody::requiredString(body, QStringLiteral("password"));
    if (!password)
        return done(std::unexpected(password.error()));

    auto found = m_users.findByLogin(login->trimmed());
    if (!found)
        return done(internalFailure("cannot look up a user:", found.error()));
    const std::optional<UserRecord> user = *found;
    // Unknown logins are throttled under their own key, so they behave like accounts.
    const QString accountKey = user ? user->id : QStringLiteral("login:") + login->trimmed().toLower().left(256);
    if (auto admitted = m_deps.throttle.admit(accountKey, client.ip); !admitted)
        return done(std::unexpected(admitted.error()));

    const auto refused = [] {
        return apiFailure(401, QString::fromLatin1(InvalidCredentials), tr("The login or the password is wrong."));
    };
    if (password->size() > MaxCheckedPasswordLength)
        return done(refused());

    // An unknown user is verified against a dummy hash: same work, same answer.
    const std::optional<QString> storedHash = user ? std::optional<QString>(user->passwordHash) : std::nullopt;
    m_deps.hasher.verify(storedHash, *password, this, [this, user, password = *password, client, done, refused](bool ok) {
        if (!ok || !user)
            return done(refused());
        auto current = m_users.findById(user->id);
        if (!current)
            return done(internalFailure("cannot look up a user:", current.error()));
        if (!current->has_value())
            return done(refused());
        const UserRecord &account = **current;
        if (account.isFlagged()) {
            qCInfo(lcAuth) << "sign-in refused for flagged account" << account.id;
            return done(apiFailure(403, QString::fromLatin1(SessionAuthenticator::AccountFlagged),
                                   tr("This account has been suspended: %1").arg(*account.flaggedReason)));
        }
        auto session = m_deps.authenticator.issue(account.id, client);
        if (!session)
            return done(internalFailure("cannot create a session:", session.error()));
        rehashIfNeeded(account, password);
        done(QJsonObject{
            {QStringLiteral("token"), session->token},
            {QStringLiteral("user"), userJson(account)},
            {QStringLiteral("expires_at"), isoTime(session->expiresAtMs)},
        });
    });
}

void AuthService::rehashIfNeeded(const UserRecord &user, const QString &password)
{
    if (!m_deps.hasher.needsRehash(user.passwordHash))
        return;
    m_deps.hasher.hash(password, this, [this, user](Result<QString> hash) {
        if (!hash)
            return;
        if (auto replaced = m_users.replacePasswordHash(user.id, user.passwordHash, *hash, nowMs()); !replaced)
            qCWarning(lcAuth) << "cannot store a rehashed password:" << replaced.error().message;
    });
}

ApiResult<void> AuthService::logout(const AuthenticatedUser &user)
{
    auto revoked = m_deps.authenticator.revoke(user.sessionId);
    if (!revoked)
        return internalFailure("cannot revoke a session:", revoked.error());
    m_deps.hub.closeSession(user.sessionId);
    return {};
}

ApiResult<QJsonObject> AuthService::me(const AuthenticatedUser &user)
{
    auto record = m_users.findById(user.userId);
    if (!record)
        return internalFailure("cannot look up a user:", record.error());
    auto profile = m_profiles.find(user.userId);
    if (!profile)
        return internalFailure("cannot read a profile:", profile.error());
    if (!record->has_value() || !profile->has_value())
        return apiFailure(404, QString::fromLatin1(ErrorCode::NotFound), tr("This account no longer exists."));
    return QJsonObject{{QStringLiteral("user"), userJson(**record)}, {QStringLiteral("profile"), Domain::profileToJson(**profile)}};
}

void AuthService::changePassword(const AuthenticatedUser &user, const QJsonObject &body, const ClientInfo &client,
                                 Done<QJsonObject> done)
{
    auto currentPassword = JsonBody::requiredString(body, QStringLiteral("current_password"));
    if (!currentPassword)
        return done(std::unexpected(currentPassword.error()));
    auto newPassword = JsonBody::requiredString(body, QStringLiteral("new_password"));
    if (!newPassword)
        return done(std::unexpected(newPassword.error()));
    if (auto valid = AccountRules::validatePassword(*newPassword); !valid)
        return done(invalidArgument(valid.error()));

    auto record = m_users.findById(user.userId);
    if (!record)
        return done(internalFailure("cannot look up a user:", record.error()));
    if (!record->has_value())
        return done(apiFailure(401, QString::fromLatin1(ErrorCode::Unauthorized), tr("This account no longer exists.")));
    if (auto admitted = m_deps.throttle.admit(user.userId, client.ip); !admitted)
        return done(std::unexpected(admitted.error()));

    const QString userId = user.userId;
    m_deps.hasher.verify((*record)->passwordHash, *currentPassword, this,
                         [this, userId, newPassword = *newPassword, client, done](bool ok) {
        if (!ok)
            return done(apiFailure(403, QString::fromLatin1(InvalidCredentials), tr("The current password is wrong.")));
        m_deps.hasher.hash(newPassword, this, [this, userId, client, done](Result<QString> hash) {
            if (!hash)
                return done(internalFailure("cannot hash a password:", hash.error()));
            if (auto changed = finishPasswordChange(userId, *hash, std::nullopt); !changed)
                return done(std::unexpected(changed.error()));
            auto session = m_deps.authenticator.issue(userId, client);
            if (!session)
                return done(internalFailure("cannot create a session:", session.error()));
            qCInfo(lcAuth) << "password changed for" << userId << "- other sessions ended";
            done(QJsonObject{{QStringLiteral("token"), session->token},
                             {QStringLiteral("expires_at"), isoTime(session->expiresAtMs)}});
        });
    });
}

ApiResult<void> AuthService::finishPasswordChange(const QString &userId, const QString &passwordHash,
                                                  const std::optional<QString> &resetTokenHash)
{
    const qint64 now = nowMs();
    Storage::WriteTransaction transaction(m_deps.db);
    if (!transaction.begun())
        return internalFailure("cannot begin a transaction:", transaction.begun().error());
    if (resetTokenHash) {
        auto used = m_resets.markUsed(*resetTokenHash, now);
        if (!used)
            return internalFailure("cannot use a reset token:", used.error());
        if (!*used) // a concurrent reset consumed it first
            return apiFailure(400, QString::fromLatin1(InvalidToken), tr("This reset link is invalid or has expired. Ask for a new one."));
    }
    if (auto updated = m_users.updatePasswordHash(userId, passwordHash, now); !updated)
        return internalFailure("cannot change a password:", updated.error());
    if (auto used = m_resets.markAllUsedForUser(userId, now); !used)
        return internalFailure("cannot retire reset tokens:", used.error());
    if (auto revoked = m_deps.authenticator.revokeAllForUser(userId); !revoked)
        return internalFailure("cannot revoke sessions:", revoked.error());
    if (auto committed = transaction.commit(); !committed)
        return internalFailure("cannot change a password:", committed.error());
    m_deps.hub.closeUser(userId);
    return {};
}

ApiResult<void> AuthService::requestPasswordReset(const QJsonObject &body)
{
    auto email = JsonBody::requiredString(body, QStringLiteral("email"));
    if (!email)
        return std::unexpected(email.error());
    // From here on the answer is the same whether or not the account exists.
    auto user = m_users.findByEmail(*email);
    if (!user) {
        qCWarning(lcAuth) << "cannot look up a user:" << user.error().message;
        return {};
    }
    if (!user->has_value())
        return {};
    const UserRecord &account = **user;
    const qint64 now = nowMs();
    auto recent = m_resets.countCreatedSince(account.id, now - AuthPolicy::HourMs);
    if (!recent) {
        qCWarning(lcAuth) << "cannot count reset requests:" << recent.error().message;
        return {};
    }
    if (*recent >= m_policy.maxResetRequestsPerEmailPerHour) {
        qCInfo(lcAuth) << "password reset for" << account.id << "not sent: hourly limit reached";
        return {};
    }

    const QString token = SecretToken::generate();
    Storage::PasswordResetRecord reset{SecretToken::digest(token.toLatin1()), account.id, now, now + m_policy.resetTokenLifetimeMs, {}};
    if (auto stored = m_resets.insert(reset); !stored) {
        qCWarning(lcAuth) << "cannot store a reset token:" << stored.error().message;
        return {};
    }
    // Never log the token itself.
    qCInfo(lcAuth) << "password reset requested for" << account.id;
    m_deps.mail.send(PasswordResetMail::compose(account.email, account.username, m_publicUrl, token,
                                                int(m_policy.resetTokenLifetimeMs / 60'000)));
    return {};
}

void AuthService::resetPassword(const QJsonObject &body, Done<void> done)
{
    auto token = JsonBody::requiredString(body, QStringLiteral("token"));
    if (!token)
        return done(std::unexpected(token.error()));
    auto newPassword = JsonBody::requiredString(body, QStringLiteral("new_password"));
    if (!newPassword)
        return done(std::unexpected(newPassword.error()));

    const auto invalidToken = [] {
        return apiFailure(400, QString::fromLatin1(InvalidToken), tr("This reset link is invalid or has expired. Ask for a new one."));
    };
    const QByteArray tokenBytes = token->trimmed().toLatin1();
    if (!SecretToken::looksValid(tokenBytes))
        return done(invalidToken());
    const QString tokenHash = SecretToken::digest(tokenBytes);
    auto reset = m_resets.findByTokenHash(tokenHash);
    if (!reset)
        return done(internalFailure("cannot look up a reset token:", reset.error()));
    if (!reset->has_value() || (*reset)->usedAtMs || (*reset)->expiresAtMs <= nowMs())
        return done(invalidToken());
    if (auto valid = AccountRules::validatePassword(*newPassword); !valid)
        return done(invalidArgument(valid.error()));

    const QString userId = (*reset)->userId;
    m_deps.hasher.hash(*newPassword, this, [this, userId, tokenHash, done](Result<QString> hash) {
        if (!hash)
            return done(internalFailure("cannot hash a password:", hash.error()));
        if (auto changed = finishPasswordChange(userId, *hash, tokenHash); !changed)
            return done(std::unexpected(changed.error()));
        qCInfo(lcAuth) << "password reset for" << userId << "- all sessions ended";
        done({});
    });
}

} // namespace ClipDesk::Server
