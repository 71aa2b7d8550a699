#include "profile/avatarcropdialog.h"

#include "profile/avatarcropview.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

AvatarCropDialog::AvatarCropDialog(const QImage &image, QWidget *parent)
    : QDialog(parent)
    , m_view(new AvatarCropView(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
{
    setWindowTitle(tr("Crop avatar"));
    m_view->setImage(image.convertToFormat(QImage::Format_ARGB32));
    m_zoom->setObjectName(QStringLiteral("zoomSlider"));
    m_zoom->setRange(100, 1000);
    m_zoom->setToolTip(tr("Zoom: a higher zoom crops a smaller part of the image"));
    m_zoom->setAccessibleName(tr("Zoom"));

    auto *hint = new QLabel(tr("Drag the circle to choose what shows in your avatar. Arrow keys move it; "
                               "Shift+arrows resize it."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *zoomRow = new QHBoxLayout;
    zoomRow->addWidget(new QLabel(tr("Zoom"), this));
    zoomRow->addWidget(m_zoom, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(zoomRow);
    layout->addWidget(buttons);

    connect(m_zoom, &QSlider::valueChanged, this, [this](int zoom) {
        m_view->setSelectionSide(m_view->maximumSide() * 100 / zoom);
    });
    connect(m_view, &AvatarCropView::selectionChanged, this, &AvatarCropDialog::syncSlider);
    syncSlider();
    m_view->setFocus();
}

void AvatarCropDialog::syncSlider()
{
    const int side = qMax(1, m_view->selection().width());
    const QSignalBlocker blocker(m_zoom);
    m_zoom->setValue(qBound(100, m_view->maximumSide() * 100 / side, 1000));
}

QImage AvatarCropDialog::croppedImage() const
{
    const QImage &source = m_view->image();
    if (source.isNull())
        return {};
    return source.copy(m_view->selection())
        .scaled(OutputSide, OutputSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QByteArray AvatarCropDialog::croppedPng() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    croppedImage().save(&buffer, "PNG");
    return png;
}

} // namespace ClipDesk::Ui
