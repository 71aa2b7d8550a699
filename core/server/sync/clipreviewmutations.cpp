#include "clipreviewmutations.h"

#include "clipaccess.h"
#include "clipduplicates.h"
#include "clipmedialookup.h"
#include "mutationargs.h"
#include "mutationregistry.h"
#include "notificationwriter.h"
#include "rejection.h"
#include "visibility.h"
#include "domain/cliprules.h"
#include "storage/campaignrepository.h"
#include "storage/membershiprepository.h"
#include "sync/changeset.h"

namespace ClipDesk::Server {

namespace {

using Domain::Clip;
using Domain::ClipRules;
using Domain::ClipStatus;
using Storage::StoredClip;

const QString StatusField = QStringLiteral("status");
const QString FeedbackField = QStringLiteral("review_feedback");
const QString UrlField = QStringLiteral("posted_url");

// An uploading clip whose video has arrived (ready and the owner's) becomes a draft again, so
// that it can go on; a refused video is the refusal.
Result<std::optional<MutationReply>> settleUpload(MutationContext &context, Clip &clip)
{
    if (clip.status != ClipStatus::Uploading && !(clip.status == ClipStatus::Draft && clip.hasMedia()))
        return std::optional<MutationReply>();
    auto media = ClipMediaLookup::find(context.db, clip.mediaSha256, clip.ownerId);
    if (!media)
        return std::unexpected(media.error());
    if (!media->has_value() || !(*media)->uploadedByUser) {
        clip.status = ClipStatus::Uploading; // not (or no longer) there: it is still on its way
        return std::optional<MutationReply>();
    }
    if (!(*media)->ready)
        return std::optional<MutationReply>(MutationReply::rejected(
            ErrorCode::InvalidArgument, ClipReviewMutations::tr("The video was refused: %1").arg((*media)->rejectionReason)));
    clip.status = ClipStatus::Draft;
    clip.thumbnailSha256 = (*media)->thumbnailSha256;
    return std::optional<MutationReply>();
}

Status notifyOwner(MutationContext &context, const Clip &clip, const QString &campaignName)
{
    const bool approved = clip.status == ClipStatus::Approved;
    const QString title = approved ? ClipReviewMutations::tr("Your clip \"%1\" was approved").arg(clip.title)
                                   : ClipReviewMutations::tr("Your clip \"%1\" was rejected").arg(clip.title);
    const QString body = clip.reviewFeedback.isEmpty() ? ClipReviewMutations::tr("Campaign: %1").arg(campaignName)
                                                       : clip.reviewFeedback;
    return NotificationWriter::notify(context, clip.ownerId, approved ? ClipReviewMutations::ApprovedKind : ClipReviewMutations::RejectedKind,
                                      title, body, Sync::Entity::Clip, clip.id);
}

QString campaignName(MutationContext &context, const QString &campaignId)
{
    auto campaign = Storage::CampaignRepository(context.db).find(campaignId);
    return campaign && campaign->has_value() ? (*campaign)->campaign.name : QString();
}

} // namespace

void ClipReviewMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("clip.submit"), &ClipReviewMutations::submit);
    registry.add(QStringLiteral("clip.review"), &ClipReviewMutations::review);
    registry.add(QStringLiteral("clip.publish"), &ClipReviewMutations::publish);
}

