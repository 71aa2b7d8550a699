#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// profile.update (per-field conflicts, the same write path as PATCH /api/v1/profile) and
// notification.mark_read.
class ProfileMutations final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> updateProfile(MutationContext &context);
    static Result<MutationReply> markNotificationRead(MutationContext &context);
};

} // namespace ClipDesk::Server
