#include "clipaccess.h"

#include "mutationcontext.h"

namespace ClipDesk::Server {

using Domain::ClipStatus;
using Storage::ClipRepository;
using Storage::StoredClip;

Result<std::optional<StoredClip>> ClipAccess::owned(MutationContext &context, const QString &id)
{
    auto found = ClipRepository(context.db).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || (*found)->clip.ownerId != context.user.userId)
        return std::optional<StoredClip>();
    return found;
}

Result<std::optional<StoredClip>> ClipAccess::reviewable(MutationContext &context, const QString &id)
{
    auto found = ClipRepository(context.db).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return found;
    const Domain::Clip &clip = (*found)->clip;
    const bool admin = context.user.role == Domain::Role::Admin;
    const bool brand = context.user.role == Domain::Role::Brand && clip.brandId == context.user.userId && brandSees(clip);
    if (!admin && !brand)
        return std::optional<StoredClip>();
    return found;
}

Status ClipAccess::write(MutationContext &context, StoredClip &stored, const QStringList &changedFields)
{
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    stored.clip.version += 1;
    stored.clip.updatedAtMs = context.nowMs;
    stored.fieldVersions.stamp(changedFields, stored.clip.version, context.writer);
    if (auto updated = ClipRepository(context.db).update(stored, *seq); !updated)
        return updated;
    addAudience(context, stored.clip);
    return {};
}

Status ClipAccess::insert(MutationContext &context, StoredClip &stored)
{
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    stored.clip.version = 1;
    stored.clip.createdAtMs = context.nowMs;
    stored.clip.updatedAtMs = context.nowMs;
    // The creator owns every field as created, so its own offline edits on top of the unsynced
    // row (base version 0) are not conflicts; anyone else's are.
    stored.fieldVersions.stamp(Domain::editableClipFields()
                                   << QStringLiteral("status") << QStringLiteral("media_sha256") << QStringLiteral("posted_url"),
                               1, context.writer);
    if (auto inserted = ClipRepository(context.db).insert(stored, *seq); !inserted)
        return inserted;
    addAudience(context, stored.clip);
    return {};
}

void ClipAccess::addAudience(MutationContext &context, const Domain::Clip &clip)
{
    context.audience.users.insert(clip.ownerId);
    context.audience.admins = true;
    if (brandSees(clip))
        context.audience.users.insert(clip.brandId);
}

bool ClipAccess::brandSees(const Domain::Clip &clip)
{
    return !clip.brandId.isEmpty() && clip.status != ClipStatus::Draft && clip.status != ClipStatus::Uploading;
}

QJsonObject ClipAccess::idAndVersion(const Domain::Clip &clip)
{
    return {{QStringLiteral("id"), clip.id},
            {QStringLiteral("version"), clip.version},
            {QStringLiteral("status"), Domain::clipStatusName(clip.status)}};
}

} // namespace ClipDesk::Server
