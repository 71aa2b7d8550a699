#include "sync/outbox.h"

#include "storage/database.h"
#include "sync/cachelog.h"
#include "sync/cacherowwriter.h"
#include "sync/clientcache.h"
#include "sync/optimisticrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace ClipDesk::Sync {

namespace {

const QString EntryColumns = QStringLiteral("seq, mutation_id, name, args_json, base_version, created_at, state, result_json");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

OutboxState stateFromName(const QString &name)
{
    if (name == u"rejected")
        return OutboxState::Rejected;
    if (name == u"conflict")
        return OutboxState::Conflict;
    return OutboxState::Pending;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending: return QStringLiteral("pending");
    case OutboxState::Rejected: return QStringLiteral("rejected");
    case OutboxState::Conflict: return QStringLiteral("conflict");
    }
    return {};
}

Outbox::Outbox(ClientCache &cache, Viewer viewer)
    : m_cache(cache)
    , m_applier(std::move(viewer))
{
}

Result<qint64> Outbox::enqueue(const Mutation &mutation)
{
    if (QUuid::fromString(mutation.id).isNull())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("A mutation needs an id that is a UUID."));
    Storage::Database &db = m_cache.database();
    Storage::WriteTransaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    const auto queued = db.queryOne(QStringLiteral("SELECT 1 FROM outbox WHERE mutation_id = ?"), {mutation.id});
    if (!queued)
        return std::unexpected(queued.error());
    if (*queued)
        return failure(QString::fromLatin1(MutationError::AlreadyExists),
                       tr("The mutation %1 is already queued.").arg(mutation.id));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    OptimisticRows rows(m_cache);
    if (auto applied = m_applier.apply(rows, mutation, now); !applied) {
        qCDebug(lcCache) << "refused" << mutation.name << applied.error().code << applied.error().message;
        return std::unexpected(applied.error());
    }
    const auto inserted = db.exec(
        QStringLiteral("INSERT INTO outbox (mutation_id, name, args_json, base_version, created_at, state)"
                       " VALUES (?, ?, ?, ?, ?, 'pending')"),
        {mutation.id, mutation.name, compactJson(mutation.args), mutation.baseVersion, now});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 seq = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    m_cache.announce(rows.changedEntities());
    return seq;
}

Result<QList<OutboxEntry>> Outbox::load(const QString &condition, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY seq").arg(EntryColumns, condition);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto query = m_cache.database().exec(sql);
    if (!query)
        return std::unexpected(query.error());
    QList<OutboxEntry> entries;
    while (query->next()) {
        OutboxEntry entry;
        entry.seq = query->value(0).toLongLong();
        entry.mutation.id = query->value(1).toString();
        entry.mutation.name = query->value(2).toString();
        entry.mutation.args = parseObject(query->value(3));
        entry.mutation.baseVersion = query->value(4).toLongLong();
        entry.createdAtMs = query->value(5).toLongLong();
        entry.state = stateFromName(query->value(6).toString());
        if (!query->value(7).isNull()) {
            auto result = MutationCodec::resultFromJson(parseObject(query->value(7)));
            if (result)
                entry.result = *result;
        }
        entries.append(std::move(entry));
    }
    return entries;
}

Result<QList<OutboxEntry>> Outbox::pending(int limit)
{
    return load(QStringLiteral("state = 'pending'"), limit);
}

