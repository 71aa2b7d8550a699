#pragma once

#include "domain/error.h"

#include <QString>

namespace ClipDesk::Server {

class MutationContext;

// Writes a notification for one user as part of a mutation, and pokes that user.
class NotificationWriter final
{
public:
    static Status notify(MutationContext &context, const QString &userId, const QString &kind, const QString &title,
                         const QString &body, const QString &entity, const QString &entityId);
};

} // namespace ClipDesk::Server
