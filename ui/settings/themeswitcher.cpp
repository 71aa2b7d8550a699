#include "themeswitcher.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace ClipDesk::Ui {

namespace {

constexpr auto ThemeKey = "appearance/theme";

void useStyle(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

ThemeSwitcher::ThemeSwitcher()
    : m_platformStyle(QApplication::style() ? QApplication::style()->name() : QStringLiteral("fusion"))
    , m_platformPalette(QApplication::palette())
{
}

void ThemeSwitcher::apply(Theme theme)
{
    m_current = theme;
    switch (theme) {
    case Theme::System:
        useStyle(m_platformStyle);
        QApplication::setPalette(m_platformPalette);
        return;
    case Theme::Light:
        useStyle(QStringLiteral("fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Theme::Dark:
        useStyle(QStringLiteral("fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

void ThemeSwitcher::applySaved()
{
    apply(saved());
}

ThemeSwitcher::Theme ThemeSwitcher::saved()
{
    return fromKey(QSettings().value(QLatin1String(ThemeKey)).toString());
}

void ThemeSwitcher::save(Theme theme)
{
    QSettings().setValue(QLatin1String(ThemeKey), key(theme));
}

QString ThemeSwitcher::key(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

ThemeSwitcher::Theme ThemeSwitcher::fromKey(const QString &key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QPalette ThemeSwitcher::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    palette.setColor(QPalette::Highlight, QColor(0x5a, 0x3f, 0xd0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x4b, 0x32, 0xc3));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x76));
    return palette;
}

QPalette ThemeSwitcher::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x30);
    const QColor base(0x1e, 0x1e, 0x22);
    const QColor button(0x35, 0x35, 0x3b);
    const QColor text(0xe8, 0xe8, 0xec);
    const QColor disabledText(0x80, 0x80, 0x88);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa4));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x48, 0x48, 0x50));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    palette.setColor(QPalette::Highlight, QColor(0x7c, 0x64, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0xa9, 0x98, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc9, 0x9b, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2f, 0x2f, 0x34));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x58));
    return palette;
}

} // namespace ClipDesk::Ui
