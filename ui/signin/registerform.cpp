#include "registerform.h"

#include "fielderrorlabel.h"
#include "passwordfield.h"
#include "domain/accountrules.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

using Domain::AccountRules;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setIndent(24); // under the radio button's text, not its circle
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RegisterForm::RegisterForm(QWidget *parent)
    : QWidget(parent)
    , m_email(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_confirmation(new PasswordField(this))
    , m_brand(new QRadioButton(tr("&Brand"), this))
    , m_clipper(new QRadioButton(tr("C&lipper"), this))
    , m_roles(new QButtonGroup(this))
    , m_emailError(new FieldErrorLabel(this))
    , m_usernameError(new FieldErrorLabel(this))
    , m_passwordError(new FieldErrorLabel(this))
    , m_confirmationError(new FieldErrorLabel(this))
    , m_roleError(new FieldErrorLabel(this))
{
    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setPlaceholderText(tr("%1 to %2 letters, digits, '.', '_' or '-'")
                                       .arg(AccountRules::MinUsernameLength)
                                       .arg(AccountRules::MaxUsernameLength));
    m_username->setMaxLength(AccountRules::MaxUsernameLength);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("newPasswordField"));
    m_password->setPlaceholderText(tr("At least %1 characters").arg(AccountRules::MinPasswordLength));
    m_confirmation->setObjectName(QStringLiteral("confirmPasswordField"));
    m_confirmation->setPlaceholderText(tr("The same password again"));
    m_brand->setObjectName(QStringLiteral("brandRadio"));
    m_clipper->setObjectName(QStringLiteral("clipperRadio"));
    m_roles->addButton(m_brand);
    m_roles->addButton(m_clipper);
    m_emailError->setObjectName(QStringLiteral("emailError"));
    m_usernameError->setObjectName(QStringLiteral("usernameError"));
    m_passwordError->setObjectName(QStringLiteral("newPasswordError"));
    m_confirmationError->setObjectName(QStringLiteral("confirmPasswordError"));
    m_roleError->setObjectName(QStringLiteral("roleError"));

    auto *roleColumn = new QWidget(this);
    auto *roleLayout = new QVBoxLayout(roleColumn);
    roleLayout->setContentsMargins(0, 2, 0, 0);
    roleLayout->setSpacing(2);
    roleLayout->addWidget(m_brand);
    roleLayout->addWidget(explanation(tr("You fund campaigns and pay clippers per view or per deliverable."), roleColumn));
    roleLayout->addSpacing(6);
    roleLayout->addWidget(m_clipper);
    roleLayout->addWidget(explanation(tr("You cut clips from long videos, upload them and earn a share per view."), roleColumn));
    roleLayout->addWidget(m_roleError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(10);
    form->addRow(buddyLabel(tr("&Email"), m_email, this), FieldErrorLabel::attach(m_email, m_emailError, this));
    form->addRow(buddyLabel(tr("User&name"), m_username, this), FieldErrorLabel::attach(m_username, m_usernameError, this));
    form->addRow(buddyLabel(tr("Pass&word"), m_password, this), FieldErrorLabel::attach(m_password, m_passwordError, this));
    form->addRow(buddyLabel(tr("Con&firm password"), m_confirmation, this),
                 FieldErrorLabel::attach(m_confirmation, m_confirmationError, this));
    form->addRow(new QLabel(tr("I am a"), this), roleColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addLayout(form);
    layout->addStretch();

    for (Field field : {Field::Email, Field::Username, Field::Password, Field::Confirmation}) {
        auto *edit = static_cast<QLineEdit *>(fieldWidget(field));
        connect(edit, &QLineEdit::textEdited, errorLabel(field), &FieldErrorLabel::clearError);
    }
    connect(m_roles, &QButtonGroup::buttonToggled, m_roleError, &FieldErrorLabel::clearError);
}

Net::AuthClient::NewAccount RegisterForm::account() const
{
    return {m_email->text().trimmed(), m_username->text().trimmed(), m_password->text(),
            m_brand->isChecked() ? QStringLiteral("brand") : m_clipper->isChecked() ? QStringLiteral("clipper") : QString()};
}

FieldErrorLabel *RegisterForm::errorLabel(Field field) const
{
    switch (field) {
    case Field::Email: return m_emailError;
    case Field::Username: return m_usernameError;
    case Field::Password: return m_passwordError;
    case Field::Confirmation: return m_confirmationError;
    case Field::Role: break;
    }
    return m_roleError;
}

QWidget *RegisterForm::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Email: return m_email;
    case Field::Username: return m_username;
    case Field::Password: return m_password;
    case Field::Confirmation: return m_confirmation;
    case Field::Role: break;
    }
    return m_brand;
}

