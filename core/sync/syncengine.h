#pragma once

#include "reconnectbackoff.h"
#include "wakedetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;

namespace ClipDesk::Net {
class ApiClient;
class WebSocketSession;
struct ApiResponse;
}

namespace ClipDesk::Sync {

class ClientCache;
class ImageTransfer;
class MutationQueue;
class Outbox;

// Keeps one signed-in account's cache in step with the server, without ever blocking the GUI:
// a cycle pushes the pending outbox entries in order (POST /api/v1/sync/push, in batches) and
// records the answers, uploads queued profile pictures (ImageStore), then pulls every page
// since the cursor (GET /api/v1/sync/pull) through PullApplier, which rebases what is still
// pending, and downloads the pictures cached profiles refer to. It repeats while the server has more or
// new mutations were queued meanwhile.
//
// Cycles start on: start(), syncNow(), a queued mutation (debounced), a poke or a reconnect of
// the live channel, the poll timer, the network coming back, and a wall-clock jump (the
// machine slept). Failures back off exponentially with full jitter; a 401 ends the session
// through sessionRejected().
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Online, Syncing };
    Q_ENUM(State)

    static constexpr int PushBatchSize = 100;
    static constexpr int PullPageSize = 500;

    SyncEngine(ClientCache &cache, Outbox &outbox, Net::ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    // Queued mutations start a cycle shortly after (several in a row make one push).
    void watch(MutationQueue &queue);
    // Pokes and reconnects of the live channel start a cycle.
    void watch(Net::WebSocketSession &socket);

    void start();  // first cycle now, then the timers
    void stop();   // no more cycles; the one in flight is abandoned
    void setPollInterval(std::chrono::milliseconds interval);
    void setDebounce(std::chrono::milliseconds delay);

    State state() const { return m_state; }
    bool isOnline() const { return m_state != State::Offline; }
    qint64 pendingCount();
    QDateTime lastSync() const { return m_lastSync; }
    // Rows applied by pulls since start(); the first sync shows it as progress.
    int rowsApplied() const { return m_rowsApplied; }
    bool hasCompletedSync() const { return m_lastSync.isValid(); }
    QString lastError() const { return m_lastError; }
    ClientCache &cache() { return m_cache; }
    Outbox &outbox() { return m_outbox; }

public Q_SLOTS:
    // Starts a cycle now (F5), or right after the one running.
    void syncNow();
    // Catches up from the cursor now, skipping any backoff: the network came back, the machine
    // woke up, or the live channel reconnected. Never trusts the socket to have seen everything.
    void catchUp();

Q_SIGNALS:
    void stateChanged(ClipDesk::Sync::SyncEngine::State state);
    void pendingCountChanged(qint64 count);
    void lastSyncChanged(const QDateTime &when);
    // While pulling: rows applied so far and an estimate of the total (0 when unknown).
    void progress(int rowsApplied, int estimatedTotal);
    // Rejected or conflicting mutations appeared.
    void issuesChanged();
    // A cycle finished without error (everything pushed, nothing more to pull).
    void synced();
    // A cycle failed; the next attempt follows after a backoff.
    void failed(const QString &message);
    // The server refused the token (401): the session must end.
    void sessionRejected(const QString &reason);

private:
    void schedule(std::chrono::milliseconds delay);
    void beginCycle();
    void pushNext();
    void onPushed(const Net::ApiResponse &response, int sent);
    void uploadImages();
    void pullNext();
    void onPulled(const Net::ApiResponse &response);
    void finishCycle();
    void fail(const Net::ApiResponse &response);
    void failLocally(const QString &message);
    bool applyResults(const QJsonArray &results);
    void setState(State state);
    void announcePending();
    void checkClock();

    ClientCache &m_cache;
    Outbox &m_outbox;
    Net::ApiClient &m_api;
    QTimer *m_trigger;   // single shot: the next cycle
    QTimer *m_pollTimer;
    QTimer *m_clockTimer;
    ImageTransfer *m_images;
    QElapsedTimer m_monotonic;
    WakeDetector m_wake;
    ReconnectBackoff m_backoff;
    std::chrono::milliseconds m_debounce{100};
    State m_state = State::Offline;
    QDateTime m_lastSync;
    QString m_lastError;
    qint64 m_lastPending = -1;
    int m_rowsApplied = 0;
    quint64 m_generation = 0; // replies from before stop() are ignored
    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace ClipDesk::Sync
