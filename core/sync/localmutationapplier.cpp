#include "sync/localmutationapplier.h"

#include "sync/accounteffects.h"
#include "sync/campaigneffects.h"
#include "sync/clipeffects.h"
#include "sync/negotiationeffects.h"

#include <QUuid>

namespace ClipDesk::Sync {

LocalMutationApplier::LocalMutationApplier(Viewer viewer)
    : m_viewer(std::move(viewer))
{
}

QStringList LocalMutationApplier::supportedMutations()
{
    const QStringList names = {
        QStringLiteral("campaign.create"),     QStringLiteral("campaign.update"),
        QStringLiteral("campaign.set_status"), QStringLiteral("campaign.clone"),
        QStringLiteral("campaign.delete"),     QStringLiteral("offer.create"),
        QStringLiteral("offer.counter"),       QStringLiteral("offer.accept"),
        QStringLiteral("offer.reject"),        QStringLiteral("offer.withdraw"),
        QStringLiteral("membership.remove"),   QStringLiteral("membership.leave"),
        QStringLiteral("profile.update"),      QStringLiteral("notification.mark_read"),
        QStringLiteral("admin.flag_campaign"), QStringLiteral("admin.unflag_campaign"),
        QStringLiteral("admin.flag_user"),     QStringLiteral("admin.unflag_user")};
    return names + ClipEffects::mutations();
}

Status LocalMutationApplier::apply(OptimisticRows &rows, const Mutation &mutation, qint64 nowMs) const
{
    if (QUuid::fromString(mutation.id).isNull())
        return MutationContext::invalid(tr("A mutation needs an id that is a UUID."));
    if (!supportedMutations().contains(mutation.name))
        return MutationContext::refused(MutationError::UnknownMutation,
                                        tr("Unknown mutation \"%1\".").arg(mutation.name));
    const MutationContext context(rows, m_viewer, mutation, nowMs);
    if (CampaignEffects::handles(mutation.name))
        return CampaignEffects::apply(context);
    if (NegotiationEffects::handles(mutation.name))
        return NegotiationEffects::apply(context);
    if (ClipEffects::handles(mutation.name))
        return ClipEffects::apply(context);
    return AccountEffects::apply(context);
}

} // namespace ClipDesk::Sync
