#pragma once

#include "domain/error.h"
#include "mutation.h"

#include <QJsonObject>
#include <QObject>

namespace ClipDesk::Sync {

class Outbox;

// The one way the UI changes data: builds a named mutation with a fresh id, applies it to the
// cache and queues it in the outbox (one transaction, via Outbox::enqueue), then tells the
// sync engine there is something to push. Bad input is refused by the domain rules before
// anything is written; the returned Error carries the message to show.
class MutationQueue final : public QObject
{
    Q_OBJECT

public:
    explicit MutationQueue(Outbox &outbox, QObject *parent = nullptr);

    // Returns the new mutation's id.
    Result<QString> submit(const QString &name, const QJsonObject &args, qint64 baseVersion = 0);
    Outbox &outbox() { return m_outbox; }

Q_SIGNALS:
    void queued(const QString &mutationId);

private:
    Outbox &m_outbox;
};

} // namespace ClipDesk::Sync
