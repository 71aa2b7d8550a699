#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ClipDesk::Ui {

// What a list shows when it has nothing: an icon, one sentence and, optionally, the primary
// action as a button.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QIcon &icon, const QString &text, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EmptyState)

    void setText(const QString &text);
    QString text() const;
    // Adds the primary action's button (at most one).
    QPushButton *setAction(const QString &text);

private:
    QLabel *m_text;
    QPushButton *m_action = nullptr;
};

} // namespace ClipDesk::Ui
