#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Domain {

// An amount in integer minor units (cents) of an ISO-4217 currency. Never a float.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("USD");

    friend bool operator==(const Money &, const Money &) = default;

    bool isZero() const { return minor == 0; }
    // "$1,234.50"-style text for people; the locale decides separators.
    QString toDisplayString() const;
};

class MoneyRules final
{
    Q_DECLARE_TR_FUNCTIONS(MoneyRules)

public:
    static constexpr qint64 MaxMinor = 1'000'000'000'000LL; // 10 billion major units
    static const QStringList &supportedCurrencies();
    static int minorDigits(const QString &currency); // 2 for USD, 0 for JPY
    static Status validate(const Money &money);
    static Result<Money> fromJson(const QJsonValue &value, const QString &field);
};

QJsonObject moneyToJson(const Money &money);

} // namespace ClipDesk::Domain
