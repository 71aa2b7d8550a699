#include "notificationwriter.h"

#include "mutationcontext.h"
#include "storage/notificationrepository.h"

#include <QUuid>

namespace ClipDesk::Server {

Status NotificationWriter::notify(MutationContext &context, const QString &userId, const QString &kind, const QString &title,
                                  const QString &body, const QString &entity, const QString &entityId)
{
    Domain::Notification notification;
    notification.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    notification.userId = userId;
    notification.kind = kind;
    notification.title = title;
    notification.body = body;
    notification.entity = entity;
    notification.entityId = entityId;
    notification.createdAtMs = context.nowMs;
    notification.version = 1;
    auto seq = context.nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    if (auto inserted = Storage::NotificationRepository(context.db).insert(notification, *seq); !inserted)
        return inserted;
    context.audience.users.insert(userId);
    return {};
}

} // namespace ClipDesk::Server
