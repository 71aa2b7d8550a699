#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Domain {

// Account input rules shared by the client (to predict) and the server (to decide).
// Password rules follow OWASP ASVS 2.1: length only, no composition rules, no truncation.
class AccountRules final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    static constexpr int MinPasswordLength = 12;
    static constexpr int MaxPasswordLength = 128;
    static constexpr int MaxEmailLength = 254;
    static constexpr int MinUsernameLength = 3;
    static constexpr int MaxUsernameLength = 32;

    // Lowercased, trimmed form used for uniqueness and look-ups.
    static QString normalizedEmail(const QString &email);
    static QString normalizedUsername(const QString &username);

    static Status validateEmail(const QString &email);
    static Status validateUsername(const QString &username);
    // Length is counted in Unicode code points, as ASVS asks.
    static Status validatePassword(const QString &password);
};

} // namespace ClipDesk::Domain