bool RegisterForm::validate()
{
    clearErrors();
    const Net::AuthClient::NewAccount entered = account();
    if (Status email = AccountRules::validateEmail(entered.email); !email)
        showFieldError(Field::Email, email.error().message);
    if (Status username = AccountRules::validateUsername(entered.username); !username)
        showFieldError(Field::Username, username.error().message);
    if (Status password = AccountRules::validatePassword(entered.password); !password)
        showFieldError(Field::Password, password.error().message);
    else if (m_confirmation->text() != entered.password)
        showFieldError(Field::Confirmation, tr("The passwords do not match."));
    if (entered.role.isEmpty())
        showFieldError(Field::Role, tr("Choose whether you join as a brand or as a clipper."));
    focusFirstField();
    for (Field field : {Field::Email, Field::Username, Field::Password, Field::Confirmation, Field::Role}) {
        if (errorLabel(field)->hasError())
            return false;
    }
    return true;
}

void RegisterForm::clearErrors()
{
    for (Field field : {Field::Email, Field::Username, Field::Password, Field::Confirmation, Field::Role})
        errorLabel(field)->clearError();
}

void RegisterForm::showFieldError(Field field, const QString &message)
{
    errorLabel(field)->setError(message);
}

QString RegisterForm::fieldError(Field field) const
{
    return errorLabel(field)->error();
}

bool RegisterForm::showServerError(const Net::ApiResponse &response)
{
    const QString code = response.errorCode();
    const QString message = response.errorMessage();
    std::optional<Field> field;
    if (code == u"email_taken") {
        field = Field::Email;
    } else if (code == u"username_taken") {
        field = Field::Username;
    } else if (code == QLatin1String(ErrorCode::InvalidArgument)) {
        // The server words its rule failures as AccountRules does; otherwise go by the name it uses.
        const Net::AuthClient::NewAccount entered = account();
        const auto failsWith = [&message](const Status &status) { return !status && status.error().message == message; };
        if (failsWith(AccountRules::validateEmail(entered.email)) || message.contains(QLatin1String("\"email\"")))
            field = Field::Email;
        else if (failsWith(AccountRules::validateUsername(entered.username)) || message.contains(QLatin1String("\"username\"")))
            field = Field::Username;
        else if (failsWith(AccountRules::validatePassword(entered.password)) || message.contains(QLatin1String("\"password\"")))
            field = Field::Password;
        else if (message.contains(QLatin1String("\"role\"")))
            field = Field::Role;
    }
    if (!field)
        return false;
    showFieldError(*field, message);
    fieldWidget(*field)->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(fieldWidget(*field)))
        edit->selectAll();
    return true;
}

void RegisterForm::focusFirstField()
{
    for (Field field : {Field::Email, Field::Username, Field::Password, Field::Confirmation, Field::Role}) {
        if (errorLabel(field)->hasError()) {
            fieldWidget(field)->setFocus();
            return;
        }
    }
    for (Field field : {Field::Email, Field::Username, Field::Password, Field::Confirmation}) {
        if (static_cast<QLineEdit *>(fieldWidget(field))->text().isEmpty()) {
            fieldWidget(field)->setFocus();
            return;
        }
    }
}

} // namespace ClipDesk::Ui
