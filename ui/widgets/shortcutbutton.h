#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>

class QPushButton;
class QWidget;

namespace ClipDesk::Ui {

// A push button for one of a page's main actions: `key` triggers it, and its tooltip is
// "tip (key)" so the shortcut can be discovered.
QPushButton *shortcutButton(const QIcon &icon, const QString &text, const QKeySequence &key, const QString &tip,
                            QWidget *parent);

} // namespace ClipDesk::Ui
