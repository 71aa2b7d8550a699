#pragma once

#include "domain/error.h"
#include "pullsources.h"
#include "server/auth/authenticateduser.h"

#include <QList>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

struct PulledPage
{
    QList<PulledChange> changes; // in seq order
    qint64 cursor = 0;
    bool hasMore = false;
};

// One page of GET /api/v1/sync/pull, read inside one snapshot:
//   H = the change sequence's value; every source (pullsources.h) yields at most `limit` rows
//   with cursor < seq <= bound in seq order, where the bound starts at H and drops to the last
//   seq of any source that filled its limit (nothing beyond it is known yet); the merged rows
//   are cut at `limit`, and only the rows kept are turned into JSON. The page's cursor is the
//   bound (the last seq of a full page, H otherwise); has_more says whether it is below H.
// Every row has its own sequence value, so a page never splits rows of one seq, and following
// cursors from 0 visits the latest state of every row the caller may see.
class PullQuery final
{
public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 5000;

    explicit PullQuery(Storage::Database &db);
    Q_DISABLE_COPY_MOVE(PullQuery)

    Result<PulledPage> run(const AuthenticatedUser &user, qint64 cursor, int limit);

private:
    Storage::Database &m_db;
};

} // namespace ClipDesk::Server
