#include "mutationqueue.h"

#include "outbox.h"

#include <QUuid>

namespace ClipDesk::Sync {

MutationQueue::MutationQueue(Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
}

Result<QString> MutationQueue::submit(const QString &name, const QJsonObject &args, qint64 baseVersion)
{
    const Mutation mutation{QUuid::createUuid().toString(QUuid::WithoutBraces), name, args, baseVersion};
    if (auto queued = m_outbox.enqueue(mutation); !queued)
        return std::unexpected(queued.error());
    Q_EMIT queued(mutation.id);
    return mutation.id;
}

} // namespace ClipDesk::Sync
