#include "statuschipdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ClipDesk::Ui {

namespace {
constexpr int ChipPaddingX = 8;
constexpr int ChipPaddingY = 2;
} // namespace

StatusChipDelegate::StatusChipDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{
}

QColor StatusChipDelegate::chipColor(const QString &status)
{
    if (status == u"active" || status == u"accepted")
        return QColor(0x2e, 0x9e, 0x5b);
    if (status == u"paused" || status == u"pending")
        return QColor(0xd9, 0x8e, 0x1b);
    if (status == u"draft" || status == u"countered")
        return QColor(0x5b, 0x7d, 0xc9);
    if (status == u"completed")
        return QColor(0x6e, 0x5b, 0xc9);
    if (status == u"rejected" || status == u"flagged" || status == u"removed")
        return QColor(0xd6, 0x45, 0x45);
    if (status == u"template")
        return QColor(0x2a, 0x8f, 0x9e);
    return QColor(0x8a, 0x8a, 0x8a); // archived, withdrawn, left, unknown
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (text.isEmpty())
        return;

    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 2 * ChipPaddingX;
    const int height = metrics.height() + 2 * ChipPaddingY;
    QRect chip(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);
    chip = chip.intersected(option.rect.adjusted(2, 1, -2, -1));
    const QColor color = chipColor(index.data(m_statusRole).toString());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), height / 2.0, height / 2.0);
    const bool selected = option.state & QStyle::State_Selected;
    QColor fill = selected ? QColor(Qt::white) : color;
    fill.setAlpha(selected ? 235 : 40);
    painter->fillPath(path, fill);
    painter->setPen(QPen(color, 1));
    painter->drawPath(path);
    painter->setPen(color.darker(130));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(size.width() + 2 * ChipPaddingX + 8);
    size.setHeight(qMax(size.height(), metrics.height() + 2 * ChipPaddingY + 6));
    return size;
}

} // namespace ClipDesk::Ui
