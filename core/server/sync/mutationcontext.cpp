#include "mutationcontext.h"

#include "storage/changesequence.h"

namespace ClipDesk::Server {

MutationContext::MutationContext(Storage::Database &database, const AuthenticatedUser &caller, const Sync::Mutation &pushed,
                                 qint64 now)
    : db(database)
    , user(caller)
    , mutation(pushed)
    , nowMs(now)
{
}

Result<qint64> MutationContext::nextSeq()
{
    auto seq = Storage::ChangeSequence::next(db);
    if (seq)
        m_lastSeq = qMax(m_lastSeq, *seq);
    return seq;
}

} // namespace ClipDesk::Server
