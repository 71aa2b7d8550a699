#include "signindialog.h"

#include "fielderrorlabel.h"
#include "forgotpassworddialog.h"
#include "messagebanner.h"
#include "passwordfield.h"
#include "registerform.h"
#include "signinform.h"
#include "net/accountpaths.h"
#include "net/apiclient.h"
#include "net/sessionstore.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLocale>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

using Net::AuthClient;

namespace {

constexpr int HeaderIconSize = 44;
constexpr int DialogWidth = 540;

} // namespace

SignInDialog::SignInDialog(const Net::SessionStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_auth(new AuthClient(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_serverError(new FieldErrorLabel(this))
    , m_serverNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_signInForm(new SignInForm(this))
    , m_registerForm(new RegisterForm(this))
    , m_banner(new MessageBanner(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/clipdesk.svg")).pixmap(HeaderIconSize, HeaderIconSize));
    icon->setFixedSize(HeaderIconSize, HeaderIconSize);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setText(tr("Sign in to ClipDesk"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setText(tr("Brands fund campaigns; clippers cut clips and earn per view."));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(tr("https://clipdesk.example.org"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_serverNote->setObjectName(QStringLiteral("serverNote"));
    m_serverNote->setForegroundRole(QPalette::PlaceholderText);
    m_serverNote->setWordWrap(true);
    m_serverNote->setVisible(false);
    auto *serverColumn = FieldErrorLabel::attach(m_server, m_serverError, this);
    static_cast<QVBoxLayout *>(serverColumn->layout())->addWidget(m_serverNote);
    auto *serverLabel = new QLabel(tr("Ser&ver"), this);
    serverLabel->setBuddy(m_server);
    auto *serverForm = new QFormLayout;
    serverForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    serverForm->addRow(serverLabel, serverColumn);

    m_tabs->setObjectName(QStringLiteral("signInTabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(m_signInForm, tr("&Sign in"));
    m_tabs->addTab(m_registerForm, tr("Create &account"));
    m_tabs->setTabToolTip(0, tr("Sign in with an existing account (Ctrl+Tab switches tabs)"));
    m_tabs->setTabToolTip(1, tr("Create a new brand or clipper account (Ctrl+Tab switches tabs)"));

    m_banner->setObjectName(QStringLiteral("signInBanner"));
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(8);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_cancel->setToolTip(tr("Close, or stop the request in progress (Esc)"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_progressLabel);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    auto *hint = new QLabel(tr("Enter submits · Esc closes · Ctrl+Tab switches between the tabs"), this);
    hint->setObjectName(QStringLiteral("shortcutHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    hint->setFont(hintFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 14);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(2);
    layout->addLayout(serverForm);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    setMinimumWidth(DialogWidth);

    // Tab order: server, tabs, the visible form, then the buttons.
    setTabOrder(m_server, m_tabs);
    setTabOrder(m_tabs, m_signInForm->loginField());
    setTabOrder(m_signInForm->loginField(), m_signInForm->passwordField());
    setTabOrder(m_registerForm->emailField(), m_registerForm->usernameField());
    setTabOrder(m_registerForm->usernameField(), m_registerForm->passwordField());
    setTabOrder(m_registerForm->passwordField(), m_registerForm->confirmationField());
    setTabOrder(m_registerForm->confirmationField(), m_registerForm->brandButton());
    setTabOrder(m_registerForm->brandButton(), m_registerForm->clipperButton());
    setTabOrder(m_cancel, m_submit);

    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SignInDialog::updateForMode);
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        m_serverError->clearError();
        updateSavedAccounts();
    });
    connect(m_signInForm, &SignInForm::forgotPasswordRequested, this, &SignInDialog::showForgotPassword);
    connect(m_signInForm, &SignInForm::createAccountRequested, this, [this] { setMode(Mode::CreateAccount); });
    connect(m_signInForm, &SignInForm::savedAccountChosen, this, [this](const Net::AccountKey &account) {
        m_chosenAccount = account;
        accept();
    });
    connect(m_auth, &AuthClient::registered, this, [this] {
        // A new account signs in at once with what was just typed; should that fail, the
        // "Sign in" tab is ready with it.
        const AuthClient::NewAccount account = m_registerForm->account();
        m_signInForm->setLogin(account.username);
        m_signInForm->passwordField()->setText(account.password);
        setMode(Mode::SignIn);
        setBusy(true, tr("Signing in…"));
        m_auth->login(account.username, account.password);
    });
    connect(m_auth, &AuthClient::loggedIn, this, [this](const Net::Session &session) {
        setBusy(false);
        m_session = session;
        Q_EMIT signedIn(session);
        accept();
    });
    connect(m_auth, &AuthClient::failed, this, &SignInDialog::onFailed);

    updateForMode();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServer(const QUrl &url, const QString &serverId, bool locked)
{
    m_givenUrl = url;
    m_givenServerId = serverId;
    m_server->setText(url.toDisplayString());
    m_server->setReadOnly(locked);
    m_server->setFocusPolicy(locked ? Qt::NoFocus : Qt::StrongFocus);
    m_serverNote->setText(locked ? tr("This is the local demo server, started by ClipDesk with its own data.") : QString());
    m_serverNote->setVisible(locked);
    updateSavedAccounts();
}

std::optional<QUrl> SignInDialog::serverUrl() const
{
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!Net::ApiClient::isServerAddress(url))
        return std::nullopt;
    return url;
}

QString SignInDialog::serverIdFor(const QUrl &url) const
{
    if (!m_givenServerId.isEmpty() && url.adjusted(QUrl::StripTrailingSlash) == m_givenUrl.adjusted(QUrl::StripTrailingSlash))
        return m_givenServerId;
    return Net::AccountPaths::serverId(url);
}

void SignInDialog::setSwitching(const Net::Session &current)
{
    m_excludedAccount = current.key();
    setWindowTitle(tr("Switch Account"));
    m_title->setText(tr("Switch account"));
    m_subtitle->setText(tr("You are signed in as %1. Sign in with another account; the session of %1 stays saved on this computer.")
                            .arg(current.user.name()));
    updateSavedAccounts();
}

void SignInDialog::setLogin(const QString &login)
{
    m_signInForm->setLogin(login);
}

void SignInDialog::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode == Mode::SignIn ? 0 : 1);
}

SignInDialog::Mode SignInDialog::mode() const
{
    return m_tabs->currentIndex() == 0 ? Mode::SignIn : Mode::CreateAccount;
}

void SignInDialog::showNotice(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Info, message);
}

void SignInDialog::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

QString SignInDialog::bannerMessage() const
{
    return m_banner->isVisible() ? m_banner->message() : QString();
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (mode() == Mode::SignIn)
        m_signInForm->focusFirstField();
    else
        m_registerForm->focusFirstField();
}

void SignInDialog::updateForMode()
{
    const bool signIn = mode() == Mode::SignIn;
    m_submit->setText(signIn ? tr("Sign In") : tr("Create Account"));
    // As wide as the longer label, so that the buttons do not jump when the tab changes.
    const QFontMetrics metrics(m_submit->font());
    m_submit->setMinimumWidth(qMax(metrics.horizontalAdvance(tr("Sign In")), metrics.horizontalAdvance(tr("Create Account"))) + 32);
    m_submit->setToolTip(signIn ? tr("Sign in (Enter)") : tr("Create the account and sign in (Enter)"));
    if (isVisible()) {
        if (signIn)
            m_signInForm->focusFirstField();
        else
            m_registerForm->focusFirstField();
    }
}

void SignInDialog::updateSavedAccounts()
{
    QList<Net::RememberedAccount> accounts;
    const std::optional<QUrl> url = serverUrl();
    if (m_store && url) {
        for (const Net::RememberedAccount &account : m_store->accountsWithStoredTokens(serverIdFor(*url))) {
            if (account.key != m_excludedAccount)
                accounts.append(account);
        }
    }
    m_signInForm->setSavedAccounts(accounts);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    m_banner->clear();
    m_serverError->clearError();
    const std::optional<QUrl> url = serverUrl();
    if (!url) {
        m_serverError->setError(m_server->text().trimmed().isEmpty()
                                    ? tr("Enter the address of your ClipDesk server.")
                                    : tr("Enter an address that starts with http:// or https://, like https://clipdesk.example.org"));
        m_server->setFocus();
        return;
    }
    m_auth->setServer(*url, serverIdFor(*url));
    if (mode() == Mode::SignIn) {
        if (!m_signInForm->validate())
            return;
        setBusy(true, tr("Signing in…"));
        m_auth->login(m_signInForm->login(), m_signInForm->password());
    } else {
        if (!m_registerForm->validate())
            return;
        setBusy(true, tr("Creating your account…"));
        m_auth->registerAccount(m_registerForm->account());
    }
}

void SignInDialog::reject()
{
    if (m_busy) {
        m_auth->cancel();
        setBusy(false);
        return;
    }
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setText(what);
    m_progressLabel->setVisible(busy);
    if (!busy && isVisible())
        m_submit->setFocus(Qt::OtherFocusReason);
}

QString SignInDialog::retryTime(int seconds)
{
    const QDateTime at = QDateTime::currentDateTime().addSecs(seconds);
    return QLocale().toString(at.time(), seconds < 120 ? QLocale::LongFormat : QLocale::ShortFormat);
}

void SignInDialog::onFailed(AuthClient::Operation operation, const Net::ApiResponse &response)
{
    setBusy(false);
    const QString code = response.errorCode();
    if (code == QLatin1String(Net::ApiErrorCode::Cancelled))
        return;
    if (operation == AuthClient::Operation::Register && m_registerForm->showServerError(response))
        return;
    if (operation == AuthClient::Operation::Login && code == u"invalid_credentials" && mode() == Mode::SignIn) {
        m_signInForm->showPasswordError(response.errorMessage());
        return;
    }
    if (code == QLatin1String(ErrorCode::RateLimited)) {
        showError(response.retryAfterSeconds > 0
                      ? tr("Too many attempts. Try again after %1.").arg(retryTime(response.retryAfterSeconds))
                      : tr("Too many attempts. Try again later."));
        return;
    }
    if (response.isNetworkFailure() || code == QLatin1String(Net::ApiErrorCode::TlsError)) {
        showError(response.errorMessage() + QLatin1Char('\n') + tr("Check the server address, or try again once you are online."));
        m_server->setFocus();
        return;
    }
    // Suspended accounts and anything else: the server's own words.
    showError(response.errorMessage());
}

void SignInDialog::showForgotPassword()
{
    const std::optional<QUrl> url = serverUrl();
    if (!url) {
        m_serverError->setError(tr("Enter the address of your ClipDesk server first."));
        m_server->setFocus();
        return;
    }
    auto *dialog = new ForgotPasswordDialog(*url, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_signInForm->login().contains(QLatin1Char('@')))
        dialog->setEmail(m_signInForm->login());
    connect(dialog, &ForgotPasswordDialog::passwordChanged, this, [this](const QString &email) {
        setMode(Mode::SignIn);
        m_signInForm->setLogin(email);
        m_signInForm->passwordField()->clear();
        m_signInForm->clearErrors();
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Your password was changed. Sign in with the new password."));
        m_signInForm->passwordField()->setFocus();
    });
    dialog->open();
}

} // namespace ClipDesk::Ui
