#pragma once

#include "net/apiresponse.h"
#include "net/authclient.h"

#include <QWidget>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace ClipDesk::Ui {

class FieldErrorLabel;
class PasswordField;

// The "Create account" tab: email, username, password twice, and the role (brand or clipper).
// The fields are checked with the same rules as the server's (Domain::AccountRules).
class RegisterForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Field { Email, Username, Password, Confirmation, Role };

    explicit RegisterForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RegisterForm)

    Net::AuthClient::NewAccount account() const;

    // Shows every problem at its field; true when the form can be sent.
    bool validate();
    void clearErrors();
    void showFieldError(Field field, const QString &message);
    QString fieldError(Field field) const;
    // Puts a server error at the field it is about; false when it is about none.
    bool showServerError(const Net::ApiResponse &response);
    void focusFirstField();

    QLineEdit *emailField() const { return m_email; }
    QLineEdit *usernameField() const { return m_username; }
    PasswordField *passwordField() const { return m_password; }
    PasswordField *confirmationField() const { return m_confirmation; }
    QRadioButton *brandButton() const { return m_brand; }
    QRadioButton *clipperButton() const { return m_clipper; }

private:
    FieldErrorLabel *errorLabel(Field field) const;
    QWidget *fieldWidget(Field field) const;

    QLineEdit *m_email;
    QLineEdit *m_username;
    PasswordField *m_password;
    PasswordField *m_confirmation;
    QRadioButton *m_brand;
    QRadioButton *m_clipper;
    QButtonGroup *m_roles;
    FieldErrorLabel *m_emailError;
    FieldErrorLabel *m_usernameError;
    FieldErrorLabel *m_passwordError;
    FieldErrorLabel *m_confirmationError;
    FieldErrorLabel *m_roleError;
};

} // namespace ClipDesk::Ui
