#pragma once

#include "net/sessionstore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace ClipDesk::Ui {

class FieldErrorLabel;
class PasswordField;

// The "Sign in" tab: accounts saved on this computer, email or username, password, and the
// way to a forgotten password.
class SignInForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SignInForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignInForm)

    QString login() const;
    QString password() const;
    void setLogin(const QString &login);
    // Offers "Continue as …" for accounts whose session is still stored.
    void setSavedAccounts(const QList<Net::RememberedAccount> &accounts);

    // Shows what is missing; true when the form can be sent.
    bool validate();
    void clearErrors();
    void showLoginError(const QString &message);
    void showPasswordError(const QString &message);
    // Puts the cursor in the first field that needs input.
    void focusFirstField();

    QLineEdit *loginField() const { return m_login; }
    PasswordField *passwordField() const { return m_password; }

Q_SIGNALS:
    void forgotPasswordRequested();
    void createAccountRequested();
    void savedAccountChosen(const ClipDesk::Net::AccountKey &account);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<QLabel *> m_links;
    QWidget *m_savedBox;
    QVBoxLayout *m_savedButtons;
    QLineEdit *m_login;
    PasswordField *m_password;
    FieldErrorLabel *m_loginError;
    FieldErrorLabel *m_passwordError;
};

} // namespace ClipDesk::Ui
