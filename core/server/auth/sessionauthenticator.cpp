#include "sessionauthenticator.h"

#include "secrettoken.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSessions, "clipdesk.auth.sessions", QtInfoMsg)

namespace ClipDesk::Server {

namespace {

std::unexpected<Error> unauthorized(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::Unauthorized), message);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SessionAuthenticator::SessionAuthenticator(Storage::Database &db, const AuthPolicy &policy)
    : m_db(db)
    , m_policy(policy)
    , m_sessions(db)
    , m_users(db)
{
}

Result<AuthenticatedUser> SessionAuthenticator::authenticate(const HttpRequest &request)
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return unauthorized(tr("Sign in first: this request needs an \"Authorization: Bearer\" session token."));
    return authenticateToken(token);
}

Result<AuthenticatedUser> SessionAuthenticator::authenticateToken(QByteArrayView token)
{
    if (!SecretToken::looksValid(token))
        return unauthorized(tr("The session token is not valid. Sign in again."));
    auto session = m_sessions.findByTokenHash(SecretToken::digest(token));
    if (!session)
        return std::unexpected(session.error());
    if (!session->has_value())
        return unauthorized(tr("The session token is not valid. Sign in again."));
    return check(**session, nowMs());
}

Result<AuthenticatedUser> SessionAuthenticator::check(const Storage::SessionRecord &session, qint64 now)
{
    if (session.revokedAtMs)
        return unauthorized(tr("This session has ended. Sign in again."));
    if (now >= session.expiresAtMs || now - session.lastUsedAtMs >= m_policy.sessionIdleMs)
        return unauthorized(tr("This session has expired. Sign in again."));

    auto user = m_users.findById(session.userId);
    if (!user)
        return std::unexpected(user.error());
    if (!user->has_value())
        return unauthorized(tr("This session has ended. Sign in again."));
    if ((*user)->isFlagged())
        return failure(QString::fromLatin1(AccountFlagged),
                       tr("This account has been suspended: %1").arg(*(*user)->flaggedReason));

    if (now - session.lastUsedAtMs >= m_policy.sessionTouchIntervalMs) {
        if (auto touched = m_sessions.touch(session.id, now); !touched)
            qCWarning(lcSessions) << "cannot record session use:" << touched.error().message;
    }
    return AuthenticatedUser{session.userId, session.id, (*user)->role, (*user)->username};
}

std::optional<AuthenticatedUser> SessionAuthenticator::requireUser(const HttpRequest &request, const HttpResponder &respond)
{
    auto user = authenticate(request);
    if (!user) {
        respond(failureResponse(user.error()));
        return std::nullopt;
    }
    return *user;
}

HttpResponse SessionAuthenticator::failureResponse(const Error &error)
{
    if (error.code == u"storage_error" || error.code == u"internal_error")
        qCWarning(lcSessions) << "authentication failed on storage:" << error.message;
    return ApiFailure::fromError(error).toResponse();
}

HttpServer::WebSocketAuthenticator SessionAuthenticator::webSocketAuthenticator()
{
    return [this](const HttpRequest &request) -> std::expected<QString, HttpResponse> {
        auto user = authenticate(request);
        if (!user)
            return std::unexpected(failureResponse(user.error()));
        return user->sessionId;
    };
}

std::optional<QString> SessionAuthenticator::activeSessionOwner(const QString &sessionId)
{
    auto session = m_sessions.findById(sessionId);
    if (!session || !session->has_value())
        return std::nullopt;
    auto user = check(**session, nowMs());
    if (!user)
        return std::nullopt;
    return user->userId;
}

ClientInfo ClientInfo::of(const HttpRequest &request)
{
    bool mappedV4 = false;
    const quint32 v4 = request.peerAddress.toIPv4Address(&mappedV4);
    const QString ip = mappedV4 ? QHostAddress(v4).toString() : request.peerAddress.toString();
    return ClientInfo{ip, QString::fromUtf8(request.header("user-agent").left(512))};
}

Result<IssuedSession> SessionAuthenticator::issue(const QString &userId, const ClientInfo &client)
{
    const qint64 now = nowMs();
    IssuedSession issued;
    issued.token = SecretToken::generate();
    issued.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    issued.expiresAtMs = now + m_policy.sessionAbsoluteMs;

    Storage::SessionRecord record;
    record.id = issued.sessionId;
    record.userId = userId;
    record.tokenHash = SecretToken::digest(issued.token.toLatin1());
    record.createdAtMs = now;
    record.lastUsedAtMs = now;
    record.expiresAtMs = issued.expiresAtMs;
    record.ip = client.ip;
    record.userAgent = client.userAgent;
    if (auto inserted = m_sessions.insert(record); !inserted)
        return std::unexpected(inserted.error());
    return issued;
}

Result<bool> SessionAuthenticator::revoke(const QString &sessionId)
{
    return m_sessions.revoke(sessionId, nowMs());
}

Result<QStringList> SessionAuthenticator::revokeAllForUser(const QString &userId)
{
    return m_sessions.revokeAllForUser(userId, nowMs());
}

} // namespace ClipDesk::Server
