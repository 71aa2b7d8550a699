#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace ClipDesk::Sync {

class MutationContext;

// The local effect of the clip.* mutations, checked with the domain's ClipRules against the
// cached campaign, membership and clips, as the server will check them. What only the server
// knows (whether an upload has arrived, duplicates of other clippers' videos) is left to it.
class ClipEffects final
{
    Q_DECLARE_TR_FUNCTIONS(ClipEffects)

public:
    static bool handles(const QString &mutationName);
    static QStringList mutations();
    static Status apply(const MutationContext &context);

private:
    static Status create(const MutationContext &context);
    static Status update(const MutationContext &context);
    static Status attachMedia(const MutationContext &context);
    static Status submit(const MutationContext &context);
    static Status remove(const MutationContext &context);
    static Status review(const MutationContext &context);
    static Status publish(const MutationContext &context);
    static Status newVersion(const MutationContext &context);
};

} // namespace ClipDesk::Sync
