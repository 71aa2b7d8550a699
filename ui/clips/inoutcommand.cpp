#include "clips/inoutcommand.h"

namespace ClipDesk::Ui {

InOutCommand::InOutCommand(const QString &text, InOutRange before, InOutRange after, int dragId, Apply apply)
    : QUndoCommand(text)
    , m_before(before)
    , m_after(after)
    , m_dragId(dragId)
    , m_apply(std::move(apply))
{
}

void InOutCommand::undo()
{
    m_apply(m_before);
}

void InOutCommand::redo()
{
    m_apply(m_after);
}

bool InOutCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const InOutCommand *>(other);
    if (m_dragId == 0 || next->m_dragId != m_dragId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace ClipDesk::Ui
