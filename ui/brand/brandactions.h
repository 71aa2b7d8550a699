#pragma once

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QString>
#include <QWidget>

namespace ClipDesk::Ui {

// A themed icon with a bundled SVG fallback (":/brand/<file>.svg").
inline QIcon brandIcon(const char *themeName, const char *file)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QIcon(QStringLiteral(":/brand/") + QString::fromLatin1(file) + QStringLiteral(".svg")));
}

// An action of a page: its shortcut works while the page has focus and shows in the tooltip.
inline QAction *pageAction(QWidget *page, const QIcon &icon, const QString &text, const QKeySequence &shortcut,
                           const QString &objectName)
{
    auto *action = new QAction(icon, text, page);
    action->setObjectName(objectName);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(plain + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
    } else {
        action->setToolTip(plain);
    }
    page->addAction(action);
    return action;
}

} // namespace ClipDesk::Ui
