#include "forgotpassworddialog.h"

#include "fielderrorlabel.h"
#include "messagebanner.h"
#include "passwordfield.h"
#include "domain/accountrules.h"
#include "net/authclient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

using Domain::AccountRules;
using Net::AuthClient;

namespace {

QLabel *stepHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setWeight(QFont::DemiBold);
    label->setFont(bold);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ForgotPasswordDialog::ForgotPasswordDialog(const QUrl &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_auth(new AuthClient(this))
    , m_email(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Send Link"), this))
    , m_code(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_confirmation(new PasswordField(this))
    , m_reset(new QPushButton(tr("Set &New Password"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_emailError(new FieldErrorLabel(this))
    , m_codeError(new FieldErrorLabel(this))
    , m_passwordError(new FieldErrorLabel(this))
    , m_confirmationError(new FieldErrorLabel(this))
    , m_sentBanner(new MessageBanner(this))
    , m_banner(new MessageBanner(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("forgotPasswordDialog"));
    setWindowTitle(tr("Forgot Password"));
    m_auth->setServer(serverUrl);

    m_email->setObjectName(QStringLiteral("resetEmailField"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_send->setObjectName(QStringLiteral("sendLinkButton"));
    m_code->setObjectName(QStringLiteral("resetCodeField"));
    m_code->setPlaceholderText(tr("Paste the code or the whole link"));
    m_password->setObjectName(QStringLiteral("resetPasswordField"));
    m_password->setPlaceholderText(tr("At least %1 characters").arg(AccountRules::MinPasswordLength));
    m_confirmation->setObjectName(QStringLiteral("resetConfirmField"));
    m_reset->setObjectName(QStringLiteral("setPasswordButton"));
    m_sentBanner->setObjectName(QStringLiteral("linkSentBanner"));
    m_banner->setObjectName(QStringLiteral("resetErrorBanner"));
    m_emailError->setObjectName(QStringLiteral("resetEmailError"));
    m_codeError->setObjectName(QStringLiteral("resetCodeError"));
    m_passwordError->setObjectName(QStringLiteral("resetPasswordError"));
    for (QPushButton *button : {m_send, m_reset, m_close})
        button->setAutoDefault(false); // Enter acts on the step the cursor is in
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);

    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_send);
    auto *emailColumn = new QVBoxLayout;
    emailColumn->setSpacing(3);
    emailColumn->addLayout(emailRow);
    emailColumn->addWidget(m_emailError);
    m_emailError->setBuddy(m_email);

    auto *stepOne = new QFormLayout;
    stepOne->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    stepOne->addRow(buddyLabel(tr("&Email"), m_email, this), emailColumn);

    auto *stepTwo = new QFormLayout;
    stepTwo->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    stepTwo->setVerticalSpacing(10);
    stepTwo->addRow(buddyLabel(tr("Reset &code"), m_code, this), FieldErrorLabel::attach(m_code, m_codeError, this));
    stepTwo->addRow(buddyLabel(tr("New pass&word"), m_password, this), FieldErrorLabel::attach(m_password, m_passwordError, this));
    stepTwo->addRow(buddyLabel(tr("Con&firm password"), m_confirmation, this),
                    FieldErrorLabel::attach(m_confirmation, m_confirmationError, this));
    auto *resetRow = new QHBoxLayout;
    resetRow->addStretch();
    resetRow->addWidget(m_reset);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progressLabel);
    bottom->addWidget(m_progress, 1);
    bottom->addStretch();
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(stepHeading(tr("1. Ask for a reset code"), this));
    layout->addWidget(note(tr("Enter the email address of your account. We send it a link with a reset code."), this));
    layout->addLayout(stepOne);
    layout->addWidget(m_sentBanner);
    layout->addSpacing(8);
    layout->addWidget(stepHeading(tr("2. Choose a new password"), this));
    layout->addWidget(note(tr("Paste the reset code from the email, then choose a new password."), this));
    layout->addLayout(stepTwo);
    layout->addLayout(resetRow);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addLayout(bottom);
    setMinimumWidth(480);

    connect(m_send, &QPushButton::clicked, this, &ForgotPasswordDialog::sendLink);
    connect(m_email, &QLineEdit::returnPressed, this, &ForgotPasswordDialog::sendLink);
    connect(m_reset, &QPushButton::clicked, this, &ForgotPasswordDialog::setNewPassword);
    for (QLineEdit *edit : {m_code, static_cast<QLineEdit *>(m_password), static_cast<QLineEdit *>(m_confirmation)})
        connect(edit, &QLineEdit::returnPressed, this, &ForgotPasswordDialog::setNewPassword);
    connect(m_close, &QPushButton::clicked, this, &ForgotPasswordDialog::reject);

    connect(m_auth, &AuthClient::passwordResetRequested, this, [this] {
        setBusy(false);
        // Deliberately the same words whatever the server knows about the address.
        m_sentBanner->showMessage(MessageBanner::Kind::Info,
                                  tr("If an account exists for %1, we sent it a link with a reset code. "
                                     "It is valid for a limited time; check your spam folder too.")
                                      .arg(email()));
        growToFitLater();
        m_code->setFocus();
    });
    connect(m_auth, &AuthClient::passwordResetDone, this, [this] {
        setBusy(false);
        Q_EMIT passwordChanged(email());
        accept();
    });
    connect(m_auth, &AuthClient::failed, this, [this](AuthClient::Operation, const Net::ApiResponse &response) {
        setBusy(false);
        showFailure(response);
    });
}

ForgotPasswordDialog::~ForgotPasswordDialog() = default;

void ForgotPasswordDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString ForgotPasswordDialog::email() const
{
    return m_email->text().trimmed();
}

QString ForgotPasswordDialog::resetCodeFrom(const QString &pasted)
{
    static const QRegularExpression inLink(QStringLiteral(R"([?&]token=([A-Za-z0-9_-]+))"));
    const QRegularExpressionMatch match = inLink.match(pasted);
    return match.hasMatch() ? match.captured(1) : pasted.trimmed();
}

void ForgotPasswordDialog::sendLink()
{
    if (m_busy)
        return;
    m_banner->clear();
    m_emailError->clearError();
    if (Status valid = AccountRules::validateEmail(email()); !valid) {
        m_emailError->setError(valid.error().message);
        m_email->setFocus();
        growToFitLater();
        return;
    }
    setBusy(true, tr("Sending…"));
    m_auth->forgotPassword(email());
}

void ForgotPasswordDialog::setNewPassword()
{
    if (m_busy)
        return;
    m_banner->clear();
    for (FieldErrorLabel *error : {m_codeError, m_passwordError, m_confirmationError})
        error->clearError();
    const QString code = resetCodeFrom(m_code->text());
    if (code.isEmpty())
        m_codeError->setError(tr("Paste the reset code from the email."));
    if (Status valid = AccountRules::validatePassword(m_password->text()); !valid)
        m_passwordError->setError(valid.error().message);
    else if (m_confirmation->text() != m_password->text())
        m_confirmationError->setError(tr("The passwords do not match."));
    if (m_codeError->hasError() || m_passwordError->hasError() || m_confirmationError->hasError()) {
        (m_codeError->hasError() ? static_cast<QWidget *>(m_code) : m_passwordError->hasError() ? m_password : m_confirmation)->setFocus();
        growToFitLater();
        return;
    }
    setBusy(true, tr("Setting the new password…"));
    m_auth->resetPassword(code, m_password->text());
}

void ForgotPasswordDialog::reject()
{
    if (m_busy) {
        m_auth->cancel();
        setBusy(false);
        return;
    }
    QDialog::reject();
}

void ForgotPasswordDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    for (QWidget *input : std::initializer_list<QWidget *>{m_email, m_send, m_code, m_password, m_confirmation, m_reset})
        input->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setText(what);
    m_progressLabel->setVisible(busy);
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
}

void ForgotPasswordDialog::growToFitLater()
{
    QTimer::singleShot(0, this, [this] {
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    });
}

void ForgotPasswordDialog::showFailure(const Net::ApiResponse &response)
{
    growToFitLater();
    if (response.errorCode() == QLatin1String(Net::ApiErrorCode::Cancelled))
        return;
    if (response.errorCode() == u"invalid_token") {
        m_codeError->setError(response.errorMessage());
        m_code->setFocus();
        m_code->selectAll();
        return;
    }
    if (response.errorCode() == QLatin1String(ErrorCode::InvalidArgument) && response.errorMessage().contains(QLatin1String("password"))) {
        m_passwordError->setError(response.errorMessage());
        m_password->setFocus();
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Error, response.errorMessage());
}

} // namespace ClipDesk::Ui
