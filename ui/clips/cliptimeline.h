#pragma once

#include "media/keyframeindex.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace ClipDesk::Ui {

// The editor's scrubber: a time ruler on top, the filmstrip below it (tiles fill in as they
// arrive), keyframe marks (IDR taller than other intra frames), the in/out range and the
// playhead. Clicking or dragging moves the playhead; dragging the in or out handle moves it.
class ClipTimeline final : public QWidget
{
    Q_OBJECT

public:
    enum class Handle { None, In, Out };

    explicit ClipTimeline(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClipTimeline)

    void setRange(qint64 startUs, qint64 durationUs);
    void setTileCount(int count);
    void setTile(int index, const QImage &image);
    void setKeyframes(const QList<Media::Keyframe> &keyframes);
    void setPosition(qint64 us);
    void setInOut(qint64 inUs, qint64 outUs);
    void clear();

    int tileCount() const { return int(m_tiles.size()); }
    int filledTileCount() const;
    qint64 positionUs() const { return m_positionUs; }
    // Where `us` is drawn, and the time under x (for tests and hit testing).
    int xForTime(qint64 us) const;
    qint64 timeForX(int x) const;
    QRect stripRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user moved the playhead; `dragging` while the mouse button is down.
    void scrubbed(qint64 us, bool dragging);
    // The user dragged the in or out handle to `us`; one dragId per drag.
    void handleDragged(ClipDesk::Ui::ClipTimeline::Handle handle, qint64 us, int dragId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void paintRuler(QPainter &painter, const QRect &rect) const;
    void paintStrip(QPainter &painter, const QRect &rect) const;
    Handle handleAt(const QPoint &point) const;

    qint64 m_startUs = 0;
    qint64 m_durationUs = 0;
    qint64 m_positionUs = 0;
    qint64 m_inUs = 0;
    qint64 m_outUs = 0;
    QList<QImage> m_tiles;
    QList<Media::Keyframe> m_keyframes;
    Handle m_dragging = Handle::None;
    bool m_scrubbing = false;
    int m_dragId = 0;
};

} // namespace ClipDesk::Ui
