#include "pushprocessor.h"

#include "mutationregistry.h"
#include "synclog.h"
#include "storage/appliedmutationrepository.h"
#include "storage/changesequence.h"
#include "storage/database.h"

#include <QDateTime>

namespace ClipDesk::Server {

PushProcessor::PushProcessor(Storage::Database &db, const MutationRegistry &registry)
    : m_db(db)
    , m_registry(registry)
{
}

PushProcessor::Outcome PushProcessor::process(const AuthenticatedUser &user, const PushRequest &request)
{
    Outcome outcome;
    outcome.results.reserve(request.mutations.size());
    for (const PushedMutation &pushed : request.mutations) {
        auto result = applyOne(user, request.clientId, pushed, outcome.results.isEmpty(), outcome.audience);
        if (!result) {
            qCWarning(lcSync) << "push stopped at mutation" << pushed.id << pushed.name << result.error().message;
            outcome.failure = result.error();
            break;
        }
        outcome.results.append(*result);
    }
    return outcome;
}

Result<Sync::MutationResult> PushProcessor::applyOne(const AuthenticatedUser &user, const QString &clientId,
                                                     const PushedMutation &pushed, bool firstOfPush, ChangeAudience &audience)
{
    Storage::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    // Serializes with every other writer of synced rows, also in other server processes.
    if (auto locked = Storage::ChangeSequence::lockForWrite(m_db); !locked)
        return std::unexpected(locked.error());

    Storage::AppliedMutationRepository applied(m_db);
    auto earlier = applied.find(clientId, pushed.id);
    if (!earlier)
        return std::unexpected(earlier.error());
    if (earlier->has_value()) {
        if ((*earlier)->userId != user.userId)
            return Sync::MutationResult::rejected(
                pushed.id, Error{QString::fromLatin1(SyncErrorCode::MutationIdReused),
                                 tr("This mutation id was already used by another account; pick a new id.")});
        auto stored = Sync::MutationCodec::resultFromJson((*earlier)->result);
        if (!stored)
            return failure(QString::fromLatin1(ErrorCode::Internal), stored.error().message);
        stored->mutationId = pushed.id;
        return stored; // the transaction rolls back; nothing changed
    }

    if (firstOfPush) {
        if (auto forgotten = applied.forgetAcknowledged(clientId, user.userId); !forgotten)
            return std::unexpected(forgotten.error());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ChangeAudience changed;
    auto result = runHandler(user, clientId, pushed, now, changed);
    if (!result)
        return result;
    const Storage::AppliedMutation record{clientId, pushed.id, user.userId, pushed.name,
                                          Sync::MutationCodec::toJson(*result), now};
    if (auto inserted = applied.insert(record); !inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    if (result->outcome != Sync::Outcome::Ok)
        qCDebug(lcSync) << "mutation" << pushed.name << outcomeName(result->outcome) << result->code;
    audience.merge(changed);
    return result;
}

Result<Sync::MutationResult> PushProcessor::runHandler(const AuthenticatedUser &user, const QString &clientId,
                                                       const PushedMutation &pushed,
                                                       qint64 nowMs, ChangeAudience &audience)
{
    if (!pushed.mutation)
        return Sync::MutationResult::rejected(pushed.id, pushed.mutation.error());
    const MutationHandler *handler = m_registry.find(pushed.mutation->name);
    if (!handler)
        return Sync::MutationResult::rejected(
            pushed.id, Error{QString::fromLatin1(SyncErrorCode::UnknownMutation),
                             tr("\"%1\" is not a mutation this server knows.").arg(pushed.mutation->name)});

    if (auto saved = m_db.exec(QStringLiteral("SAVEPOINT mutation")); !saved)
        return std::unexpected(saved.error());
    MutationContext context(m_db, user, *pushed.mutation, nowMs);
    context.writer = user.userId + u'/' + clientId;
    auto reply = (*handler)(context);
    if (!reply)
        return std::unexpected(reply.error());
    if (!reply->isOk()) {
        // Rejections and conflicts change nothing, whatever the handler wrote before deciding.
        if (auto undone = m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT mutation")); !undone)
            return std::unexpected(undone.error());
    } else {
        audience = context.audience;
    }
    if (auto released = m_db.exec(QStringLiteral("RELEASE SAVEPOINT mutation")); !released)
        return std::unexpected(released.error());
    return reply->toResult(pushed.id);
}

} // namespace ClipDesk::Server
