#include "admin/emptystate.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

EmptyState::EmptyState(const QIcon &icon, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(text, this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(iconLabel);
    layout->addWidget(m_text);
    layout->addStretch();
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyState::text() const
{
    return m_text->text();
}

QPushButton *EmptyState::setAction(const QString &text)
{
    if (!m_action) {
        m_action = new QPushButton(text, this);
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        layout->insertWidget(layout->count() - 1, m_action, 0, Qt::AlignHCenter);
    }
    m_action->setText(text);
    return m_action;
}

} // namespace ClipDesk::Ui
