#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace ClipDesk::Ui {

// Asks an admin why they flag or unflag something. The reason is mandatory: OK stays disabled
// until it holds text (1–1000 characters after trimming, as the server requires).
class FlagReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxReasonLength = 1000;

    FlagReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FlagReasonDialog)

    QString reason() const; // trimmed
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateState();

    QPlainTextEdit *m_reason;
    QLabel *m_counter;
    QDialogButtonBox *m_buttons;
};

} // namespace ClipDesk::Ui
