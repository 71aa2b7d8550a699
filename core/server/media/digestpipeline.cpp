#include "digestpipeline.h"

namespace ClipDesk::Server {

DigestPipeline::DigestPipeline(QList<DigestStream *> required, DigestStream *optional)
    : m_required(std::move(required))
    , m_optional(optional)
{
}

DigestPipeline::~DigestPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

QByteArray DigestPipeline::takeBlock()
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_free.isEmpty())
            return m_free.takeLast();
    }
    QByteArray block;
    block.reserve(BlockBytes);
    return block;
}

void DigestPipeline::push(QByteArray block)
{
    if (isEmpty() || block.isEmpty())
        return;
    std::unique_lock lock(m_mutex);
    if (!m_worker.joinable())
        m_worker = std::thread([this] { run(); });
    if (qsizetype(m_queue.size()) >= MaxQueuedBlocks && m_optional && !m_optionalDropped) {
        dropOptional();
        if (isEmpty())
            return;
    }
    m_changed.wait(lock, [this] { return qsizetype(m_queue.size()) < MaxQueuedBlocks; });
    m_queue.push_back(std::move(block));
    lock.unlock();
    m_changed.notify_all();
}

void DigestPipeline::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void DigestPipeline::dropOptional()
{
    m_optionalDropped = true;
    if (!m_required.isEmpty())
        return;
    // Nothing else needs the queued blocks.
    while (!m_queue.empty()) {
        QByteArray block = std::move(m_queue.front());
        m_queue.pop_front();
        block.resize(0);
        if (m_free.size() < MaxQueuedBlocks + 1)
            m_free.append(std::move(block));
    }
    m_changed.notify_all();
}

void DigestPipeline::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, nothing left
        QByteArray block = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        const bool withOptional = m_optional && !m_optionalDropped;
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        for (DigestStream *digest : std::as_const(m_required))
            digest->update(block);
        if (withOptional)
            m_optional->update(block); // given up meanwhile: harmless, it is not read
        block.resize(0); // keeps the capacity: the worker holds the only reference
        lock.lock();
        m_busy = false;
        if (m_free.size() < MaxQueuedBlocks + 1)
            m_free.append(std::move(block));
        m_changed.notify_all();
    }
}

} // namespace ClipDesk::Server
