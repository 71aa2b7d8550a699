#pragma once

#include "pulledstate.h"
#include "syncactor.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

namespace ClipDesk::Testing {

// Seeded random edits for tst_pullcorrectness: given what the admin currently sees, a few
// mutations one actor could plausibly push now. Many change what others may see: activate,
// pause, make private or public, flag and unflag, offers, accepts, removals, deleting drafts.
// Concurrency makes some of them fail (conflicts, closed offers); that is part of the test.
class EditGenerator final
{
public:
    explicit EditGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    QJsonArray next(const SyncActor &actor, const PulledState &world, const QStringList &clipperIds);
    QRandomGenerator &random() { return m_random; }

private:
    QJsonObject brandEdit(const SyncActor &actor, const PulledState &world, const QStringList &clipperIds);
    QJsonObject clipperEdit(const SyncActor &actor, const PulledState &world);
    QJsonObject adminEdit(const PulledState &world);
    QJsonObject answer(const QJsonObject &offer);
    template<typename Pred>
    QJsonObject pick(const QMap<QString, QJsonObject> &rows, Pred matches);

    QRandomGenerator m_random;
};

} // namespace ClipDesk::Testing
