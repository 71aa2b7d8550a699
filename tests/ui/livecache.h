#pragma once

#include "appcontext.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "sync/outbox.h"
#include "testapiclient.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace ClipDesk::Testing {

// One signed-in user's real client cache, filled from a real server: pull() reads every page of
// GET /api/v1/sync/pull into the cache through PullApplier; push() sends the outbox through
// POST /api/v1/sync/push and records the answers. context() is what the pages get.
class LiveCache final
{
public:
    LiveCache(TestApiClient &api, const TestUser &user);
    Q_DISABLE_COPY_MOVE(LiveCache)

    bool isValid() const { return m_cache != nullptr; }
    Ui::AppContext &context() { return m_context; }
    Sync::ClientCache &cache() { return *m_cache; }
    Sync::Outbox &outbox() { return *m_outbox; }

    bool pull();        // false (with a QWARN) when a page failed
    bool push();        // pushes every pending mutation; false when the push failed
    bool sync() { return push() && pull(); }
    qint64 pendingCount();
    // The pending mutations' names, in order.
    QStringList pendingNames();

private:
    TestApiClient &m_api;
    TestUser m_user;
    QTemporaryDir m_dir;
    std::unique_ptr<Sync::ClientCache> m_cache;
    std::unique_ptr<Sync::Outbox> m_outbox;
    std::unique_ptr<Sync::MutationQueue> m_queue;
    Ui::AppContext m_context;
};

// Saves widget.grab() to $CLIPDESK_TEST_OUTPUT/screenshots/<name>.
void saveScreenshot(QWidget &widget, const QString &name);

} // namespace ClipDesk::Testing
