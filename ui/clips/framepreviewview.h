#pragma once

#include <QImage>
#include <QWidget>

namespace ClipDesk::Ui {

// Shows one decoded frame, letterboxed on a dark background, or a hint text when there is none.
class FramePreviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit FramePreviewView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FramePreviewView)

    void setImage(const QImage &image);
    void setHint(const QString &hint);
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_hint;
};

} // namespace ClipDesk::Ui
