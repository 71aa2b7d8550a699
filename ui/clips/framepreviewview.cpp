#include "clips/framepreviewview.h"

#include <QPainter>

namespace ClipDesk::Ui {

FramePreviewView::FramePreviewView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FramePreviewView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void FramePreviewView::setHint(const QString &hint)
{
    m_hint = hint;
    update();
}

void FramePreviewView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x12, 0x13, 0x16));
    if (m_image.isNull()) {
        painter.setPen(QColor(0xb0, 0xb4, 0xba));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_hint);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QSize shown = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
    painter.drawImage(target, m_image);
}

} // namespace ClipDesk::Ui
