#include "sync/clipeffects.h"

#include "domain/campaign.h"
#include "domain/clip.h"
#include "domain/cliprules.h"
#include "sync/changeset.h"
#include "sync/mutationcontext.h"
#include "sync/optimisticrows.h"

namespace ClipDesk::Sync {

using Domain::Clip;
using Domain::ClipRules;
using Domain::ClipStatus;
using Domain::Role;

namespace {

// The clip named by "id", if it is cached and the viewer (a clipper) owns it.
Result<std::pair<QJsonObject, Clip>> ownedClip(const MutationContext &context)
{
    if (auto clipper = context.requireRole(Role::Clipper); !clipper)
        return std::unexpected(clipper.error());
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto row = context.existing(Entity::Clip, *id);
    if (!row)
        return std::unexpected(row.error());
    Clip clip = Domain::clipFromJson(*row);
    if (clip.ownerId != context.viewer().userId)
        return MutationContext::notFound();
    return std::pair{*row, clip};
}

Status write(const MutationContext &context, const QJsonObject &original, Clip clip)
{
    clip.updatedAtMs = context.nowMs();
    return context.rows().put(Entity::Clip, clip.id, MutationContext::merged(original, Domain::clipToJson(clip)));
}

// "'submitted', 'approved', 'published'" for an SQL IN list (fixed words, never user input).
QString countedStatusList()
{
    QStringList quoted;
    for (ClipStatus status : ClipRules::countedStatuses())
        quoted.append(u'\'' + Domain::clipStatusName(status) + u'\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

bool ClipEffects::handles(const QString &mutationName)
{
    return mutationName.startsWith(QLatin1String("clip."));
}

QStringList ClipEffects::mutations()
{
    return {QStringLiteral("clip.create"), QStringLiteral("clip.update"),  QStringLiteral("clip.attach_media"),
            QStringLiteral("clip.submit"), QStringLiteral("clip.delete"),  QStringLiteral("clip.review"),
            QStringLiteral("clip.publish"), QStringLiteral("clip.new_version")};
}

Status ClipEffects::apply(const MutationContext &context)
{
    const QString &name = context.mutation().name;
    if (name == u"clip.create")
        return create(context);
    if (name == u"clip.update")
        return update(context);
    if (name == u"clip.attach_media")
        return attachMedia(context);
    if (name == u"clip.submit")
        return submit(context);
    if (name == u"clip.delete")
        return remove(context);
    if (name == u"clip.review")
        return review(context);
    if (name == u"clip.publish")
        return publish(context);
    if (name == u"clip.new_version")
        return newVersion(context);
    return MutationContext::refused(MutationError::UnknownMutation, tr("Unknown mutation \"%1\".").arg(name));
}

Status ClipEffects::create(const MutationContext &context)
{
    if (auto clipper = context.requireRole(Role::Clipper); !clipper)
        return clipper;
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const auto fields = context.objectArg(QStringLiteral("fields"));
    if (!fields)
        return std::unexpected(fields.error());
    Clip clip;
    if (context.args().contains(QStringLiteral("campaign_id"))) {
        const auto campaignId = context.idArg(QStringLiteral("campaign_id"));
        if (!campaignId)
            return std::unexpected(campaignId.error());
        if (const auto campaign = context.existing(Entity::Campaign, *campaignId); !campaign)
            return std::unexpected(campaign.error());
        clip.campaignId = *campaignId;
    }
    if (auto absent = context.requireAbsent(Entity::Clip, *id); !absent)
        return absent;
    clip.id = *id;
    clip.ownerId = context.viewer().userId;
    clip.createdAtMs = context.nowMs();
    if (auto applied = ClipRules::applyChanges(clip, *fields); !applied)
        return applied;
    return write(context, {}, clip);
}

Status ClipEffects::update(const MutationContext &context)
{
    auto owned = ownedClip(context);
    if (!owned)
        return std::unexpected(owned.error());
    auto &[row, clip] = *owned;
    const auto changes = context.objectArg(QStringLiteral("changes"));
    if (!changes)
        return std::unexpected(changes.error());
    if (auto applied = ClipRules::applyChanges(clip, *changes); !applied)
        return applied;
    return write(context, row, clip);
}

// Only the server knows whether the upload has arrived: a new video is predicted to be on its
// way ("uploading"); the same video sent again (after its upload finished) is predicted ready.
Status ClipEffects::attachMedia(const MutationContext &context)
{
    auto owned = ownedClip(context);
    if (!owned)
        return std::unexpected(owned.error());
    auto &[row, clip] = *owned;
    const QJsonValue value = context.args().value(QStringLiteral("media_sha256"));
    if (value.isUndefined() || (!value.isNull() && !value.isString()))
        return MutationContext::invalid(tr("\"media_sha256\" must be a SHA-256, or null to detach the video."));
    const QString sha256 = value.toString();
    if (!value.isNull()) {
        if (auto valid = ClipRules::checkMediaSha256(sha256); !valid)
            return valid;
    }
    if (auto editable = ClipRules::checkEditable(clip); !editable)
        return editable;
    const bool sameVideo = !sha256.isEmpty() && sha256 == clip.mediaSha256;
    if (!sameVideo)
        clip.thumbnailSha256.clear();
    clip.status = sha256.isEmpty() || sameVideo ? ClipStatus::Draft : ClipStatus::Uploading;
    clip.mediaSha256 = sha256;
    return write(context, row, clip);
}

Status ClipEffects::submit(const MutationContext &context)
{
    auto owned = ownedClip(context);
    if (!owned)
        return std::unexpected(owned.error());
    auto &[row, clip] = *owned;
    const auto campaignId = context.idArg(QStringLiteral("campaign_id"));
    if (!campaignId)
        return std::unexpected(campaignId.error());
    const auto campaignRow = context.existing(Entity::Campaign, *campaignId);
    if (!campaignRow)
        return std::unexpected(campaignRow.error());
    const Domain::Campaign campaign = Domain::campaignFromJson(*campaignRow);
    const QString &me = context.viewer().userId;
    const auto memberships = context.rows().findWhere(
        Entity::Membership, QStringLiteral("campaign_id = ? AND clipper_id = ? AND status = 'active'"), {campaign.id, me});
    if (!memberships)
        return std::unexpected(memberships.error());
    const auto counted = context.rows().findWhere(
        Entity::Clip, u"campaign_id = ? AND owner_id = ? AND id <> ? AND status IN (" % countedStatusList() % u")",
        {campaign.id, me, clip.id});
    if (!counted)
        return std::unexpected(counted.error());
    clip.campaignId = campaign.id;
    if (auto allowed = ClipRules::checkSubmission(clip, campaign, {!memberships->isEmpty(), int(counted->size())}); !allowed)
        return allowed;
    clip.brandId = campaign.brandId;
    clip.status = ClipStatus::Submitted;
    clip.submittedAtMs = context.nowMs();
    return write(context, row, clip);
}

Status ClipEffects::remove(const MutationContext &context)
{
    auto owned = ownedClip(context);
    if (!owned)
        return std::unexpected(owned.error());
    if (auto deletable = ClipRules::checkDeletable(owned->second); !deletable)
        return deletable;
    return context.rows().remove(Entity::Clip, owned->second.id);
}

Status ClipEffects::review(const MutationContext &context)
{
    const Role role = context.viewer().role;
    if (role != Role::Brand && role != Role::Admin)
        return MutationContext::refused(ErrorCode::Forbidden, tr("Only the campaign's brand or an admin reviews clips."));
    const auto id = context.idArg(QStringLiteral("id"));
    if (!id)
        return std::unexpected(id.error());
    const QString decision = context.args().value(QStringLiteral("decision")).toString();
    if (decision != u"approve" && decision != u"reject")
        return MutationContext::invalid(tr("\"decision\" is \"approve\" or \"reject\"."));
    const auto feedback = context.textArg(QStringLiteral("feedback"));
    if (!feedback)
        return std::unexpected(feedback.error());
    const auto row = context.existing(Entity::Clip, *id);
    if (!row)
        return std::unexpected(row.error());
    Clip clip = Domain::clipFromJson(*row);
    const bool seen = clip.status != ClipStatus::Draft && clip.status != ClipStatus::Uploading;
    if (role == Role::Brand && (clip.brandId != context.viewer().userId || !seen))
        return MutationContext::notFound();
    const bool approve = decision == u"approve";
    if (auto allowed = ClipRules::checkReview(clip, approve, *feedback); !allowed)
        return allowed;
    clip.status = approve ? ClipStatus::Approved : ClipStatus::Rejected;
    clip.reviewFeedback = *feedback;
    clip.reviewedBy = context.viewer().userId;
    clip.reviewedAtMs = context.nowMs();
    return write(context, *row, clip);
}

Status ClipEffects::publish(const MutationContext &context)
{
    auto owned = ownedClip(context);
    if (!owned)
        return std::unexpected(owned.error());
    auto &[row, clip] = *owned;
    const auto url = context.textArg(QStringLiteral("posted_url"));
    if (!url)
        return std::unexpected(url.error());
    if (auto allowed = ClipRules::checkPublish(clip, *url); !allowed)
        return allowed;
    if (clip.status != ClipStatus::Published)
        clip.publishedAtMs = context.nowMs();
    clip.status = ClipStatus::Published;
    clip.postedUrl = *url;
    return write(context, row, clip);
}

Status ClipEffects::newVersion(const MutationContext &context)
{
    auto owned = ownedClip(context);
    if (!owned)
        return std::unexpected(owned.error());
    const Clip &source = owned->second;
    const auto newId = context.idArg(QStringLiteral("new_id"));
    if (!newId)
        return std::unexpected(newId.error());
    if (auto allowed = ClipRules::checkNewVersion(source); !allowed)
        return allowed;
    const auto newer = context.rows().findWhere(Entity::Clip, QStringLiteral("previous_clip_id = ?"), {source.id});
    if (!newer)
        return std::unexpected(newer.error());
    if (!newer->isEmpty())
        return MutationContext::refused(MutationError::AlreadyExists,
                                        tr("This clip already has a newer version; edit that one instead."));
    if (auto absent = context.requireAbsent(Entity::Clip, *newId); !absent)
        return absent;
    Clip next = ClipRules::newVersionOf(source, *newId, context.nowMs());
    next.version = 0; // the server's first version arrives with the next pull
    return write(context, {}, next);
}

} // namespace ClipDesk::Sync
