#include "pullquery.h"

#include "pullsources.h"
#include "readsnapshot.h"
#include "storage/changesequence.h"
#include "storage/database.h"

#include <algorithm>

namespace ClipDesk::Server {

PullQuery::PullQuery(Storage::Database &db)
    : m_db(db)
{
}

Result<Sync::PullPage> PullQuery::run(const AuthenticatedUser &user, qint64 cursor, int limit)
{
    limit = qBound(1, limit, MaxLimit);
    ReadSnapshot snapshot(m_db);
    if (!snapshot.begun())
        return std::unexpected(snapshot.begun().error());
    auto head = Storage::ChangeSequence::current(m_db);
    if (!head)
        return std::unexpected(head.error());

    Sync::PullPage page;
    if (cursor >= *head) {
        page.cursor = cursor; // never move a client's cursor backwards
        return page;
    }

    qint64 bound = *head;
    QList<Sync::Change> changes;
    for (const PullSource &source : PullSources::forUser(user)) {
        auto query = m_db.exec(source.sql(), source.args(cursor, bound, limit));
        if (!query)
            return std::unexpected(query.error());
        int count = 0;
        qint64 last = 0;
        while (query->next()) {
            const QSqlRecord record = query->record();
            changes.append(source.decode(record));
            last = changes.constLast().seq;
            ++count;
        }
        if (count == limit)
            bound = last; // rows of this source after `last` are not known yet
    }

    changes.removeIf([bound](const Sync::Change &change) { return change.seq > bound; });
    std::sort(changes.begin(), changes.end(), [](const Sync::Change &a, const Sync::Change &b) { return a.seq < b.seq; });
    if (changes.size() > limit) {
        changes.resize(limit);
        bound = changes.constLast().seq;
    }
    page.changes = std::move(changes);
    page.cursor = bound;
    page.hasMore = bound < *head;
    return page;
}

} // namespace ClipDesk::Server
