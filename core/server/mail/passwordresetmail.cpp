#include "passwordresetmail.h"

namespace ClipDesk::Server {

QString PasswordResetMail::resetLink(const QString &publicUrl, const QString &token)
{
    QString base = publicUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/reset?token=") + token;
}

MailMessage PasswordResetMail::compose(const QString &to, const QString &username, const QString &publicUrl,
                                       const QString &token, int validMinutes)
{
    MailMessage message;
    message.to = to;
    message.subject = tr("Reset your ClipDesk password");
    message.body = tr("Hello %1,\n\n"
                      "someone (hopefully you) asked to reset the password of your ClipDesk account.\n"
                      "Open this link to choose a new password:\n\n"
                      "%2\n\n"
                      "Or paste this reset code into the ClipDesk app:\n\n"
                      "%3\n\n"
                      "The link and the code work once, for %4 minutes. If you did not ask for this,\n"
                      "ignore this email: your password stays as it is.\n")
                       .arg(username, resetLink(publicUrl, token), token)
                       .arg(validMinutes);
    return message;
}

} // namespace ClipDesk::Server
