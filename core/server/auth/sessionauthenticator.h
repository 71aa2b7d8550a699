#pragma once

#include "apifailure.h"
#include "authenticateduser.h"
#include "authpolicy.h"
#include "domain/error.h"
#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"
#include "server/http/httpserver.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// Where a request came from, kept with the session it creates.
struct ClientInfo
{
    QString ip;
    QString userAgent;

    static ClientInfo of(const HttpRequest &request);
};

// A session token handed to a client once, at sign-in.
struct IssuedSession
{
    QString token; // bearer token, base64url; never stored
    QString sessionId;
    qint64 expiresAtMs = 0; // absolute expiry
};

// The one authority over sessions: issues bearer tokens and checks them for every route
// and for WebSocket upgrades (the socket's subject is the session id).
//
// A session is valid while it is not revoked, younger than the absolute lifetime and used
// within the idle lifetime. Failures are Error{"unauthorized"} (→ 401) or, for a flagged
// account, Error{"account_flagged"} (→ 403).
class SessionAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(SessionAuthenticator)

public:
    static constexpr auto AccountFlagged = "account_flagged";

    SessionAuthenticator(Storage::Database &db, const AuthPolicy &policy);
    Q_DISABLE_COPY_MOVE(SessionAuthenticator)

    Result<AuthenticatedUser> authenticate(const HttpRequest &request);
    Result<AuthenticatedUser> authenticateToken(QByteArrayView token);

    // For route handlers: the signed-in user, or std::nullopt after `respond` was called with the failure.
    std::optional<AuthenticatedUser> requireUser(const HttpRequest &request, const HttpResponder &respond);
    static HttpResponse failureResponse(const Error &error);

    HttpServer::WebSocketAuthenticator webSocketAuthenticator();
    // The owner of a session that is still valid, for sockets that finished their handshake.
    std::optional<QString> activeSessionOwner(const QString &sessionId);

    // Creates a session for the user.
    Result<IssuedSession> issue(const QString &userId, const ClientInfo &client);
    // Database only; the caller closes the affected WebSockets (after committing).
    Result<bool> revoke(const QString &sessionId);
    Result<QStringList> revokeAllForUser(const QString &userId);

    const AuthPolicy &policy() const { return m_policy; }

private:
    Result<AuthenticatedUser> check(const Storage::SessionRecord &session, qint64 nowMs);

    Storage::Database &m_db;
    AuthPolicy m_policy;
    Storage::SessionRepository m_sessions;
    Storage::UserRepository m_users;
};

} // namespace ClipDesk::Server
