#include "syncdevice.h"

#include "domain/role.h"

#include <QSignalSpy>
#include <QtTest>

namespace ClipDesk::Testing {

SyncDevice::SyncDevice(const QString &cacheFile, const TestUser &user, const QUrl &serverUrl, bool liveChannel)
    : m_user(user)
    , m_live(liveChannel)
{
    auto cache = Sync::ClientCache::open(cacheFile);
    if (!cache) {
        qWarning("cannot open the cache: %s", qPrintable(cache.error().message));
        return;
    }
    m_cache = std::move(*cache);
    const Sync::Viewer viewer{user.id, Domain::roleFromName(user.role).value_or(Domain::Role::Clipper)};
    m_outbox = std::make_unique<Sync::Outbox>(*m_cache, viewer);
    m_queue = std::make_unique<Sync::MutationQueue>(*m_outbox);
    m_api.setToken(user.token);
    m_api.setTimeout(std::chrono::seconds(10));
    m_engine = std::make_unique<Sync::SyncEngine>(*m_cache, *m_outbox, m_api);
    m_engine->watch(*m_queue);
    m_engine->watch(m_socket);
    m_context.cache = m_cache.get();
    m_context.mutations = m_queue.get();
    m_context.viewer = viewer;
    m_context.displayName = user.username;
    setServer(serverUrl);
    m_engine->start();
}

SyncDevice::~SyncDevice()
{
    if (m_engine)
        m_engine->stop();
    m_socket.close();
    m_api.abortAll();
}

void SyncDevice::setServer(const QUrl &serverUrl)
{
    m_api.setBaseUrl(serverUrl);
    m_context.serverUrl = serverUrl;
    if (m_live)
        m_socket.open(serverUrl, m_user.token);
}

bool SyncDevice::waitUntilSynced(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy synced(m_engine.get(), &Sync::SyncEngine::synced);
    m_engine->syncNow();
    while (timer.elapsed() < timeoutMs) {
        if (synced.wait(200) || !synced.isEmpty()) {
            auto pending = m_outbox->pending(1);
            if (pending && pending->isEmpty() && m_engine->state() == Sync::SyncEngine::State::Online)
                return true;
            synced.clear();
        }
    }
    qWarning("not synced: %s", qPrintable(m_engine->lastError()));
    return false;
}

} // namespace ClipDesk::Testing
