#include "profile/colorswatcheditor.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace ClipDesk::Ui {

namespace {

QIcon swatchIcon(const QColor &color)
{
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 2));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(2, 2, 36, 36), 8, 8);
    return QIcon(pixmap);
}

} // namespace

ColorSwatchEditor::ColorSwatchEditor(int maximum, QWidget *parent)
    : QWidget(parent)
    , m_maximum(maximum)
    , m_swatches(new QHBoxLayout)
    , m_add(new QToolButton(this))
{
    m_add->setText(tr("+"));
    m_add->setToolTip(tr("Add a brand colour"));
    m_add->setAutoRaise(false);
    m_add->setFixedSize(28, 28);
    connect(m_add, &QToolButton::clicked, this, [this] { pick(-1); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_swatches->setSpacing(4);
    layout->addLayout(m_swatches);
    layout->addWidget(m_add);
    layout->addStretch();
}

void ColorSwatchEditor::setColors(const QStringList &colors)
{
    m_colors = colors;
    rebuild();
}

void ColorSwatchEditor::rebuild()
{
    while (QLayoutItem *item = m_swatches->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_colors.size(); ++i) {
        auto *swatch = new QToolButton(this);
        swatch->setObjectName(QStringLiteral("swatch%1").arg(i));
        swatch->setIcon(swatchIcon(QColor::fromString(m_colors.at(i))));
        swatch->setIconSize(QSize(22, 22));
        swatch->setFixedSize(28, 28);
        swatch->setToolTip(tr("%1 — click to change").arg(m_colors.at(i)));
        swatch->setPopupMode(QToolButton::MenuButtonPopup);
        auto *menu = new QMenu(swatch);
        const int index = int(i);
        menu->addAction(tr("Change…"), this, [this, index] { pick(index); });
        menu->addAction(tr("Remove"), this, [this, index] {
            m_colors.removeAt(index);
            rebuild();
            Q_EMIT colorsChanged();
        });
        swatch->setMenu(menu);
        swatch->setPopupMode(QToolButton::DelayedPopup);
        connect(swatch, &QToolButton::clicked, this, [this, index] { pick(index); });
        m_swatches->addWidget(swatch);
    }
    m_add->setEnabled(m_colors.size() < m_maximum);
}

void ColorSwatchEditor::pick(int index)
{
    const QColor initial = index >= 0 ? QColor::fromString(m_colors.at(index)) : QColor(Qt::white);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Brand colour"));
    if (!chosen.isValid())
        return;
    const QString name = chosen.name(QColor::HexRgb).toUpper();
    if (index >= 0)
        m_colors[index] = name;
    else
        m_colors.append(name);
    rebuild();
    Q_EMIT colorsChanged();
}

} // namespace ClipDesk::Ui
