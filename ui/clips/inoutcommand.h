#pragma once

#include <QUndoCommand>

#include <functional>

namespace ClipDesk::Ui {

// The clip's in and out points, microseconds on the file's timeline.
struct InOutRange
{
    qint64 inUs = 0;
    qint64 outUs = 0;

    friend bool operator==(const InOutRange &, const InOutRange &) = default;
};

// One edit of the in/out points. Edits made by the same drag (same non-zero dragId) merge into
// one undo step.
class InOutCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const InOutRange &)>;

    InOutCommand(const QString &text, InOutRange before, InOutRange after, int dragId, Apply apply);
    Q_DISABLE_COPY_MOVE(InOutCommand)

    void undo() override;
    void redo() override;
    int id() const override { return 0x1c11; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    InOutRange m_before;
    InOutRange m_after;
    int m_dragId;
    Apply m_apply;
};

} // namespace ClipDesk::Ui
