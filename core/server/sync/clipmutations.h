#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// The owning clipper's clip mutations: clip.create, clip.update, clip.attach_media,
// clip.delete and clip.new_version (see ClipReviewMutations for submit, review and publish).
class ClipMutations final
{
    Q_DECLARE_TR_FUNCTIONS(ClipMutations)

public:
    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> create(MutationContext &context);
    static Result<MutationReply> update(MutationContext &context);
    static Result<MutationReply> attachMedia(MutationContext &context);
    static Result<MutationReply> remove(MutationContext &context);
    static Result<MutationReply> newVersion(MutationContext &context);
};

} // namespace ClipDesk::Server
