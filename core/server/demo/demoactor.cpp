#include "demoactor.h"

#include "server/sync/mutationcontext.h"
#include "server/sync/mutationregistry.h"
#include "sync/mutation.h"

#include <QUuid>

namespace ClipDesk::Server {

DemoActor::DemoActor(Storage::Database &db, const MutationRegistry &registry)
    : m_db(db)
    , m_registry(registry)
{
}

Result<QJsonObject> DemoActor::run(const AuthenticatedUser &user, const QString &name, const QJsonObject &args,
                                   qint64 nowMs, qint64 baseVersion)
{
    const MutationHandler *handler = m_registry.find(name);
    if (!handler)
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("The demo world uses the unknown mutation %1.").arg(name));
    const Sync::Mutation mutation{QUuid::createUuid().toString(QUuid::WithoutBraces), name, args, baseVersion};
    MutationContext context(m_db, user, mutation, nowMs);
    auto reply = (*handler)(context);
    if (!reply)
        return std::unexpected(reply.error());
    ++m_count;
    if (!reply->isOk()) {
        const QString reason = reply->outcome == Sync::Outcome::Conflict ? QStringLiteral("conflict") : reply->error.message;
        return failure(QString::fromLatin1(ErrorCode::Internal),
                       tr("The demo world's %1 by %2 was refused: %3").arg(name, user.username, reason));
    }
    return reply->body;
}

} // namespace ClipDesk::Server
