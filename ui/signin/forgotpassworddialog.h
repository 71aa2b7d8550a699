#pragma once

#include "net/apiresponse.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ClipDesk::Net {
class AuthClient;
}

namespace ClipDesk::Ui {

class FieldErrorLabel;
class MessageBanner;
class PasswordField;

// Two steps for a forgotten password: ask the server to email a reset code, then paste the
// code (or the whole link) with a new password. The first step always gets the same answer,
// so it never tells whether an account exists for an address.
class ForgotPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ForgotPasswordDialog(const QUrl &serverUrl, QWidget *parent = nullptr);
    ~ForgotPasswordDialog() override;
    Q_DISABLE_COPY_MOVE(ForgotPasswordDialog)

    void setEmail(const QString &email);
    QString email() const;
    // The code from a pasted reset link ("…/reset?token=CODE") or the code itself.
    static QString resetCodeFrom(const QString &pasted);

public Q_SLOTS:
    void sendLink();
    void setNewPassword();
    void reject() override;

Q_SIGNALS:
    // The password was reset; sign in with it.
    void passwordChanged(const QString &email);

private:
    void setBusy(bool busy, const QString &what = {});
    // Grows the dialog when a message made the content taller (wrapped text needs the width).
    void growToFitLater();
    void showFailure(const Net::ApiResponse &response);

    Net::AuthClient *m_auth;
    QLineEdit *m_email;
    QPushButton *m_send;
    QLineEdit *m_code;
    PasswordField *m_password;
    PasswordField *m_confirmation;
    QPushButton *m_reset;
    QPushButton *m_close;
    FieldErrorLabel *m_emailError;
    FieldErrorLabel *m_codeError;
    FieldErrorLabel *m_passwordError;
    FieldErrorLabel *m_confirmationError;
    MessageBanner *m_sentBanner;
    MessageBanner *m_banner;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    bool m_busy = false;
};

} // namespace ClipDesk::Ui
