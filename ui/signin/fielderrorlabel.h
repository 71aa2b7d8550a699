#pragma once

#include <QLabel>

namespace ClipDesk::Ui {

// The error under one form field: hidden while there is none. attach() puts it below the
// field in a small column and ties it to the field for accessibility.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FieldErrorLabel)

    void setError(const QString &message);
    void clearError() { setError({}); }
    QString error() const { return text(); }
    bool hasError() const { return !text().isEmpty(); }

    // A column with `field` above `error`, for a QFormLayout row.
    static QWidget *attach(QWidget *field, FieldErrorLabel *error, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();
};

} // namespace ClipDesk::Ui
