#include "clipmutations.h"

#include "clipaccess.h"
#include "clipmedialookup.h"
#include "mutationargs.h"
#include "mutationregistry.h"
#include "rejection.h"
#include "visibility.h"
#include "domain/cliprules.h"
#include "storage/tombstonerepository.h"
#include "sync/changeset.h"

#include <variant>

namespace ClipDesk::Server {

namespace {

using Domain::Clip;
using Domain::ClipRules;
using Domain::ClipStatus;
using Storage::ClipRepository;
using Storage::StoredClip;

const QString MediaField = QStringLiteral("media_sha256");
const QString StatusField = QStringLiteral("status");

// The caller's clip named by the "id" argument: a clipper's own, or a rejection.
Result<std::variant<StoredClip, MutationReply>> ownedClip(MutationContext &context, const MutationArgs &args)
{
    if (context.user.role != Domain::Role::Clipper)
        return Rejection::forbiddenForRole();
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto found = ClipAccess::owned(context, *id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Rejection::notFound(ClipAccess::Label, *id);
    return **found;
}

} // namespace

void ClipMutations::registerIn(MutationRegistry &registry)
{
    registry.add(QStringLiteral("clip.create"), &ClipMutations::create);
    registry.add(QStringLiteral("clip.update"), &ClipMutations::update);
    registry.add(QStringLiteral("clip.attach_media"), &ClipMutations::attachMedia);
    registry.add(QStringLiteral("clip.delete"), &ClipMutations::remove);
    registry.add(QStringLiteral("clip.new_version"), &ClipMutations::newVersion);
}

Result<MutationReply> ClipMutations::create(MutationContext &context)
{
    if (context.user.role != Domain::Role::Clipper)
        return Rejection::forbiddenForRole();
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("fields"), QStringLiteral("campaign_id")}); !known)
        return Rejection::of(known.error());
    auto id = args.uuid(QStringLiteral("id"));
    if (!id)
        return Rejection::of(id.error());
    auto fields = args.object(QStringLiteral("fields"));
    if (!fields)
        return Rejection::of(fields.error());
    QString campaignId;
    if (context.mutation.args.contains(QStringLiteral("campaign_id"))) {
        auto target = args.uuid(QStringLiteral("campaign_id"));
        if (!target)
            return Rejection::of(target.error());
        auto visible = Visibility::canSeeCampaign(context.db, context.user, *target);
        if (!visible)
            return std::unexpected(visible.error());
        if (!*visible)
            return Rejection::notFound(QStringLiteral("campaign"), *target);
        campaignId = *target;
    }
    auto exists = ClipRepository(context.db).exists(*id);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return Rejection::alreadyExists(ClipAccess::Label, *id);

    StoredClip stored;
    stored.clip.id = *id;
    stored.clip.ownerId = context.user.userId;
    stored.clip.campaignId = campaignId;
    if (auto applied = ClipRules::applyChanges(stored.clip, *fields); !applied)
        return Rejection::of(applied.error());
    if (auto inserted = ClipAccess::insert(context, stored); !inserted)
        return std::unexpected(inserted.error());
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

