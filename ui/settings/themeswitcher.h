#pragma once

#include <QPalette>
#include <QString>

namespace ClipDesk::Ui {

// Light, dark or the platform's look for the whole application. Light and Dark use the
// Fusion style with a fixed palette; System restores the style and palette the platform
// gave the application at start. The choice is kept in QSettings ("appearance/theme").
class ThemeSwitcher final
{
public:
    enum class Theme { System, Light, Dark };

    // Remembers the platform's style and palette; create it before applying any theme.
    ThemeSwitcher();
    Q_DISABLE_COPY_MOVE(ThemeSwitcher)

    void apply(Theme theme);
    Theme current() const { return m_current; }
    // The saved choice, applied.
    void applySaved();
    static Theme saved();
    static void save(Theme theme);

    static QString key(Theme theme);
    static Theme fromKey(const QString &key);
    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    QString m_platformStyle;
    QPalette m_platformPalette;
    Theme m_current = Theme::System;
};

} // namespace ClipDesk::Ui
