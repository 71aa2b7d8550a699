#include "clips/cliptimeline.h"

#include "clips/timecode.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ClipDesk::Ui {

namespace {
constexpr int Margin = 10;
constexpr int RulerHeight = 22;
constexpr int StripHeight = 68;
constexpr int MarksHeight = 12;
constexpr int HandleGrab = 6;
} // namespace

ClipTimeline::ClipTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setToolTip(tr("Click or drag to move the playhead; drag the green (in) or red (out) handle to trim"));
}

QSize ClipTimeline::sizeHint() const
{
    return {800, RulerHeight + StripHeight + MarksHeight + 2 * 6};
}

QSize ClipTimeline::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void ClipTimeline::setRange(qint64 startUs, qint64 durationUs)
{
    m_startUs = startUs;
    m_durationUs = std::max<qint64>(durationUs, 0);
    update();
}

void ClipTimeline::setTileCount(int count)
{
    m_tiles = QList<QImage>(count);
    update();
}

void ClipTimeline::setTile(int index, const QImage &image)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    m_tiles[index] = image;
    update();
}

int ClipTimeline::filledTileCount() const
{
    return int(std::count_if(m_tiles.cbegin(), m_tiles.cend(), [](const QImage &tile) { return !tile.isNull(); }));
}

void ClipTimeline::setKeyframes(const QList<Media::Keyframe> &keyframes)
{
    m_keyframes = keyframes;
    update();
}

void ClipTimeline::setPosition(qint64 us)
{
    m_positionUs = us;
    update();
}

void ClipTimeline::setInOut(qint64 inUs, qint64 outUs)
{
    m_inUs = inUs;
    m_outUs = outUs;
    update();
}

void ClipTimeline::clear()
{
    m_startUs = m_durationUs = m_positionUs = m_inUs = m_outUs = 0;
    m_tiles.clear();
    m_keyframes.clear();
    update();
}

QRect ClipTimeline::stripRect() const
{
    return {Margin, 6 + RulerHeight, width() - 2 * Margin, StripHeight};
}

int ClipTimeline::xForTime(qint64 us) const
{
    const QRect strip = stripRect();
    if (m_durationUs <= 0)
        return strip.left();
    const double fraction = double(us - m_startUs) / double(m_durationUs);
    return strip.left() + int(std::lround(std::clamp(fraction, 0.0, 1.0) * strip.width()));
}

qint64 ClipTimeline::timeForX(int x) const
{
    const QRect strip = stripRect();
    if (strip.width() <= 0)
        return m_startUs;
    const double fraction = std::clamp(double(x - strip.left()) / double(strip.width()), 0.0, 1.0);
    return m_startUs + qint64(std::llround(fraction * double(m_durationUs)));
}

void ClipTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    paintRuler(painter, QRect(Margin, 6, width() - 2 * Margin, RulerHeight));
    paintStrip(painter, stripRect());
}

void ClipTimeline::paintRuler(QPainter &painter, const QRect &rect) const
{
    if (m_durationUs <= 0)
        return;
    // A major tick every 1, 2, 5, 10, 15, 30 or 60 s (or more), so labels are ~90 px apart.
    const double secondsPerPixel = double(m_durationUs) / 1e6 / std::max(rect.width(), 1);
    const double wanted = secondsPerPixel * 90.0;
    double step = 1.0;
    for (const double candidate : {0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0}) {
        step = candidate;
        if (candidate >= wanted)
            break;
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const qint64 stepUs = qint64(step * 1e6);
    for (qint64 t = 0; t <= m_durationUs; t += stepUs) {
        const int x = xForTime(m_startUs + t);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x, rect.bottom() - 6, x, rect.bottom());
        const qint64 half = t + stepUs / 2;
        if (half < m_durationUs) {
            const int hx = xForTime(m_startUs + half);
            painter.drawLine(hx, rect.bottom() - 3, hx, rect.bottom());
        }
        painter.setPen(palette().color(QPalette::WindowText));
        // Half-second steps show tenths ("0:01.5"), whole seconds do not.
        const QString label = step < 1.0 ? Timecode::format(t, true).chopped(2) : Timecode::format(t, false);
        const int textWidth = painter.fontMetrics().horizontalAdvance(label);
        if (x + 3 + textWidth <= rect.right())
            painter.drawText(QPoint(x + 3, rect.bottom() - 7), label);
    }
}

