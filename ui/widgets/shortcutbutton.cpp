#include "widgets/shortcutbutton.h"

#include <QCoreApplication>
#include <QPushButton>

namespace ClipDesk::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutButton)
};
} // namespace

QPushButton *shortcutButton(const QIcon &icon, const QString &text, const QKeySequence &key, const QString &tip,
                            QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setShortcut(key);
    button->setToolTip(Tr::tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return button;
}

} // namespace ClipDesk::Ui
