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
// thread, so hashing runs on another core while the connection's thread receives and writes
// the next bytes. Every byte is hashed once, in order. At most MaxQueuedBlocks wait, and hashed
// blocks come back through takeBlock(), so memory stays at a few blocks however long the upload
// is. When the worker falls behind, push() waits for the required digests (the checksum must be
// verified before the reply), but gives up the optional one (the content SHA-256, which the
// server can compute from the finished file): hashing never throttles receiving just for it.
class DigestPipeline final
{
public:
    static constexpr qsizetype BlockBytes = 1024 * 1024;
    static constexpr qsizetype MaxQueuedBlocks = 4;

    // The streams are the caller's; it must not touch them until wait() returns.
    explicit DigestPipeline(QList<DigestStream *> required, DigestStream *optional = nullptr);
    ~DigestPipeline();
    Q_DISABLE_COPY_MOVE(DigestPipeline)

    // Nothing (left) to feed: no required digest, and the optional one absent or given up.
    bool isEmpty() const { return m_required.isEmpty() && (!m_optional || m_optionalDropped); }
    // The optional digest was given up and is incomplete (read after wait()).
    bool optionalDropped() const { return m_optionalDropped; }
    // An empty block with BlockBytes of capacity (recycled once the worker is done with it).
    QByteArray takeBlock();
    void push(QByteArray block);
    // Returns once every pushed byte is in the digests.
    void wait();

private:
    void run();
    void dropOptional(); // with m_mutex held

    QList<DigestStream *> m_required;
    DigestStream *m_optional;
    bool m_optionalDropped = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    QList<QByteArray> m_free;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_worker; // started by the first push()
};

} // namespace ClipDesk::Server
