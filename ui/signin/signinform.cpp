#include "signinform.h"

#include "fielderrorlabel.h"
#include "passwordfield.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

SignInForm::SignInForm(QWidget *parent)
    : QWidget(parent)
    , m_savedBox(new QWidget(this))
    , m_savedButtons(new QVBoxLayout)
    , m_login(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_loginError(new FieldErrorLabel(this))
    , m_passwordError(new FieldErrorLabel(this))
{
    m_login->setObjectName(QStringLiteral("loginField"));
    m_login->setPlaceholderText(tr("you@example.com or your username"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_login->setClearButtonEnabled(true);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_loginError->setObjectName(QStringLiteral("loginError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));

    auto *savedCaption = new QLabel(tr("Saved on this computer"), m_savedBox);
    savedCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *savedLayout = new QVBoxLayout(m_savedBox);
    savedLayout->setContentsMargins(0, 0, 0, 8);
    savedLayout->setSpacing(4);
    savedLayout->addWidget(savedCaption);
    savedLayout->addLayout(m_savedButtons);
    m_savedBox->setVisible(false);

    auto *forgot = new QLabel(QStringLiteral("<a href=\"#forgot\">%1</a>").arg(tr("Forgot password?").toHtmlEscaped()), this);
    forgot->setObjectName(QStringLiteral("forgotPasswordLink"));
    forgot->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    forgot->setToolTip(tr("Get a link to choose a new password by email"));
    connect(forgot, &QLabel::linkActivated, this, &SignInForm::forgotPasswordRequested);

    auto *loginLabel = new QLabel(tr("Email or &username"), this);
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(10);
    form->addRow(loginLabel, FieldErrorLabel::attach(m_login, m_loginError, this));
    form->addRow(passwordLabel, FieldErrorLabel::attach(m_password, m_passwordError, this));
    form->addRow(QString(), forgot);

    auto *newHere = new QLabel(QStringLiteral("%1 <a href=\"#create\">%2</a>")
                                   .arg(tr("New to ClipDesk?").toHtmlEscaped(), tr("Create an account").toHtmlEscaped()),
                               this);
    newHere->setObjectName(QStringLiteral("createAccountLink"));
    newHere->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    newHere->setAlignment(Qt::AlignHCenter);
    connect(newHere, &QLabel::linkActivated, this, &SignInForm::createAccountRequested);
    m_links = {forgot, newHere};

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addWidget(m_savedBox);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(newHere);

    connect(m_login, &QLineEdit::textEdited, m_loginError, &FieldErrorLabel::clearError);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &FieldErrorLabel::clearError);
}

void SignInForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Rich text takes the link colour when it is set; set it again for the new palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        for (QLabel *link : std::as_const(m_links)) {
            const QString text = link->text();
            link->clear();
            link->setText(text);
        }
    }
}

QString SignInForm::login() const
{
    return m_login->text().trimmed();
}

QString SignInForm::password() const
{
    return m_password->text();
}

void SignInForm::setLogin(const QString &login)
{
    m_login->setText(login);
}

void SignInForm::setSavedAccounts(const QList<Net::RememberedAccount> &accounts)
{
    while (QLayoutItem *item = m_savedButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Net::RememberedAccount &account : accounts) {
        const QString text = tr("Continue as %1 (%2 · %3)").arg(account.user.name(), QLatin1Char('@') + account.user.username,
                                                               account.user.roleTitle());
        auto *button = new QPushButton(text, m_savedBox);
        button->setObjectName(QStringLiteral("savedAccountButton"));
        button->setToolTip(tr("Sign in with the session stored on this computer; no password needed while it is valid."));
        button->setAutoDefault(false);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 5px 10px;"));
        connect(button, &QPushButton::clicked, this, [this, key = account.key] { Q_EMIT savedAccountChosen(key); });
        m_savedButtons->addWidget(button);
    }
    m_savedBox->setVisible(!accounts.isEmpty());
}

bool SignInForm::validate()
{
    clearErrors();
    if (login().isEmpty())
        m_loginError->setError(tr("Enter your email address or username."));
    if (password().isEmpty())
        m_passwordError->setError(tr("Enter your password."));
    focusFirstField();
    return !m_loginError->hasError() && !m_passwordError->hasError();
}

void SignInForm::clearErrors()
{
    m_loginError->clearError();
    m_passwordError->clearError();
}

void SignInForm::showLoginError(const QString &message)
{
    m_loginError->setError(message);
    m_login->setFocus();
}

void SignInForm::showPasswordError(const QString &message)
{
    m_passwordError->setError(message);
    m_password->setFocus();
    m_password->selectAll();
}

void SignInForm::focusFirstField()
{
    if (login().isEmpty() || m_loginError->hasError())
        m_login->setFocus();
    else
        m_password->setFocus();
}

} // namespace ClipDesk::Ui
