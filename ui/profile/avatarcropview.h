#pragma once

#include <QImage>
#include <QRect>
#include <QWidget>

namespace ClipDesk::Ui {

// Shows an image scaled to fit and a square selection on it, in image pixels. Drag inside the
// square to move it, drag its bottom-right handle to resize; arrow keys move it, Shift+arrows
// resize it (Ctrl for bigger steps).
class AvatarCropView final : public QWidget
{
    Q_OBJECT

public:
    explicit AvatarCropView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AvatarCropView)

    void setImage(const QImage &image); // selects the largest centred square
    const QImage &image() const { return m_image; }
    QRect selection() const { return m_selection; }
    void setSelection(const QRect &selection); // clamped to a square inside the image
    // Keeps the centre, changes the side (clamped).
    void setSelectionSide(int side);
    int minimumSide() const;
    int maximumSide() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QRect &selection);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Move, Resize };

    QRectF imageArea() const; // where the image is drawn, in widget pixels
    double scale() const;     // widget pixels per image pixel
    QRectF selectionInWidget() const;
    QRectF handleInWidget() const;

    QImage m_image;
    QRect m_selection;
    Drag m_drag = Drag::None;
    QPointF m_dragStart;
    QRect m_selectionAtDragStart;
};

} // namespace ClipDesk::Ui
