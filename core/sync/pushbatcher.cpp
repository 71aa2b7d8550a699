#include "pushbatcher.h"


#include <QSet>

namespace ClipDesk::Sync {

QString PushBatcher::targetId(const Mutation &mutation)
{
    return mutation.args.value(QLatin1String("id")).toString();
}

QList<OutboxEntry> PushBatcher::nextBatch(const QList<OutboxEntry> &pending)
{
    QList<OutboxEntry> batch;
    QSet<QString> rows;
    for (const OutboxEntry &entry : pending) {
        const QString id = targetId(entry.mutation);
        if (!id.isEmpty() && rows.contains(id) && !batch.isEmpty())
            break;
        if (!id.isEmpty())
            rows.insert(id);
        batch.append(entry);
    }
    return batch;
}

Status PushBatcher::carryVersions(Outbox &outbox, const QList<MutationResult> &results)
{
    for (const MutationResult &result : results) {
        if (result.outcome != Outcome::Ok)
            continue;
        const QString id = result.current.value(QLatin1String("id")).toString();
        const qint64 version = result.current.value(QLatin1String("version")).toInteger();
        if (id.isEmpty() || version <= 0)
            continue;
        if (auto rebased = outbox.rebaseVersion(id, version); !rebased)
            return rebased;
    }
    return {};
}

} // namespace ClipDesk::Sync
