#include "money.h"

#include <QLocale>

namespace ClipDesk::Domain {

const QStringList &MoneyRules::supportedCurrencies()
{
    static const QStringList currencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                           QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("JPY"),
                                           QStringLiteral("INR"), QStringLiteral("BRL"), QStringLiteral("CHF")};
    return currencies;
}

int MoneyRules::minorDigits(const QString &currency)
{
    return currency == u"JPY" ? 0 : 2;
}

Status MoneyRules::validate(const Money &money)
{
    if (!supportedCurrencies().contains(money.currency))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("\"%1\" is not a supported currency.").arg(money.currency));
    if (money.minor < 0 || money.minor > MaxMinor)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("The amount is out of range."));
    return {};
}

Result<Money> MoneyRules::fromJson(const QJsonValue &value, const QString &field)
{
    const QJsonObject object = value.toObject();
    const QJsonValue minor = object.value(QStringLiteral("minor"));
    const QJsonValue currency = object.value(QStringLiteral("currency"));
    const double number = minor.toDouble(-1);
    if (!value.isObject() || !minor.isDouble() || !currency.isString() || number != double(qint64(number)))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("\"%1\" must be an amount like {\"minor\": 150000, \"currency\": \"USD\"}.").arg(field));
    Money money{qint64(number), currency.toString()};
    if (auto valid = validate(money); !valid)
        return failure(valid.error().code, tr("\"%1\": %2").arg(field, valid.error().message));
    return money;
}

QString Money::toDisplayString() const
{
    const int digits = MoneyRules::minorDigits(currency);
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    const QLocale locale;
    const QString major = locale.toString(minor / divisor);
    if (digits == 0)
        return major + u' ' + currency;
    const QString fraction = QStringLiteral("%1").arg(qAbs(minor % divisor), digits, 10, QLatin1Char('0'));
    return major + locale.decimalPoint() + fraction + u' ' + currency;
}

QJsonObject moneyToJson(const Money &money)
{
    return {{QStringLiteral("minor"), money.minor}, {QStringLiteral("currency"), money.currency}};
}

} // namespace ClipDesk::Domain
