#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace ClipDesk::Ui {

// Paints a status as a small rounded coloured chip ("Active" on green). The status name
// ("draft", "active", "pending", "accepted", ...) is read from `statusRole`; the chip's text is
// the index's DisplayRole.
class StatusChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusChipDelegate(int statusRole, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StatusChipDelegate)

    // The chip colour of a status name; grey for unknown ones.
    static QColor chipColor(const QString &status);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace ClipDesk::Ui
