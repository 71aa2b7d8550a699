#include "fielderrorlabel.h"

#include "feedbackcolors.h"

#include <QEvent>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
    setVisible(false);
    updateColors();
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QWidget *FieldErrorLabel::attach(QWidget *field, FieldErrorLabel *error, QWidget *parent)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(error);
    error->setBuddy(field);
    return column;
}

void FieldErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

void FieldErrorLabel::updateColors()
{
    QPalette colored = palette();
    colored.setColor(QPalette::WindowText, FeedbackColors::of(FeedbackColors::Kind::Error, colored).text);
    if (colored != palette())
        setPalette(colored);
}

} // namespace ClipDesk::Ui
