#include "authclient.h"

#include "accountpaths.h"
#include "apiclient.h"
#include "netlogging.h"
#include "nettr.h"

namespace ClipDesk::Net {

namespace {

QByteArray post()
{
    return QByteArrayLiteral("POST");
}

} // namespace

AuthClient::AuthClient(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
{
}

AuthClient::~AuthClient() = default;

void AuthClient::setServer(const QUrl &serverUrl, const QString &serverId)
{
    m_api->setBaseUrl(serverUrl);
    m_serverId = serverId;
}

QUrl AuthClient::serverUrl() const
{
    return m_api->baseUrl();
}

QString AuthClient::serverId() const
{
    return m_serverId.isEmpty() ? AccountPaths::serverId(m_api->baseUrl()) : m_serverId;
}

ApiCall *AuthClient::track(Operation operation, ApiCall *call)
{
    connect(call, &ApiCall::finished, this, [this, operation](const ApiResponse &response) { onFinished(operation, response); });
    return call;
}

ApiCall *AuthClient::login(const QString &login, const QString &password)
{
    return track(Operation::Login, m_api->post(QStringLiteral("/api/v1/auth/login"),
                                               {{QStringLiteral("login"), login.trimmed()}, {QStringLiteral("password"), password}}));
}

ApiCall *AuthClient::registerAccount(const NewAccount &account)
{
    return track(Operation::Register, m_api->post(QStringLiteral("/api/v1/auth/register"),
                                                  {{QStringLiteral("email"), account.email.trimmed()},
                                                   {QStringLiteral("username"), account.username.trimmed()},
                                                   {QStringLiteral("password"), account.password},
                                                   {QStringLiteral("role"), account.role}}));
}

ApiCall *AuthClient::forgotPassword(const QString &email)
{
    return track(Operation::ForgotPassword,
                 m_api->post(QStringLiteral("/api/v1/auth/password/forgot"), {{QStringLiteral("email"), email.trimmed()}}));
}

ApiCall *AuthClient::resetPassword(const QString &resetToken, const QString &newPassword)
{
    return track(Operation::ResetPassword,
                 m_api->post(QStringLiteral("/api/v1/auth/password/reset"),
                             {{QStringLiteral("token"), resetToken.trimmed()}, {QStringLiteral("new_password"), newPassword}}));
}

ApiCall *AuthClient::logout(const QString &token)
{
    return track(Operation::Logout, m_api->send(ApiRequest{post(), QStringLiteral("/api/v1/auth/logout"), std::nullopt, token}));
}

ApiCall *AuthClient::fetchMe(const QString &token)
{
    return track(Operation::FetchMe,
                 m_api->send(ApiRequest{QByteArrayLiteral("GET"), QStringLiteral("/api/v1/auth/me"), std::nullopt, token}));
}

void AuthClient::cancel()
{
    m_api->abortAll();
}

bool AuthClient::isBusy() const
{
    return m_api->pendingCount() > 0;
}

ApiResponse AuthClient::badResponse(const ApiResponse &response) const
{
    ApiResponse bad = response;
    bad.error = Error{QString::fromLatin1(ApiErrorCode::BadResponse),
                      Tr::tr("The server at %1 sent an answer ClipDesk does not understand.").arg(serverUrl().toDisplayString())};
    return bad;
}

void AuthClient::onFinished(Operation operation, const ApiResponse &response)
{
    if (!response.ok()) {
        Q_EMIT failed(operation, response);
        return;
    }
    const AccountIdentity user = AccountIdentity::fromJson(response.json.value(QLatin1String("user")).toObject());
    switch (operation) {
    case Operation::Login: {
        Session session;
        session.serverUrl = serverUrl();
        session.serverId = serverId();
        session.token = response.json.value(QLatin1String("token")).toString();
        session.user = user;
        session.expiresAt = QDateTime::fromString(response.json.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        session.verified = true;
        if (!session.isValid())
            return Q_EMIT failed(operation, badResponse(response));
        qCInfo(lcNet).noquote() << "signed in to" << session.serverUrl.toDisplayString() << "as" << user.id << user.role;
        return Q_EMIT loggedIn(session);
    }
    case Operation::Register:
        if (!user.isValid())
            return Q_EMIT failed(operation, badResponse(response));
        return Q_EMIT registered(user);
    case Operation::ForgotPassword:
        return Q_EMIT passwordResetRequested(response.json.value(QLatin1String("message")).toString());
    case Operation::ResetPassword:
        return Q_EMIT passwordResetDone();
    case Operation::Logout:
        return Q_EMIT loggedOut();
    case Operation::FetchMe:
        if (!user.isValid())
            return Q_EMIT failed(operation, badResponse(response));
        return Q_EMIT identityFetched(user);
    }
}

} // namespace ClipDesk::Net
