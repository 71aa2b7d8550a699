#include "profile/avatarcropview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ClipDesk::Ui {

AvatarCropView::AvatarCropView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 240);
    setAccessibleName(tr("Avatar crop area"));
    setToolTip(tr("Drag the square to move it, drag its corner to resize.\n"
                  "Arrow keys move it; Shift+arrows resize it; hold Ctrl for bigger steps."));
}

QSize AvatarCropView::sizeHint() const
{
    return {420, 420};
}

void AvatarCropView::setImage(const QImage &image)
{
    m_image = image;
    const int side = qMin(image.width(), image.height());
    setSelection(QRect((image.width() - side) / 2, (image.height() - side) / 2, side, side));
    update();
}

int AvatarCropView::minimumSide() const
{
    return qMax(1, qMin(32, qMin(m_image.width(), m_image.height())));
}

int AvatarCropView::maximumSide() const
{
    return qMin(m_image.width(), m_image.height());
}

void AvatarCropView::setSelection(const QRect &selection)
{
    if (m_image.isNull())
        return;
    const int side = qBound(minimumSide(), qMin(selection.width(), selection.height()), maximumSide());
    const int x = qBound(0, selection.x(), m_image.width() - side);
    const int y = qBound(0, selection.y(), m_image.height() - side);
    const QRect next(x, y, side, side);
    if (next == m_selection)
        return;
    m_selection = next;
    update();
    Q_EMIT selectionChanged(m_selection);
}

void AvatarCropView::setSelectionSide(int side)
{
    const QPoint centre = m_selection.center();
    setSelection(QRect(centre.x() - side / 2, centre.y() - side / 2, side, side));
}

QRectF AvatarCropView::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

double AvatarCropView::scale() const
{
    return m_image.isNull() ? 1.0 : imageArea().width() / m_image.width();
}

QRectF AvatarCropView::selectionInWidget() const
{
    const QRectF area = imageArea();
    const double s = scale();
    return QRectF(area.topLeft() + QPointF(m_selection.x() * s, m_selection.y() * s),
                  QSizeF(m_selection.width() * s, m_selection.height() * s));
}

QRectF AvatarCropView::handleInWidget() const
{
    const QPointF corner = selectionInWidget().bottomRight();
    return QRectF(corner - QPointF(8, 8), QSizeF(16, 16));
}

void AvatarCropView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageArea(), m_image);
    const QRectF selected = selectionInWidget();
    QPainterPath shade;
    shade.addRect(imageArea());
    shade.addEllipse(selected);
    painter.fillPath(shade, QColor(0, 0, 0, 140));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1, Qt::DashLine));
    painter.drawRect(selected);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawEllipse(selected);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    painter.drawRect(handleInWidget());
    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void AvatarCropView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    const QPointF position = event->position();
    if (handleInWidget().contains(position))
        m_drag = Drag::Resize;
    else if (selectionInWidget().contains(position))
        m_drag = Drag::Move;
    else
        m_drag = Drag::None;
    m_dragStart = position;
    m_selectionAtDragStart = m_selection;
}

void AvatarCropView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (m_drag == Drag::None) {
        if (handleInWidget().contains(position))
            setCursor(Qt::SizeFDiagCursor);
        else if (selectionInWidget().contains(position))
            setCursor(Qt::SizeAllCursor);
        else
            unsetCursor();
        return;
    }
    const QPointF delta = (position - m_dragStart) / scale();
    if (m_drag == Drag::Move) {
        setSelection(m_selectionAtDragStart.translated(qRound(delta.x()), qRound(delta.y())));
    } else {
        const int grow = qRound(qMax(delta.x(), delta.y()));
        const int side = qMin(m_selectionAtDragStart.width() + grow,
                              qMin(m_image.width() - m_selectionAtDragStart.x(), m_image.height() - m_selectionAtDragStart.y()));
        setSelection(QRect(m_selectionAtDragStart.topLeft(), QSize(side, side)));
    }
}

void AvatarCropView::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}

void AvatarCropView::keyPressEvent(QKeyEvent *event)
{
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const int step = qMax(1, maximumSide() / ((event->modifiers() & Qt::ControlModifier) ? 10 : 50));
    if (event->modifiers() & Qt::ShiftModifier) {
        const int grow = (dx + dy) * step;
        setSelection(QRect(m_selection.topLeft(), QSize(m_selection.width() + grow, m_selection.width() + grow)));
    } else {
        setSelection(m_selection.translated(dx * step, dy * step));
    }
}

} // namespace ClipDesk::Ui
