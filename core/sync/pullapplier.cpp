#include "sync/pullapplier.h"

#include "storage/database.h"
#include "sync/cachelog.h"
#include "sync/cacherowwriter.h"
#include "sync/cacheschema.h"
#include "sync/clientcache.h"
#include "sync/outbox.h"
#include "sync/rowtextscanner.h"

#include <QJsonDocument>
#include <QPair>

namespace ClipDesk::Sync {

namespace {

using RowKey = QPair<QString, QString>;

Result<QSet<RowKey>> keptServerRows(Storage::Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT entity, id FROM server_rows"));
    if (!query)
        return std::unexpected(query.error());
    QSet<RowKey> keys;
    while (query->next())
        keys.insert({query->value(0).toString(), query->value(1).toString()});
    return keys;
}

} // namespace

PullApplier::PullApplier(ClientCache &cache, Outbox *outbox)
    : m_cache(cache)
    , m_outbox(outbox)
{
}

Result<PullApplyResult> PullApplier::apply(const PullPage &page)
{
    return applyPage(page, {});
}

Result<PullApplyResult> PullApplier::applyResponse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("The pull reply is not a JSON object: %1").arg(error.errorString()));
    const auto page = ChangeCodec::pageFromJson(document.object());
    if (!page)
        return std::unexpected(page.error());
    auto rowTexts = RowTextScanner::rowTexts(body);
    if (!rowTexts || rowTexts->size() != page->changes.size()) {
        qCDebug(lcCache) << "pull reply rows not found in the text; writing them out again";
        rowTexts = QList<QByteArrayView>();
    }
    return applyPage(*page, *rowTexts);
}

Result<PullApplyResult> PullApplier::applyPage(const PullPage &page, const QList<QByteArrayView> &rowTexts)
{
    Storage::Database &db = m_cache.database();
    Storage::WriteTransaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    const auto stored = m_cache.cursor();
    if (!stored)
        return std::unexpected(stored.error());
    if (page.cursor < *stored)
        return failure(QString::fromLatin1(ErrorCode::Conflict),
                       tr("The pull page ends at %1, behind the cache's cursor %2.").arg(page.cursor).arg(*stored));

    PullApplyResult result;
    bool serverRowsTouched = false;
    if (auto applied = applyChanges(page, rowTexts, result, serverRowsTouched); !applied)
        return std::unexpected(applied.error());
    if (auto moved = m_cache.setCursor(page.cursor); !moved)
        return std::unexpected(moved.error());
    result.cursor = page.cursor;
    result.hasMore = page.hasMore;

    if (m_outbox && !page.changes.isEmpty()) {
        // Rebase when unpushed edits may sit on top of what just changed: rows they kept a
        // server copy of, or pending mutations at all (their checks may read any row).
        bool needed = serverRowsTouched;
        if (!needed) {
            const auto pendingCount = m_outbox->pendingCount();
            if (!pendingCount)
                return std::unexpected(pendingCount.error());
            const auto kept = db.queryOne(QStringLiteral("SELECT 1 FROM server_rows LIMIT 1"));
            if (!kept)
                return std::unexpected(kept.error());
            needed = *pendingCount > 0 || kept->has_value();
        }
        if (needed) {
            const auto rebased = m_outbox->rebaseInTransaction();
            if (!rebased)
                return std::unexpected(rebased.error());
            result.changedEntities.unite(*rebased);
            result.rebased = true;
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    qCDebug(lcCache) << "applied pull page:" << result.upserts << "upserts," << result.deletes << "deletes, cursor"
                     << result.cursor;
    m_cache.announce(result.changedEntities);
    return result;
}

Status PullApplier::applyChanges(const PullPage &page, const QList<QByteArrayView> &rowTexts, PullApplyResult &result,
                                 bool &serverRowsTouched)
{
    const bool haveTexts = rowTexts.size() == page.changes.size();
    qsizetype index = -1;
    Storage::Database &db = m_cache.database();
    const auto kept = keptServerRows(db);
    if (!kept)
        return std::unexpected(kept.error());
    CacheRowWriter &writer = m_cache.rowWriter();
    for (const Change &change : page.changes) {
        ++index;
        const QByteArrayView rowText = haveTexts && !change.deleted ? rowTexts.at(index) : QByteArrayView();
        const CacheTable *table = CacheSchema::table(change.entity);
        if (!table)
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                           tr("The pull page holds an unknown kind of row, \"%1\".").arg(change.entity));
        if (!change.deleted) {
            const QJsonValue key = change.row.value(table->keyColumn);
            if (change.id.isEmpty() || (!key.isUndefined() && key.toString() != change.id))
                return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                               tr("A %1 row in the pull page does not match its id %2.").arg(change.entity, change.id));
        }
        if (!kept->isEmpty() && kept->contains({change.entity, change.id})) {
            // A pending mutation changed this row locally: refresh the server copy it keeps;
            // the rebase below rebuilds the visible row from it.
            const QVariant json = change.deleted ? QVariant(QMetaType::fromType<QString>())
                : !rowText.isEmpty()             ? QVariant(QString::fromUtf8(rowText))
                                                 : QVariant(QString::fromUtf8(QJsonDocument(change.row).toJson(QJsonDocument::Compact)));
            const auto updated = db.exec(QStringLiteral("UPDATE server_rows SET row_json = ? WHERE entity = ? AND id = ?"),
                                         {json, change.entity, change.id});
            if (!updated)
                return std::unexpected(updated.error());
            serverRowsTouched = true;
        } else {
            const Status written = change.deleted ? writer.remove(change.entity, change.id)
                                                  : writer.upsert(change.entity, change.id, change.row, rowText);
            if (!written)
                return written;
        }
        change.deleted ? ++result.deletes : ++result.upserts;
        result.changedEntities.insert(change.entity);
    }
    return {};
}

} // namespace ClipDesk::Sync
