#pragma once

#include "mailmessage.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

// The email that carries a password-reset link and its one-time token.
class PasswordResetMail final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordResetMail)

public:
    static MailMessage compose(const QString &to, const QString &username, const QString &publicUrl, const QString &token,
                               int validMinutes);
    // <publicUrl>/reset?token=<token>
    static QString resetLink(const QString &publicUrl, const QString &token);
};

} // namespace ClipDesk::Server
