#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ClipDesk::Testing {

// The expectation table of tst_authzmatrix: for every mutation of PROTOCOL.md and every REST
// route that takes an object id, what each actor gets against its own object, someone else's
// and a random id that does not exist.
//
// Outcomes:
//   "ok"          the mutation applies (run on a freshly built object of that kind)
//   "not_found"   rejected, code not_found ("not yours" looks like "not found")
//   "forbidden"   rejected, code forbidden (the role may never do this, or a domain rule
//                 such as answering one's own offer)
//   "rejected"    rejected by a domain rule (any code but not_found)
//   "<code>"      rejected with exactly that code (already_exists, unknown_mutation)
//   "http401"     the request is refused before any mutation runs
//   "200"/"404"   REST status
//   "-"           not meaningful; not run
class AuthzTable final
{
public:
    struct Row
    {
        QString operation; // mutation name, or "GET /api/v1/campaigns/{id}"-style route
        QString target;
        QStringList outcomes; // one per actor, in actors() order
    };

    // anonymous, clipperA, clipperB, brandA, brandB, admin
    static const QStringList &actors();
    static QList<Row> mutationRows();
    static QList<Row> restRows();
};

} // namespace ClipDesk::Testing
