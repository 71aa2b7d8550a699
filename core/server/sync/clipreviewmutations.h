#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

class MutationRegistry;

// A clip's way through a campaign: clip.submit (the owner, with every ClipRules check and the
// duplicate check), clip.review (the campaign's brand or an admin) and clip.publish (the owner).
class ClipReviewMutations final
{
    Q_DECLARE_TR_FUNCTIONS(ClipReviewMutations)

public:
    static inline const QString ApprovedKind = QStringLiteral("clip_approved");
    static inline const QString RejectedKind = QStringLiteral("clip_rejected");
    static inline const QString SubmittedKind = QStringLiteral("clip_submitted");

    static void registerIn(MutationRegistry &registry);

    static Result<MutationReply> submit(MutationContext &context);
    static Result<MutationReply> review(MutationContext &context);
    static Result<MutationReply> publish(MutationContext &context);
};

} // namespace ClipDesk::Server
