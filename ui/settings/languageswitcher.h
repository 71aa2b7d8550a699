#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <utility>

namespace ClipDesk::Ui {

// Loads the app's translation (":/translations/clipdesk_<lang>.qm") and Qt's own, and swaps
// them at run time: installing a translator sends QEvent::LanguageChange to every widget,
// and widgets that handle it retranslate in place. The choice is kept in QSettings
// ("appearance/language"): "" for the system language, or a code such as "en" or "de".
class LanguageSwitcher final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

    // (code, name in that language); the first entry is the system language ("").
    static QList<std::pair<QString, QString>> languages();

    void apply(const QString &code);
    QString current() const { return m_current; }
    void applySaved();
    static QString saved();
    static void save(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
    QString m_current;
};

} // namespace ClipDesk::Ui
