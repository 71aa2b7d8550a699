#include "pullquery.h"

#include "readsnapshot.h"
#include "storage/changesequence.h"
#include "storage/database.h"

#include <algorithm>

namespace ClipDesk::Server {

namespace {

// A row read but not decoded yet: most pages read more rows than they keep.
struct FetchedRow
{
    qint64 seq = 0;
    qsizetype source = 0;
    QSqlRecord record;
};

} // namespace

PullQuery::PullQuery(Storage::Database &db)
    : m_db(db)
{
}

Result<PulledPage> PullQuery::run(const AuthenticatedUser &user, qint64 cursor, int limit)
{
    limit = qBound(1, limit, MaxLimit);
    ReadSnapshot snapshot(m_db);
    if (!snapshot.begun())
        return std::unexpected(snapshot.begun().error());
    auto head = Storage::ChangeSequence::current(m_db);
    if (!head)
        return std::unexpected(head.error());

    PulledPage page;
    if (cursor >= *head) {
        page.cursor = cursor; // never move a client's cursor backwards
        return page;
    }

    const QList<PullSource> sources = PullSources::forUser(user);
    qint64 bound = *head;
    QList<FetchedRow> rows;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const PullSource &source = sources.at(i);
        auto query = m_db.exec(source.sql(), source.args(cursor, bound, limit));
        if (!query)
            return std::unexpected(query.error());
        int count = 0;
        qint64 last = 0;
        while (query->next()) {
            last = query->value(0).toLongLong();
            rows.append(FetchedRow{last, i, query->record()});
            ++count;
        }
        if (count == limit)
            bound = last; // rows of this source after `last` are not known yet
    }

    rows.removeIf([bound](const FetchedRow &row) { return row.seq > bound; });
    std::sort(rows.begin(), rows.end(), [](const FetchedRow &a, const FetchedRow &b) { return a.seq < b.seq; });
    if (rows.size() > limit) {
        rows.resize(limit);
        bound = rows.constLast().seq;
    }
    page.changes.reserve(rows.size());
    for (const FetchedRow &row : std::as_const(rows))
        page.changes.append(sources.at(row.source).decode(row.record));
    page.cursor = bound;
    page.hasMore = bound < *head;
    return page;
}

} // namespace ClipDesk::Server