Result<qint64> Outbox::pendingCount()
{
    const auto row = m_cache.database().queryOne(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->value(0).toLongLong() : 0;
}

Result<QList<OutboxEntry>> Outbox::issues()
{
    return load(QStringLiteral("state <> 'pending'"), -1);
}

// Returns whether the outbox knew the mutation.
Result<bool> Outbox::record(const MutationResult &result)
{
    Storage::Database &db = m_cache.database();
    Result<QSqlQuery> done = result.outcome == Outcome::Ok
        ? db.exec(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"), {result.mutationId})
        : db.exec(QStringLiteral("UPDATE outbox SET state = ?, result_json = ? WHERE mutation_id = ?"),
                  {result.outcome == Outcome::Rejected ? QStringLiteral("rejected") : QStringLiteral("conflict"),
                   compactJson(MutationCodec::toJson(result)), result.mutationId});
    if (!done)
        return std::unexpected(done.error());
    return done->numRowsAffected() > 0;
}

Status Outbox::markResult(const MutationResult &result)
{
    const auto known = m_cache.database().queryOne(QStringLiteral("SELECT 1 FROM outbox WHERE mutation_id = ?"),
                                                   {result.mutationId});
    if (!known)
        return std::unexpected(known.error());
    if (!*known)
        return failure(QString::fromLatin1(ErrorCode::NotFound),
                       tr("The outbox has no mutation %1.").arg(result.mutationId));
    return markResults({result});
}

Status Outbox::markResults(const QList<MutationResult> &results)
{
    Storage::WriteTransaction transaction(m_cache.database());
    if (!transaction.begun())
        return transaction.begun();
    bool undo = false;
    for (const MutationResult &result : results) {
        const auto known = record(result);
        if (!known)
            return std::unexpected(known.error());
        if (!*known)
            qCDebug(lcCache) << "result for a mutation no longer queued:" << result.mutationId;
        else if (result.outcome != Outcome::Ok)
            undo = true;
    }
    QSet<QString> changed;
    if (undo) {
        const auto rebased = rebaseInTransaction();
        if (!rebased)
            return std::unexpected(rebased.error());
        changed = *rebased;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_cache.announce(changed);
    return {};
}

Status Outbox::rebaseVersion(const QString &id, qint64 version)
{
    auto updated = m_cache.database().exec(QStringLiteral("UPDATE outbox SET base_version = ? WHERE state = 'pending'"
                                                          " AND json_extract(args_json, '$.id') = ? AND base_version < ?"),
                                           {version, id, version});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status Outbox::dismiss(const QString &mutationId)
{
    const auto removed = m_cache.database().exec(
        QStringLiteral("DELETE FROM outbox WHERE mutation_id = ? AND state <> 'pending'"), {mutationId});
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return failure(QString::fromLatin1(ErrorCode::NotFound),
                       tr("There is no sync issue for the mutation %1.").arg(mutationId));
    return {};
}

Status Outbox::rebase()
{
    Storage::WriteTransaction transaction(m_cache.database());
    if (!transaction.begun())
        return transaction.begun();
    const auto changed = rebaseInTransaction();
    if (!changed)
        return std::unexpected(changed.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_cache.announce(*changed);
    return {};
}

Result<QSet<QString>> Outbox::rebaseInTransaction()
{
    Storage::Database &db = m_cache.database();
    QSet<QString> changed;

    // 1. The server's rows back in place.
    struct Kept
    {
        QString entity;
        QString id;
        QVariant json;
    };
    QList<Kept> kept;
    {
        auto query = db.exec(QStringLiteral("SELECT entity, id, row_json FROM server_rows"));
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            kept.append({query->value(0).toString(), query->value(1).toString(), query->value(2)});
    }
    for (const Kept &row : kept) {
        const Status restored = row.json.isNull() ? m_cache.rowWriter().remove(row.entity, row.id)
                                                  : m_cache.rowWriter().upsert(row.entity, row.id, parseObject(row.json));
        if (!restored)
            return std::unexpected(restored.error());
        changed.insert(row.entity);
    }
    if (auto cleared = db.exec(QStringLiteral("DELETE FROM server_rows")); !cleared)
        return std::unexpected(cleared.error());

    // 2. The pending mutations on top, each in a savepoint so that one that no longer applies
    // leaves no trace.
    const auto entries = pending(-1);
    if (!entries)
        return std::unexpected(entries.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const OutboxEntry &entry : *entries) {
        if (auto saved = db.exec(QStringLiteral("SAVEPOINT reapply")); !saved)
            return std::unexpected(saved.error());
        OptimisticRows rows(m_cache);
        if (auto applied = m_applier.apply(rows, entry.mutation, now); applied) {
            changed.unite(rows.changedEntities());
        } else {
            qCDebug(lcCache) << "pending" << entry.mutation.name << entry.mutation.id
                             << "no longer applies locally:" << applied.error().message;
            if (auto undone = db.exec(QStringLiteral("ROLLBACK TO reapply")); !undone)
                return std::unexpected(undone.error());
        }
        if (auto released = db.exec(QStringLiteral("RELEASE reapply")); !released)
            return std::unexpected(released.error());
    }
    return changed;
}

} // namespace ClipDesk::Sync