Result<MutationReply> ClipReviewMutations::submit(MutationContext &context)
{
    if (context.user.role != Domain::Role::Clipper)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("campaign_id")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto campaignId = args.uuid(QStringLiteral("campaign_id"));
    if (!campaignId)
        return Rejection::of(campaignId.error());
    auto found = ClipAccess::owned(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(ClipAccess::Label, *id);
    StoredClip stored = **found;

    // The campaign must be one the clipper can see; membership and the rest are ClipRules'.
    auto visible = Visibility::canSeeCampaign(context.db, context.user, *campaignId);
    if (!visible)
        return std::unexpected(visible.error());
    auto campaign = Storage::CampaignRepository(context.db).find(*campaignId);
    if (!campaign)
        return std::unexpected(campaign.error());
    if (!*visible || !campaign->has_value())
        return Rejection::notFound(QStringLiteral("campaign"), *campaignId);
    auto membership = Storage::MembershipRepository(context.db).findActive(*campaignId, context.user.userId);
    if (!membership)
        return std::unexpected(membership.error());
    auto counted = Storage::ClipRepository(context.db).countByOwner(*campaignId, context.user.userId,
                                                                    ClipRules::countedStatuses(), stored.clip.id);
    if (!counted)
        return std::unexpected(counted.error());

    Clip clip = stored.clip;
    auto settled = settleUpload(context, clip);
    if (!settled)
        return std::unexpected(settled.error());
    if (settled->has_value())
        return **settled;
    clip.campaignId = *campaignId;
    if (auto allowed = ClipRules::checkSubmission(clip, (*campaign)->campaign, {membership->has_value(), *counted}); !allowed)
        return Rejection::of(allowed.error());

    clip.brandId = (*campaign)->campaign.brandId;
    clip.status = ClipStatus::Submitted;
    clip.submittedAtMs = context.nowMs;
    auto duplicate = ClipDuplicates::check(context.db, clip);
    if (!duplicate)
        return std::unexpected(duplicate.error());
    if (!duplicate->isEmpty()) {
        clip.status = ClipStatus::Rejected;
        clip.reviewFeedback = *duplicate;
        clip.reviewedAtMs = context.nowMs;
    }
    const QStringList changed = Domain::FieldVersions::changedFields(
        Domain::clipToJson(stored.clip), Domain::clipToJson(clip),
        {StatusField, QStringLiteral("campaign_id"), FeedbackField, QStringLiteral("thumbnail_sha256")});
    stored.clip = clip;
    if (auto written = ClipAccess::write(context, stored, changed); !written)
        return std::unexpected(written.error());
    if (stored.clip.status == ClipStatus::Rejected) {
        if (auto notified = notifyOwner(context, stored.clip, (*campaign)->campaign.name); !notified)
            return std::unexpected(notified.error());
    }
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

Result<MutationReply> ClipReviewMutations::review(MutationContext &context)
{
    if (context.user.role != Domain::Role::Brand && context.user.role != Domain::Role::Admin)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("decision"), QStringLiteral("feedback")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto decision = args.text(QStringLiteral("decision"), 16);
    if (!decision)
        return Rejection::of(decision.error());
    if (*decision != u"approve" && *decision != u"reject")
        return MutationReply::rejected(ErrorCode::InvalidArgument, tr("\"decision\" is \"approve\" or \"reject\"."));
    auto feedback = args.optionalText(QStringLiteral("feedback"), ClipRules::MaxFeedbackLength);
    if (!feedback)
        return Rejection::of(feedback.error());
    auto found = ClipAccess::reviewable(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(ClipAccess::Label, *id);
    StoredClip stored = **found;

    // Someone else decided since the reviewer looked: let them look again.
    if (!stored.fieldVersions.conflicting({StatusField}, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(Domain::clipToJson(stored.clip));
    const bool approve = *decision == u"approve";
    if (auto allowed = ClipRules::checkReview(stored.clip, approve, *feedback); !allowed)
        return Rejection::of(allowed.error());

    stored.clip.status = approve ? ClipStatus::Approved : ClipStatus::Rejected;
    stored.clip.reviewFeedback = *feedback;
    stored.clip.reviewedBy = context.user.userId;
    stored.clip.reviewedAtMs = context.nowMs;
    if (auto written = ClipAccess::write(context, stored, {StatusField, FeedbackField}); !written)
        return std::unexpected(written.error());
    if (auto notified = notifyOwner(context, stored.clip, campaignName(context, stored.clip.campaignId)); !notified)
        return std::unexpected(notified.error());
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

Result<MutationReply> ClipReviewMutations::publish(MutationContext &context)
{
    if (context.user.role != Domain::Role::Clipper)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), UrlField}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto url = args.text(UrlField, ClipRules::MaxUrlLength);
    if (!url)
        return Rejection::of(url.error());
    auto found = ClipAccess::owned(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(ClipAccess::Label, *id);
    StoredClip stored = **found;
    if (auto allowed = ClipRules::checkPublish(stored.clip, *url); !allowed)
        return Rejection::of(allowed.error());
    if (stored.clip.postedUrl == *url)
        return MutationReply::ok(ClipAccess::idAndVersion(stored.clip)); // already the server's state
    // Correcting the link of a published clip conflicts with another device's correction.
    if (stored.clip.status == ClipStatus::Published
        && !stored.fieldVersions.conflicting({UrlField}, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(Domain::clipToJson(stored.clip));

    const QStringList changed = stored.clip.status == ClipStatus::Published ? QStringList{UrlField}
                                                                            : QStringList{UrlField, StatusField};
    stored.clip.postedUrl = *url;
    if (stored.clip.status != ClipStatus::Published) {
        stored.clip.status = ClipStatus::Published;
        stored.clip.publishedAtMs = context.nowMs;
    }
    if (auto written = ClipAccess::write(context, stored, changed); !written)
        return std::unexpected(written.error());
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

} // namespace ClipDesk::Server
