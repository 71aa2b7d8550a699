#pragma once

#include "domain/error.h"
#include "sync/mutation.h"
#include "sync/mutationcontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace ClipDesk::Sync {

class OptimisticRows;

// Predicts a mutation's effect on the cache with the same core/domain rules the server runs:
// checks who may do it and whether it is valid against the cached rows, then writes the rows
// it changes. What only the server can know (final versions, the id of a membership an
// accepted offer creates, audit entries, notifications) is left to the next pull.
class LocalMutationApplier final
{
    Q_DECLARE_TR_FUNCTIONS(LocalMutationApplier)

public:
    explicit LocalMutationApplier(Viewer viewer);

    const Viewer &viewer() const { return m_viewer; }
    static QStringList supportedMutations();

    // Checks and applies `mutation` through `rows`. On failure nothing has been written
    // (the checks run before the first write; callers also run it in a transaction).
    Status apply(OptimisticRows &rows, const Mutation &mutation, qint64 nowMs) const;

private:
    Viewer m_viewer;
};

} // namespace ClipDesk::Sync
