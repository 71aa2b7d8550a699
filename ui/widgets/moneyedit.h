#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QLineEdit>

#include <optional>

namespace ClipDesk::Ui {

// A line edit for an amount in major units ("1,234.50") that converts to integer minor units
// exactly, by parsing the text (never through a float). Empty text is 0.
class MoneyEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MoneyEdit)

    void setCurrency(const QString &currency); // keeps the amount
    QString currency() const { return m_currency; }

    // The amount in minor units, or an error message for text that is not an amount.
    Result<qint64> minorUnits() const;
    void setMinorUnits(qint64 minor);

    // "12.5" with 2 minor digits → 1250; "1,234" → 123400; "0.001" → error.
    static Result<qint64> parseMinor(const QString &text, int minorDigits);
    static QString formatMinor(qint64 minor, int minorDigits);

private:
    QString m_currency = QStringLiteral("USD");
};

} // namespace ClipDesk::Ui
