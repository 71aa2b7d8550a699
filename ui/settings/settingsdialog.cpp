#include "settingsdialog.h"

#include "cachesection.h"
#include "languageswitcher.h"
#include "net/apiclient.h"
#include "ui/signin/fielderrorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

using Theme = ThemeSwitcher::Theme;

SettingsDialog::SettingsDialog(ThemeSwitcher &theme, LanguageSwitcher &language, QWidget *parent)
    : QDialog(parent)
    , m_theme(theme)
    , m_language(language)
    , m_serverGroup(new QGroupBox(this))
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_serverError(new FieldErrorLabel(this))
    , m_serverNote(new QLabel(this))
    , m_appearanceGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_themeCombo(new QComboBox(this))
    , m_cache(new CacheSection(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_serverGroup->setObjectName(QStringLiteral("serverGroup"));
    m_server->setObjectName(QStringLiteral("settingsServerField"));
    m_serverError->setObjectName(QStringLiteral("settingsServerError"));
    m_serverNote->setObjectName(QStringLiteral("settingsServerNote"));
    m_serverNote->setWordWrap(true);
    m_serverNote->setForegroundRole(QPalette::PlaceholderText);
    m_serverNote->setVisible(false);
    m_appearanceGroup->setObjectName(QStringLiteral("appearanceGroup"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_themeLabel->setObjectName(QStringLiteral("themeLabel"));
    m_themeCombo->setObjectName(QStringLiteral("themeCombo"));
    m_serverLabel->setBuddy(m_server);
    m_languageLabel->setBuddy(m_languageCombo);
    m_themeLabel->setBuddy(m_themeCombo);

    auto *serverColumn = FieldErrorLabel::attach(m_server, m_serverError, m_serverGroup);
    static_cast<QVBoxLayout *>(serverColumn->layout())->addWidget(m_serverNote);
    auto *serverForm = new QFormLayout(m_serverGroup);
    serverForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    serverForm->addRow(m_serverLabel, serverColumn);

    auto *appearanceForm = new QFormLayout(m_appearanceGroup);
    appearanceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    appearanceForm->addRow(m_languageLabel, m_languageCombo);
    appearanceForm->addRow(m_themeLabel, m_themeCombo);
    m_languageCombo->setMinimumWidth(220);
    m_themeCombo->setMinimumWidth(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_serverGroup);
    layout->addWidget(m_appearanceGroup);
    layout->addWidget(m_cache);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    fillCombos();
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        m_serverError->clearError();
        updateButtons();
    });
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateButtons);
    connect(m_themeCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateButtons);
    retranslate();
    updateButtons();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillCombos()
{
    const QSignalBlocker blockLanguage(m_languageCombo);
    const QSignalBlocker blockTheme(m_themeCombo);
    const QString language = m_languageCombo->count() ? selectedLanguage() : m_language.current();
    const Theme theme = m_themeCombo->count() ? selectedTheme() : m_theme.current();
    m_languageCombo->clear();
    for (const auto &[code, name] : LanguageSwitcher::languages())
        m_languageCombo->addItem(name, code);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(language)));
    m_themeCombo->clear();
    m_themeCombo->addItem(tr("System"), ThemeSwitcher::key(Theme::System));
    m_themeCombo->addItem(tr("Light"), ThemeSwitcher::key(Theme::Light));
    m_themeCombo->addItem(tr("Dark"), ThemeSwitcher::key(Theme::Dark));
    m_themeCombo->setCurrentIndex(qMax(0, m_themeCombo->findData(ThemeSwitcher::key(theme))));
}

void SettingsDialog::setServer(const QUrl &url, bool editable, const QString &note)
{
    m_appliedServer = url;
    m_serverEditable = editable;
    m_server->setText(url.toDisplayString());
    m_server->setReadOnly(!editable);
    m_serverNote->setText(note);
    m_serverNote->setVisible(!note.isEmpty());
    updateButtons();
}

void SettingsDialog::setCacheFile(const QString &cacheFile)
{
    m_cache->setCacheFile(cacheFile);
}

QString SettingsDialog::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

Theme SettingsDialog::selectedTheme() const
{
    return ThemeSwitcher::fromKey(m_themeCombo->currentData().toString());
}

bool SettingsDialog::hasPendingChanges() const
{
    const bool serverChanged = m_serverEditable && QUrl(m_server->text().trimmed()) != m_appliedServer;
    return serverChanged || selectedLanguage() != m_language.current() || selectedTheme() != m_theme.current();
}

bool SettingsDialog::apply()
{
    if (m_serverEditable) {
        const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
        if (url != m_appliedServer) {
            if (!Net::ApiClient::isServerAddress(url)) {
                m_serverError->setError(tr("Enter an address that starts with http:// or https://, like https://clipdesk.example.org"));
                m_server->setFocus();
                return false;
            }
            m_appliedServer = url;
            Q_EMIT serverAddressChanged(url);
        }
    }
    if (selectedTheme() != m_theme.current()) {
        m_theme.apply(selectedTheme());
        ThemeSwitcher::save(selectedTheme());
    }
    if (selectedLanguage() != m_language.current()) {
        const QString code = selectedLanguage();
        LanguageSwitcher::save(code);
        m_language.apply(code); // retranslates this dialog through changeEvent()
    }
    updateButtons();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(hasPendingChanges());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_serverGroup->setTitle(tr("Server"));
    m_serverLabel->setText(tr("&Address"));
    m_server->setPlaceholderText(tr("https://clipdesk.example.org"));
    m_appearanceGroup->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language"));
    m_themeLabel->setText(tr("&Theme"));
    fillCombos();
    m_languageCombo->setToolTip(tr("The language of ClipDesk; it changes at once"));
    m_themeCombo->setToolTip(tr("System follows the look of your desktop; Light and Dark are ClipDesk's own"));
}

} // namespace ClipDesk::Ui
