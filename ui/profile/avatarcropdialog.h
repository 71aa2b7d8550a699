#pragma once

#include <QByteArray>
#include <QDialog>
#include <QImage>

class QSlider;

namespace ClipDesk::Ui {

class AvatarCropView;

// Crops a picked image to a square avatar: the image scaled to fit with a movable, resizable
// square selection and a zoom slider (zooming in picks a smaller square). result is a
// 512×512 PNG.
class AvatarCropDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int OutputSide = 512;

    explicit AvatarCropDialog(const QImage &image, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AvatarCropDialog)

    AvatarCropView *cropView() const { return m_view; }
    QSlider *zoomSlider() const { return m_zoom; }
    QImage croppedImage() const;  // OutputSide × OutputSide
    QByteArray croppedPng() const;

private:
    void syncSlider();

    AvatarCropView *m_view;
    QSlider *m_zoom;
};

} // namespace ClipDesk::Ui
