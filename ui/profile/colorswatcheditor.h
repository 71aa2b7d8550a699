#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace ClipDesk::Ui {

// Brand colours as clickable swatches: click one to change it (QColorDialog) or remove it from
// its menu; "+" adds one. Colours are "#RRGGBB".
class ColorSwatchEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ColorSwatchEditor(int maximum, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ColorSwatchEditor)

    QStringList colors() const { return m_colors; }
    void setColors(const QStringList &colors);
    QToolButton *addButton() const { return m_add; }

Q_SIGNALS:
    void colorsChanged();

private:
    void rebuild();
    void pick(int index); // -1: a new colour

    int m_maximum;
    QStringList m_colors;
    QHBoxLayout *m_swatches;
    QToolButton *m_add;
};

} // namespace ClipDesk::Ui
