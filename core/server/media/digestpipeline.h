#pragma once

#include "digeststream.h"

#include <QByteArray>
#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace ClipDesk::Server {

// Feeds blocks of an upload to its digests (Upload-Checksum SHA-1, content SHA-256) on a worker
// thread, so hashing runs on the other core while the connection's thread receives and writes
// the next bytes. Every byte is hashed once, in order. At most MaxQueuedBlocks wait (push()
// blocks when the worker falls behind), and hashed blocks come back through takeBlock(), so
// memory stays at a few blocks however long the upload is.
class DigestPipeline final
{
public:
    static constexpr qsizetype BlockBytes = 1024 * 1024;
    static constexpr qsizetype MaxQueuedBlocks = 4;

    // The streams are the caller's; it must not touch them until wait() returns.
    explicit DigestPipeline(QList<DigestStream *> digests);
    ~DigestPipeline();
    Q_DISABLE_COPY_MOVE(DigestPipeline)

    bool isEmpty() const { return m_digests.isEmpty(); }
    // An empty block with BlockBytes of capacity (recycled once the worker is done with it).
    QByteArray takeBlock();
    void push(QByteArray block);
    // Returns once every pushed byte is in the digests.
    void wait();

private:
    void run();

    QList<DigestStream *> m_digests;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    QList<QByteArray> m_free;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_worker; // started by the first push()
};

} // namespace ClipDesk::Server
