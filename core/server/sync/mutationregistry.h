#pragma once

#include "mutationcontext.h"
#include "mutationreply.h"

#include <QHash>
#include <QString>

#include <functional>

namespace ClipDesk::Server {

// A mutation's server side: authorize, validate, apply. Runs inside the mutation's
// transaction; a reply other than ok makes the processor undo everything it wrote.
using MutationHandler = std::function<Result<MutationReply>(MutationContext &)>;

// Mutation name → handler.
class MutationRegistry final
{
public:
    MutationRegistry() = default;
    Q_DISABLE_COPY_MOVE(MutationRegistry)

    // Every mutation listed in PROTOCOL.md.
    static void registerAll(MutationRegistry &registry);

    void add(const QString &name, MutationHandler handler);
    // Null for an unknown name.
    const MutationHandler *find(const QString &name) const;
    QStringList names() const { return m_handlers.keys(); }

private:
    QHash<QString, MutationHandler> m_handlers;
};

} // namespace ClipDesk::Server
