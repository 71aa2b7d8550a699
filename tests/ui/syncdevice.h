#pragma once

#include "appcontext.h"
#include "net/apiclient.h"
#include "net/websocketsession.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "testapiclient.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace ClipDesk::Testing {

// One signed-in app instance for sync tests: the real cache file (kept across "restarts":
// destroy the device and make a new one on the same file), outbox, mutation queue, REST client,
// live channel and sync engine, wired like the app wires them.
class SyncDevice final
{
public:
    SyncDevice(const QString &cacheFile, const TestUser &user, const QUrl &serverUrl, bool liveChannel = false);
    ~SyncDevice();
    Q_DISABLE_COPY_MOVE(SyncDevice)

    bool isValid() const { return m_engine != nullptr; }
    Sync::ClientCache &cache() { return *m_cache; }
    Sync::Outbox &outbox() { return *m_outbox; }
    Sync::MutationQueue &queue() { return *m_queue; }
    Sync::SyncEngine &engine() { return *m_engine; }
    Net::ApiClient &api() { return m_api; }
    Net::WebSocketSession &socket() { return m_socket; }
    Ui::AppContext &context() { return m_context; }
    void setServer(const QUrl &serverUrl);

    // Runs the event loop until the engine finished a cycle with nothing left to push.
    bool waitUntilSynced(int timeoutMs = 30'000);
    qint64 pending() { return m_engine->pendingCount(); }

private:
    Net::ApiClient m_api;
    Net::WebSocketSession m_socket;
    std::unique_ptr<Sync::ClientCache> m_cache;
    std::unique_ptr<Sync::Outbox> m_outbox;
    std::unique_ptr<Sync::MutationQueue> m_queue;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    Ui::AppContext m_context;
    TestUser m_user;
    bool m_live = false;
};

} // namespace ClipDesk::Testing