Result<MutationReply> ClipMutations::update(MutationContext &context)
{
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("changes")}); !known)
        return Rejection::of(known.error());
    auto owned = ownedClip(context, args);
    if (!owned)
        return std::unexpected(owned.error());
    if (auto *reply = std::get_if<MutationReply>(&*owned))
        return *reply;
    StoredClip stored = std::get<StoredClip>(*owned);
    auto changes = args.object(QStringLiteral("changes"));
    if (!changes)
        return Rejection::of(changes.error());

    const Clip before = stored.clip;
    if (auto applied = ClipRules::applyChanges(stored.clip, *changes); !applied)
        return Rejection::of(applied.error());
    const QStringList changed = Domain::FieldVersions::changedFields(Domain::clipToJson(before), Domain::clipToJson(stored.clip),
                                                                     changes->keys());
    if (changed.isEmpty())
        return MutationReply::ok(ClipAccess::idAndVersion(before)); // already the server's state
    if (!stored.fieldVersions.conflicting(changed, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(Domain::clipToJson(before));
    if (auto written = ClipAccess::write(context, stored, changed); !written)
        return std::unexpected(written.error());
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

// media_sha256 names the uploaded video. A video the server has and that is ready makes the
// clip a draft with that video; one the server does not have yet (still uploading) makes the
// clip "uploading"; null detaches the video.
Result<MutationReply> ClipMutations::attachMedia(MutationContext &context)
{
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), MediaField}); !known)
        return Rejection::of(known.error());
    auto owned = ownedClip(context, args);
    if (!owned)
        return std::unexpected(owned.error());
    if (auto *reply = std::get_if<MutationReply>(&*owned))
        return *reply;
    StoredClip stored = std::get<StoredClip>(*owned);
    const QJsonValue value = context.mutation.args.value(MediaField);
    if (value.isUndefined())
        return MutationReply::rejected(ErrorCode::InvalidArgument, MutationArgs::tr("The argument \"%1\" is required.").arg(MediaField));
    const QString sha256 = value.toString();
    if (!value.isNull()) {
        if (!value.isString())
            return MutationReply::rejected(ErrorCode::InvalidArgument, tr("\"media_sha256\" must be text or null."));
        if (auto valid = ClipRules::checkMediaSha256(sha256); !valid)
            return Rejection::of(valid.error());
    }
    if (auto editable = ClipRules::checkEditable(stored.clip); !editable)
        return Rejection::of(editable.error());

    const Clip before = stored.clip;
    stored.clip.mediaSha256 = sha256;
    stored.clip.thumbnailSha256.clear();
    stored.clip.status = ClipStatus::Draft;
    if (!sha256.isEmpty()) {
        auto media = ClipMediaLookup::find(context.db, sha256, context.user.userId);
        if (!media)
            return std::unexpected(media.error());
        if (!media->has_value()) {
            stored.clip.status = ClipStatus::Uploading;
        } else if (!(*media)->uploadedByUser) {
            return MutationReply::rejected(ErrorCode::NotFound, tr("You have no uploaded video with this SHA-256."));
        } else if (!(*media)->ready) {
            return MutationReply::rejected(ErrorCode::InvalidArgument,
                                           tr("The video was refused: %1").arg((*media)->rejectionReason));
        } else {
            stored.clip.thumbnailSha256 = (*media)->thumbnailSha256;
        }
    }
    const QStringList changed = Domain::FieldVersions::changedFields(
        Domain::clipToJson(before), Domain::clipToJson(stored.clip),
        {MediaField, QStringLiteral("thumbnail_sha256"), StatusField});
    if (changed.isEmpty())
        return MutationReply::ok(ClipAccess::idAndVersion(before));
    // Another device attached a different video meanwhile: let the user decide again.
    if (before.mediaSha256 != sha256
        && !stored.fieldVersions.conflicting({MediaField}, context.mutation.baseVersion, context.writer).isEmpty())
        return MutationReply::conflict(Domain::clipToJson(before));
    if (auto written = ClipAccess::write(context, stored, changed); !written)
        return std::unexpected(written.error());
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

Result<MutationReply> ClipMutations::remove(MutationContext &context)
{
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id")}); !known)
        return Rejection::of(known.error());
    auto owned = ownedClip(context, args);
    if (!owned)
        return std::unexpected(owned.error());
    if (auto *reply = std::get_if<MutationReply>(&*owned))
        return *reply;
    const Clip clip = std::get<StoredClip>(*owned).clip;
    if (auto deletable = ClipRules::checkDeletable(clip); !deletable)
        return Rejection::of(deletable.error());

    if (auto removed = ClipRepository(context.db).remove(clip.id); !removed)
        return std::unexpected(removed.error());
    // The owner and, when it saw the clip, the campaign's brand get a tombstone (admins get all).
    QStringList audience{clip.ownerId};
    if (ClipAccess::brandSees(clip))
        audience.append(clip.brandId);
    for (const QString &userId : std::as_const(audience)) {
        auto seq = context.nextSeq();
        if (!seq)
            return std::unexpected(seq.error());
        if (auto buried = Storage::TombstoneRepository(context.db).insert(*seq, Sync::Entity::Clip, clip.id, userId, context.nowMs);
            !buried)
            return std::unexpected(buried.error());
    }
    ClipAccess::addAudience(context, clip);
    return MutationReply::ok({{QStringLiteral("id"), clip.id}});
}

Result<MutationReply> ClipMutations::newVersion(MutationContext &context)
{
    const MutationArgs args(context.mutation.args);
    if (auto known = args.onlyKeys({QStringLiteral("id"), QStringLiteral("new_id")}); !known)
        return Rejection::of(known.error());
    auto owned = ownedClip(context, args);
    if (!owned)
        return std::unexpected(owned.error());
    if (auto *reply = std::get_if<MutationReply>(&*owned))
        return *reply;
    const Clip source = std::get<StoredClip>(*owned).clip;
    auto newId = args.uuid(QStringLiteral("new_id"));
    if (!newId)
        return Rejection::of(newId.error());
    if (auto allowed = ClipRules::checkNewVersion(source); !allowed)
        return Rejection::of(allowed.error());
    ClipRepository clips(context.db);
    auto next = clips.nextVersionOf(source.id);
    if (!next)
        return std::unexpected(next.error());
    if (!next->isEmpty())
        return MutationReply::rejected(SyncErrorCode::AlreadyExists,
                                       tr("This clip already has a newer version; edit that one instead."));
    auto exists = clips.exists(*newId);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return Rejection::alreadyExists(ClipAccess::Label, *newId);

    StoredClip stored;
    stored.clip = ClipRules::newVersionOf(source, *newId, context.nowMs);
    if (auto inserted = ClipAccess::insert(context, stored); !inserted)
        return std::unexpected(inserted.error());
    return MutationReply::ok(ClipAccess::idAndVersion(stored.clip));
}

} // namespace ClipDesk::Server
