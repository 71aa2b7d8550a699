#pragma once

#include "accountidentity.h"
#include "apiresponse.h"
#include "session.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace ClipDesk::Net {

class ApiCall;
class ApiClient;

// The accounts API of one server (/api/v1/auth/...), as signals. Every call ends in exactly
// one success signal or failed(); cancel() ends calls in flight with failed("cancelled").
class AuthClient final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Login, Register, ForgotPassword, ResetPassword, Logout, FetchMe };
    Q_ENUM(Operation)

    struct NewAccount
    {
        QString email;
        QString username;
        QString password;
        QString role; // "brand" or "clipper"
    };

    explicit AuthClient(QObject *parent = nullptr);
    ~AuthClient() override;
    Q_DISABLE_COPY_MOVE(AuthClient)

    // `serverId` names the server in sessions (see AccountKey); empty: derived from the URL.
    void setServer(const QUrl &serverUrl, const QString &serverId = {});
    QUrl serverUrl() const;
    QString serverId() const;
    ApiClient *api() const { return m_api; }

    // `login` is the email address or the username.
    ApiCall *login(const QString &login, const QString &password);
    ApiCall *registerAccount(const NewAccount &account);
    ApiCall *forgotPassword(const QString &email);
    ApiCall *resetPassword(const QString &resetToken, const QString &newPassword);
    ApiCall *logout(const QString &token);
    ApiCall *fetchMe(const QString &token);

    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void loggedIn(const ClipDesk::Net::Session &session);
    void registered(const ClipDesk::Net::AccountIdentity &user);
    // The server's own words: an email is on its way if the account exists.
    void passwordResetRequested(const QString &message);
    void passwordResetDone();
    void loggedOut();
    void identityFetched(const ClipDesk::Net::AccountIdentity &user);
    void failed(ClipDesk::Net::AuthClient::Operation operation, const ClipDesk::Net::ApiResponse &response);

private:
    ApiCall *track(Operation operation, ApiCall *call);
    void onFinished(Operation operation, const ApiResponse &response);
    ApiResponse badResponse(const ApiResponse &response) const;

    ApiClient *m_api;
    QString m_serverId;
};

} // namespace ClipDesk::Net