void ClipTimeline::paintStrip(QPainter &painter, const QRect &strip) const
{
    painter.fillRect(strip, QColor(0x22, 0x24, 0x28));
    if (!m_tiles.isEmpty()) {
        const double tileWidth = double(strip.width()) / double(m_tiles.size());
        for (int i = 0; i < m_tiles.size(); ++i) {
            const QRectF cell(strip.left() + i * tileWidth, strip.top(), tileWidth, strip.height());
            if (m_tiles[i].isNull()) {
                painter.fillRect(cell.adjusted(1, 1, -1, -1), QColor(0x33, 0x36, 0x3b));
                continue;
            }
            const QImage &tile = m_tiles[i];
            // Cover the cell, cropping the tile's sides as needed.
            const double scale = std::max(cell.width() / tile.width(), cell.height() / tile.height());
            const QSizeF shown(cell.width() / scale, cell.height() / scale);
            const QRectF source((tile.width() - shown.width()) / 2, (tile.height() - shown.height()) / 2,
                                shown.width(), shown.height());
            painter.drawImage(cell.adjusted(0.5, 1, -0.5, -1), tile, source);
        }
    }
    if (m_durationUs <= 0)
        return;
    // Outside the in/out range is dimmed.
    const int inX = xForTime(m_inUs);
    const int outX = xForTime(m_outUs);
    painter.fillRect(QRect(QPoint(strip.left(), strip.top()), QPoint(inX, strip.bottom())), QColor(0, 0, 0, 150));
    painter.fillRect(QRect(QPoint(outX, strip.top()), QPoint(strip.right(), strip.bottom())), QColor(0, 0, 0, 150));
    painter.setPen(QPen(QColor(0xf2, 0xc1, 0x4e), 2));
    painter.drawRect(QRect(QPoint(inX, strip.top()), QPoint(outX, strip.bottom())));
    // Handles.
    const auto drawHandle = [&](int x, const QColor &color) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(x - 3, strip.top() - 2, 6, strip.height() + 4), 2, 2);
    };
    drawHandle(inX, QColor(0x2e, 0x9e, 0x5b));
    drawHandle(outX, QColor(0xd6, 0x45, 0x45));
    // Keyframe marks below the strip.
    const int marksTop = strip.bottom() + 3;
    for (const Media::Keyframe &keyframe : m_keyframes) {
        const int x = xForTime(keyframe.ptsUs);
        painter.setPen(QPen(keyframe.isIdr ? QColor(0x4a, 0x90, 0xe2) : QColor(0x9b, 0x7b, 0xd8), 2));
        painter.drawLine(x, marksTop, x, marksTop + (keyframe.isIdr ? MarksHeight - 2 : MarksHeight / 2));
    }
    // Playhead: a line with a small triangle in the ruler.
    const int x = xForTime(m_positionUs);
    painter.setPen(QPen(QColor(0xff, 0xff, 0xff), 2));
    painter.drawLine(x, strip.top() - 8, x, strip.bottom() + MarksHeight);
    QPainterPath head;
    head.moveTo(x - 6, strip.top() - 14);
    head.lineTo(x + 6, strip.top() - 14);
    head.lineTo(x, strip.top() - 6);
    head.closeSubpath();
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1));
    painter.setBrush(QColor(0xff, 0xff, 0xff));
    painter.drawPath(head);
}

ClipTimeline::Handle ClipTimeline::handleAt(const QPoint &point) const
{
    if (m_durationUs <= 0 || !stripRect().adjusted(-HandleGrab, -4, HandleGrab, 4).contains(point))
        return Handle::None;
    if (std::abs(point.x() - xForTime(m_outUs)) <= HandleGrab)
        return Handle::Out;
    if (std::abs(point.x() - xForTime(m_inUs)) <= HandleGrab)
        return Handle::In;
    return Handle::None;
}

void ClipTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_durationUs <= 0)
        return QWidget::mousePressEvent(event);
    m_dragging = handleAt(event->position().toPoint());
    if (m_dragging != Handle::None) {
        ++m_dragId;
        Q_EMIT handleDragged(m_dragging, timeForX(event->position().toPoint().x()), m_dragId);
        return;
    }
    m_scrubbing = true;
    Q_EMIT scrubbed(timeForX(event->position().toPoint().x()), true);
}

void ClipTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_dragging != Handle::None) {
        Q_EMIT handleDragged(m_dragging, timeForX(x), m_dragId);
    } else if (m_scrubbing) {
        Q_EMIT scrubbed(timeForX(x), true);
    } else {
        setCursor(handleAt(event->position().toPoint()) != Handle::None ? Qt::SizeHorCursor : Qt::ArrowCursor);
    }
}

void ClipTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_scrubbing)
        Q_EMIT scrubbed(timeForX(event->position().toPoint().x()), false);
    m_scrubbing = false;
    m_dragging = Handle::None;
}

} // namespace ClipDesk::Ui
