#include "moneyedit.h"

#include "domain/money.h"

#include <QLocale>

namespace ClipDesk::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MoneyEdit)
};

std::unexpected<Error> notAnAmount(const QString &text)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("\"%1\" is not an amount.").arg(text));
}

} // namespace

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0.00"));
    setClearButtonEnabled(false);
}

void MoneyEdit::setCurrency(const QString &currency)
{
    const auto previous = minorUnits();
    const int oldDigits = Domain::MoneyRules::minorDigits(m_currency);
    m_currency = currency;
    setPlaceholderText(formatMinor(0, Domain::MoneyRules::minorDigits(currency)));
    if (previous && !text().trimmed().isEmpty() && oldDigits != Domain::MoneyRules::minorDigits(currency)) {
        // Keep the major amount the user typed.
        if (auto reparsed = parseMinor(text(), Domain::MoneyRules::minorDigits(currency)))
            setMinorUnits(*reparsed);
    }
}

Result<qint64> MoneyEdit::minorUnits() const
{
    return parseMinor(text(), Domain::MoneyRules::minorDigits(m_currency));
}

void MoneyEdit::setMinorUnits(qint64 minor)
{
    setText(minor == 0 ? QString() : formatMinor(minor, Domain::MoneyRules::minorDigits(m_currency)));
}

Result<qint64> MoneyEdit::parseMinor(const QString &input, int minorDigits)
{
    const QLocale locale;
    QString text = input.trimmed();
    if (text.isEmpty())
        return 0;
    const QChar decimal = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    const QChar group = locale.groupSeparator().isEmpty() ? QLatin1Char(',') : locale.groupSeparator().at(0);
    QString major;
    QString fraction;
    bool inFraction = false;
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fraction : major).append(c);
        } else if ((c == decimal || c == QLatin1Char('.')) && !inFraction && c != group) {
            inFraction = true;
        } else if ((c == group || c == QLatin1Char(' ') || c == QChar(0x00a0) || c == QChar(0x202f)) && !inFraction) {
            continue;
        } else {
            return notAnAmount(input);
        }
    }
    if (major.isEmpty() && fraction.isEmpty())
        return notAnAmount(input);
    while (fraction.size() > minorDigits && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > minorDigits) {
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       minorDigits == 0 ? Tr::tr("This currency has no cents.")
                                        : Tr::tr("Use at most %1 decimal places.").arg(minorDigits));
    }
    fraction = fraction.leftJustified(minorDigits, QLatin1Char('0'));
    const QString digits = (major.isEmpty() ? QStringLiteral("0") : major) + fraction;
    if (digits.size() > 15) // beyond MoneyRules::MaxMinor anyway
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The amount is too large."));
    bool ok = false;
    const qint64 minor = digits.toLongLong(&ok);
    if (!ok)
        return notAnAmount(input);
    if (minor > Domain::MoneyRules::MaxMinor)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("The amount is too large."));
    return minor;
}

QString MoneyEdit::formatMinor(qint64 minor, int minorDigits)
{
    qint64 divisor = 1;
    for (int i = 0; i < minorDigits; ++i)
        divisor *= 10;
    const QString major = QString::number(minor / divisor);
    if (minorDigits == 0)
        return major;
    return major + QLocale().decimalPoint() + QStringLiteral("%1").arg(qAbs(minor % divisor), minorDigits, 10, QLatin1Char('0'));
}

} // namespace ClipDesk::Ui
