#include "messagebanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ClipDesk::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label, 1);
    setVisible(false);
    updateStyle();
}

void MessageBanner::showMessage(Kind kind, const QString &message)
{
    m_kind = kind;
    m_label->setText(message);
    setAccessibleDescription(message);
    updateStyle();
    setVisible(!message.isEmpty());
}

void MessageBanner::clear()
{
    m_label->clear();
    setVisible(false);
}

QString MessageBanner::message() const
{
    return m_label->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
}

void MessageBanner::updateStyle()
{
    // The style sheet below paints the banner's own background, so the surroundings decide dark or light.
    const FeedbackColors colors = FeedbackColors::of(m_kind, parentWidget() ? parentWidget()->palette() : QApplication::palette());
    const QString style = QStringLiteral("ClipDesk--Ui--MessageBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                                         " QLabel#bannerText { color: %3; background: transparent; }")
                              .arg(colors.background.name(), colors.border.name(), colors.text.name());
    if (style != styleSheet())
        setStyleSheet(style);
}

} // namespace ClipDesk::Ui
