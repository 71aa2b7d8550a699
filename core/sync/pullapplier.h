#pragma once

#include "domain/error.h"
#include "sync/changeset.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace ClipDesk::Sync {

class ClientCache;
class Outbox;

struct PullApplyResult
{
    QSet<QString> changedEntities; // for item models to refresh
    qint64 cursor = 0;             // the cursor now stored
    bool hasMore = false;          // the server has more right now: pull again
    int upserts = 0;
    int deletes = 0;
    bool rebased = false;          // pending mutations were re-applied on top
};

// Applies one pull page to the client cache: upserts replace the whole row, tombstones remove
// it, and the new cursor is stored, all in ONE transaction, so a page that fails half-way
// leaves the previous rows and cursor. Rows that pending mutations changed locally are
// updated in their kept server version instead, and the pending mutations are rebased on
// top in the same transaction, so the cache never shows server rows without the user's
// unpushed edits.
class PullApplier final
{
    Q_DECLARE_TR_FUNCTIONS(PullApplier)

public:
    // `outbox` may be null when nothing is ever queued (tools, benchmarks).
    explicit PullApplier(ClientCache &cache, Outbox *outbox = nullptr);
    Q_DISABLE_COPY_MOVE(PullApplier)

    // A page whose cursor is behind the stored one is refused: it would bring back older rows.
    Result<PullApplyResult> apply(const PullPage &page);
    // The body of a GET /api/v1/sync/pull reply: decoded, then applied like apply(), storing
    // each row's text as the server wrote it (faster than writing every row out again).
    Result<PullApplyResult> applyResponse(const QByteArray &body);

private:
    Result<PullApplyResult> applyPage(const PullPage &page, const QList<QByteArrayView> &rowTexts);
    Status applyChanges(const PullPage &page, const QList<QByteArrayView> &rowTexts, PullApplyResult &result,
                        bool &serverRowsTouched);

    ClientCache &m_cache;
    Outbox *m_outbox;
};

} // namespace ClipDesk::Sync
