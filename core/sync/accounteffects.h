#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Sync {

class MutationContext;

// The local effect of profile.update (checked with ProfileRules), notification.mark_read and
// admin.flag_user/unflag_user.
class AccountEffects final
{
    Q_DECLARE_TR_FUNCTIONS(AccountEffects)

public:
    static bool handles(const QString &mutationName);
    static Status apply(const MutationContext &context);

private:
    static Status updateProfile(const MutationContext &context);
    static Status markRead(const MutationContext &context);
    static Status flagUser(const MutationContext &context, bool flagged);
};

} // namespace ClipDesk::Sync
