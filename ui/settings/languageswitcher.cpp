#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace ClipDesk::Ui {

namespace {

constexpr auto LanguageKey = "appearance/language";

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

QList<std::pair<QString, QString>> LanguageSwitcher::languages()
{
    return {{QString(), tr("System language")}, {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

void LanguageSwitcher::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    QLocale::setDefault(locale);
    // English is the source language: no app translation needed, but Qt's still apply.
    const bool app = m_appTranslator.load(locale, QStringLiteral("clipdesk"), QStringLiteral("_"), QStringLiteral(":/translations"));
    const bool qt = m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (app)
        QCoreApplication::installTranslator(&m_appTranslator);
    if (qt)
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_installed = app || qt;
    m_current = code;
    // Widgets that have nothing to reload still need to hear about a switch back to English.
    if (!m_installed)
        QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
    Q_EMIT languageChanged(code);
}

void LanguageSwitcher::applySaved()
{
    apply(saved());
}

QString LanguageSwitcher::saved()
{
    return QSettings().value(QLatin1String(LanguageKey)).toString();
}

void LanguageSwitcher::save(const QString &code)
{
    QSettings().setValue(QLatin1String(LanguageKey), code);
}

} // namespace ClipDesk::Ui
