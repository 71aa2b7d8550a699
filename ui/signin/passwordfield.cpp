#include "passwordfield.h"

#include <QAction>
#include <QEvent>
#include <QIcon>

namespace ClipDesk::Ui {

PasswordField::PasswordField(QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
    m_reveal->setObjectName(QStringLiteral("revealPasswordAction"));
    m_reveal->setCheckable(true);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &PasswordField::setRevealed);
    retranslate();
}

void PasswordField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
    retranslate();
}

void PasswordField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PasswordField::retranslate()
{
    const bool revealed = isRevealed();
    m_reveal->setIcon(QIcon(revealed ? QStringLiteral(":/signin/icons/eye-off.svg") : QStringLiteral(":/signin/icons/eye.svg")));
    m_reveal->setText(revealed ? tr("Hide password") : tr("Show password"));
    m_reveal->setToolTip(m_reveal->text());
}

} // namespace ClipDesk::Ui
