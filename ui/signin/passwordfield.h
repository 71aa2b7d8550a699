#pragma once

#include <QLineEdit>

class QAction;

namespace ClipDesk::Ui {

// A password line edit with a trailing eye button that shows or hides what was typed.
class PasswordField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PasswordField)

    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    QAction *revealAction() const { return m_reveal; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_reveal;
};

} // namespace ClipDesk::Ui
