#pragma once

#include "domain/error.h"
#include "storage/cliprepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ClipDesk::Server {

class MutationContext;

// Clip lookups, writes and poke audiences shared by the clip mutations.
class ClipAccess final
{
    Q_DECLARE_TR_FUNCTIONS(ClipAccess)

public:
    static inline const QString Label = QStringLiteral("clip");

    // The clip if it exists and belongs to the calling user, else std::nullopt.
    static Result<std::optional<Storage::StoredClip>> owned(MutationContext &context, const QString &id);
    // The clip if the caller may review it (the campaign's brand once submitted, or an admin).
    static Result<std::optional<Storage::StoredClip>> reviewable(MutationContext &context, const QString &id);
    // Writes a changed clip (version + 1, the changed fields stamped) under a new change sequence value.
    static Status write(MutationContext &context, Storage::StoredClip &stored, const QStringList &changedFields);
    // Inserts a new clip (version 1, every field stamped as the creator's).
    static Status insert(MutationContext &context, Storage::StoredClip &stored);
    // The owner, admins, and the campaign's brand once it may see the clip.
    static void addAudience(MutationContext &context, const Domain::Clip &clip);
    static bool brandSees(const Domain::Clip &clip);

    static QJsonObject idAndVersion(const Domain::Clip &clip);
};

} // namespace ClipDesk::Server
