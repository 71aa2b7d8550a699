#pragma once

#include "themeswitcher.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace ClipDesk::Ui {

class CacheSection;
class FieldErrorLabel;
class LanguageSwitcher;

// Preferences: the server address, language and theme, and the current account's cache.
// Apply applies what changed and keeps the dialog open, OK applies and closes, Cancel closes
// and leaves what was not applied. Language and theme take effect at once; the window
// retranslates itself.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ThemeSwitcher &theme, LanguageSwitcher &language, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // `editable` false shows the address read-only with `note` saying why.
    void setServer(const QUrl &url, bool editable, const QString &note = {});
    void setCacheFile(const QString &cacheFile);
    CacheSection *cacheSection() const { return m_cache; }
    bool hasPendingChanges() const;

public Q_SLOTS:
    // Applies the pending changes; false when one is invalid (it says why).
    bool apply();
    void accept() override;

Q_SIGNALS:
    void serverAddressChanged(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void updateButtons();
    QString selectedLanguage() const;
    ThemeSwitcher::Theme selectedTheme() const;

    ThemeSwitcher &m_theme;
    LanguageSwitcher &m_language;
    QGroupBox *m_serverGroup;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    FieldErrorLabel *m_serverError;
    QLabel *m_serverNote;
    QGroupBox *m_appearanceGroup;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_themeLabel;
    QComboBox *m_themeCombo;
    CacheSection *m_cache;
    QDialogButtonBox *m_buttons;
    QUrl m_appliedServer;
    bool m_serverEditable = true;
};

} // namespace ClipDesk::Ui
