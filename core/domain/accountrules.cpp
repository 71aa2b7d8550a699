#include "accountrules.h"

#include <QRegularExpression>

namespace ClipDesk::Domain {

namespace {

qsizetype codePointCount(const QString &text)
{
    return text.toUcs4().size();
}

Status invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

} // namespace

QString AccountRules::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString AccountRules::normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

Status AccountRules::validateEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter an email address."));
    if (trimmed.size() > MaxEmailLength)
        return invalid(tr("The email address is longer than %1 characters.").arg(MaxEmailLength));
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces or control characters.
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s\p{Cc}]+@[^@\s\p{Cc}.]+(\.[^@\s\p{Cc}.]+)+$)"));
    if (!shape.match(trimmed).hasMatch())
        return invalid(tr("\"%1\" is not a valid email address.").arg(trimmed));
    return {};
}

Status AccountRules::validateUsername(const QString &username)
{
    const QString trimmed = username.trimmed();
    if (trimmed.size() < MinUsernameLength || trimmed.size() > MaxUsernameLength)
        return invalid(tr("A username has %1 to %2 characters.").arg(MinUsernameLength).arg(MaxUsernameLength));
    static const QRegularExpression allowed(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9_.-]*$)"));
    if (!allowed.match(trimmed).hasMatch())
        return invalid(tr("A username may contain only letters, digits, '.', '_' and '-', and starts with a letter or digit."));
    if (trimmed.contains(QLatin1Char('@')))
        return invalid(tr("A username may not contain '@'."));
    return {};
}

Status AccountRules::validatePassword(const QString &password)
{
    const qsizetype length = codePointCount(password);
    if (length < MinPasswordLength)
        return invalid(tr("The password needs at least %1 characters.").arg(MinPasswordLength));
    if (length > MaxPasswordLength)
        return invalid(tr("The password may have at most %1 characters.").arg(MaxPasswordLength));
    return {};
}

} // namespace ClipDesk::Domain
