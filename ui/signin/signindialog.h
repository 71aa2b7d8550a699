#pragma once

#include "net/accountkey.h"
#include "net/apiresponse.h"
#include "net/authclient.h"
#include "net/session.h"

#include <QDialog>
#include <QUrl>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ClipDesk::Net {
class SessionStore;
}

namespace ClipDesk::Ui {

class FieldErrorLabel;
class MessageBanner;
class RegisterForm;
class SignInForm;

// Signing in, creating an account, and the way to a forgotten password, against the server
// address at the top. Nothing blocks: while a request runs, the inputs are disabled, a busy
// bar shows, and Cancel (or Esc) stops it. Enter submits the visible tab.
//
// It ends accepted with either session() (a new sign-in) or chosenSavedAccount() (the user
// picked an account whose session is stored; resume it with SessionController::resume()).
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, CreateAccount };
    Q_ENUM(Mode)

    // `store` (optional) lists the accounts saved for the server in the address field.
    explicit SignInDialog(const Net::SessionStore *store = nullptr, QWidget *parent = nullptr);
    ~SignInDialog() override;
    Q_DISABLE_COPY_MOVE(SignInDialog)

    // `serverId` names the server in sessions (empty: from the address); `locked` shows the
    // address read-only (the bundled demo server).
    void setServer(const QUrl &url, const QString &serverId = {}, bool locked = false);
    // The address as typed, when it is a valid http(s) address.
    std::optional<QUrl> serverUrl() const;
    // "Switch account" wording; `current` is left out of the saved accounts.
    void setSwitching(const Net::Session &current);
    void setLogin(const QString &login);
    void setMode(Mode mode);
    Mode mode() const;
    void showNotice(const QString &message);
    void showError(const QString &message);
    QString bannerMessage() const;
    bool isBusy() const { return m_busy; }

    const Net::Session &session() const { return m_session; }
    std::optional<Net::AccountKey> chosenSavedAccount() const { return m_chosenAccount; }

    SignInForm *signInForm() const { return m_signInForm; }
    RegisterForm *registerForm() const { return m_registerForm; }

public Q_SLOTS:
    void submit();
    void reject() override;

Q_SIGNALS:
    void signedIn(const ClipDesk::Net::Session &session);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setBusy(bool busy, const QString &what = {});
    void onFailed(Net::AuthClient::Operation operation, const Net::ApiResponse &response);
    void showForgotPassword();
    void updateForMode();
    void updateSavedAccounts();
    QString serverIdFor(const QUrl &url) const;
    // The local time when a wait of `seconds` is over.
    static QString retryTime(int seconds);

    const Net::SessionStore *m_store;
    Net::AuthClient *m_auth;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_server;
    FieldErrorLabel *m_serverError;
    QLabel *m_serverNote;
    QTabWidget *m_tabs;
    SignInForm *m_signInForm;
    RegisterForm *m_registerForm;
    MessageBanner *m_banner;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    QPushButton *m_submit;

    QUrl m_givenUrl;
    QString m_givenServerId;
    std::optional<Net::AccountKey> m_excludedAccount;
    Net::Session m_session;
    std::optional<Net::AccountKey> m_chosenAccount;
    bool m_busy = false;
};

} // namespace ClipDesk::Ui
