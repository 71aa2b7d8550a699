#include "syncengine.h"

#include "clientcache.h"
#include "imagestore.h"
#include "imagetransfer.h"
#include "mutation.h"
#include "mutationqueue.h"
#include "net/apiclient.h"
#include "net/websocketsession.h"
#include "outbox.h"
#include "pullapplier.h"
#include "pushbatcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

namespace ClipDesk::Sync {

Q_LOGGING_CATEGORY(lcSyncEngine, "clipdesk.sync.engine")

namespace {
constexpr std::chrono::seconds DefaultPollInterval{30};
constexpr std::chrono::seconds ClockCheckInterval{5};
} // namespace

SyncEngine::SyncEngine(ClientCache &cache, Outbox &outbox, Net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_api(api)
    , m_trigger(new QTimer(this))
    , m_pollTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
    , m_images(new ImageTransfer(cache, api, this))
    , m_wake(ClockCheckInterval)
{
    m_trigger->setSingleShot(true);
    connect(m_trigger, &QTimer::timeout, this, &SyncEngine::beginCycle);
    m_pollTimer->setInterval(DefaultPollInterval);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { schedule(std::chrono::milliseconds(0)); });
    m_clockTimer->setInterval(ClockCheckInterval);
    connect(m_clockTimer, &QTimer::timeout, this, &SyncEngine::checkClock);

    // A picture queued for upload starts a cycle like a queued mutation does.
    connect(&m_cache, &ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (!entities.contains(QLatin1String(ImageStore::Entity)))
            return;
        announcePending();
        auto images = ImageStore(m_cache).uploadableCount();
        if (m_running && images && *images > 0 && !m_trigger->isActive())
            schedule(m_debounce);
    });

    if (QNetworkInformation::loadDefaultBackend()) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability reachability) {
                if (!m_running)
                    return;
                if (reachability == QNetworkInformation::Reachability::Online) {
                    qCInfo(lcSyncEngine) << "the network is back: catching up";
                    catchUp();
                }
            });
        }
    }
}

SyncEngine::~SyncEngine()
{
    ++m_generation;
}

void SyncEngine::watch(MutationQueue &queue)
{
    connect(&queue, &MutationQueue::queued, this, [this] {
        announcePending();
        if (m_running && (!m_trigger->isActive() || m_trigger->remainingTime() > m_debounce.count()))
            schedule(m_debounce);
    });
}

void SyncEngine::watch(Net::WebSocketSession &socket)
{
    connect(&socket, &Net::WebSocketSession::poked, this, [this] {
        if (m_running)
            syncNow();
    });
    // A refused handshake may be a revoked session: the next REST call finds out for sure
    // (and ends the session with sessionRejected() on a 401).
    connect(&socket, &Net::WebSocketSession::rejected, this, [this] {
        if (m_running)
            syncNow();
    });
    // Never trust the socket alone: after every (re)connect, pull from the cursor.
    connect(&socket, &Net::WebSocketSession::connected, this, &SyncEngine::catchUp);
}

void SyncEngine::start()
{
    m_running = true;
    m_monotonic.start();
    m_wake.reset(QDateTime::currentMSecsSinceEpoch(), 0);
    m_pollTimer->start();
    m_clockTimer->start();
    announcePending();
    schedule(std::chrono::milliseconds(0));
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_generation;
    m_images->abandon();
    m_busy = false;
    m_again = false;
    m_trigger->stop();
    m_pollTimer->stop();
    m_clockTimer->stop();
}

void SyncEngine::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer->setInterval(interval);
}

void SyncEngine::setDebounce(std::chrono::milliseconds delay)
{
    m_debounce = delay;
}

qint64 SyncEngine::pendingCount()
{
    auto count = m_outbox.pendingCount();
    auto images = ImageStore(m_cache).uploadableCount();
    return (count ? *count : 0) + (images ? *images : 0);
}

void SyncEngine::syncNow()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    schedule(std::chrono::milliseconds(0));
}

void SyncEngine::schedule(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_trigger->start(delay);
}

void SyncEngine::checkClock()
{
    if (m_wake.check(QDateTime::currentMSecsSinceEpoch(), m_monotonic.elapsed())) {
        qCInfo(lcSyncEngine) << "the machine slept or the clock was set: catching up";
        catchUp();
    }
}

void SyncEngine::catchUp()
{
    if (!m_running)
        return;
    m_backoff.reset();
    syncNow();
}

void SyncEngine::beginCycle()
{
    if (!m_running || m_busy)
        return;
    m_busy = true;
    m_again = false;
    setState(State::Syncing);
    pushNext();
}

void SyncEngine::pushNext()
{
    auto queued = m_outbox.pending(PushBatchSize);
    if (!queued)
        return failLocally(queued.error().message);
    if (queued->isEmpty())
        return uploadImages();
    const QList<OutboxEntry> batch = PushBatcher::nextBatch(*queued);
    QJsonArray mutations;
    for (const OutboxEntry &entry : batch)
        mutations.append(MutationCodec::toJson(entry.mutation));
    const QJsonObject body{{QStringLiteral("client_id"), m_cache.clientId()}, {QStringLiteral("mutations"), mutations}};
    const quint64 generation = m_generation;
    const int sent = int(batch.size());
    m_api.send(Net::ApiRequest{QByteArrayLiteral("POST"), QStringLiteral("/api/v1/sync/push"), body, std::nullopt}, this,
               [this, generation, sent](const Net::ApiResponse &response) {
                   if (generation == m_generation)
                       onPushed(response, sent);
               });
}

bool SyncEngine::applyResults(const QJsonArray &results)
{
    QList<MutationResult> decoded;
    bool issues = false;
    for (const QJsonValue &value : results) {
        auto result = MutationCodec::resultFromJson(value);
        if (!result) {
            failLocally(result.error().message);
            return false;
        }
        issues = issues || result->outcome != Outcome::Ok;
        decoded.append(*result);
    }
    if (auto marked = m_outbox.markResults(decoded); !marked) {
        failLocally(marked.error().message);
        return false;
    }
    if (auto carried = PushBatcher::carryVersions(m_outbox, decoded); !carried) {
        failLocally(carried.error().message);
        return false;
    }
    announcePending();
    if (issues)
        Q_EMIT issuesChanged();
    return true;
}

void SyncEngine::onPushed(const Net::ApiResponse &response, int sent)
{
    const QJsonArray results = response.json.value(QLatin1String("results")).toArray();
    if (response.httpStatus == 503) {
        // The listed results are final; the rest is pushed again after a pause.
        if (applyResults(results))
            fail(response);
        return;
    }
    if (!response.ok())
        return fail(response);
    if (results.size() != sent)
        qCWarning(lcSyncEngine) << "push answered" << results.size() << "results for" << sent << "mutations";
    if (!applyResults(results))
        return;
    if (results.isEmpty())
        return failLocally(tr("The server sent no results for the changes."));
    pushNext();
}

void SyncEngine::uploadImages()
{
    const quint64 generation = m_generation;
    m_images->upload([this, generation](std::optional<Net::ApiResponse> failure) {
        if (generation != m_generation)
            return;
        if (failure)
            return fail(*failure);
        pullNext();
    });
}

void SyncEngine::pullNext()
{
    auto cursor = m_cache.cursor();
    if (!cursor)
        return failLocally(cursor.error().message);
    const quint64 generation = m_generation;
    m_api.send(Net::ApiRequest{QByteArrayLiteral("GET"),
                               QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(*cursor).arg(PullPageSize),
                               std::nullopt, std::nullopt},
               this, [this, generation](const Net::ApiResponse &response) {
                   if (generation == m_generation)
                       onPulled(response);
               });
}

void SyncEngine::onPulled(const Net::ApiResponse &response)
{
    if (!response.ok())
        return fail(response);
    auto page = ChangeCodec::pageFromJson(response.json);
    if (!page)
        return failLocally(page.error().message);
    PullApplier applier(m_cache, &m_outbox);
    auto applied = applier.apply(*page);
    if (!applied)
        return failLocally(applied.error().message);
    m_rowsApplied += applied->upserts + applied->deletes;
    if (applied->hasMore || !m_lastSync.isValid())
        Q_EMIT progress(m_rowsApplied, 0);
    if (applied->rebased)
        announcePending();
    if (applied->hasMore)
        return pullNext();
    const quint64 generation = m_generation;
    m_images->download([this, generation] {
        if (generation == m_generation)
            finishCycle();
    });
}

void SyncEngine::finishCycle()
{
    m_busy = false;
    m_backoff.reset();
    m_lastError.clear();
    m_lastSync = QDateTime::currentDateTimeUtc();
    setState(State::Online);
    Q_EMIT lastSyncChanged(m_lastSync);
    announcePending();
    Q_EMIT synced();
    if (m_again || pendingCount() > 0) {
        auto pending = m_outbox.pending(1);
        // Only go again for mutations that can still be pushed (issues wait for the user).
        if (m_again || (pending && !pending->isEmpty()))
            schedule(std::chrono::milliseconds(0));
    }
}

void SyncEngine::fail(const Net::ApiResponse &response)
{
    if (response.httpStatus == 401) {
        stop();
        setState(State::Offline);
        Q_EMIT sessionRejected(response.errorMessage());
        return;
    }
    m_busy = false;
    m_lastError = response.errorMessage();
    setState(response.httpStatus == 0 ? State::Offline : State::Online);
    std::chrono::milliseconds delay = m_backoff.next();
    if (response.retryAfterSeconds > 0)
        delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(response.retryAfterSeconds));
    qCInfo(lcSyncEngine) << "sync failed:" << m_lastError << "- retrying in" << delay.count() << "ms";
    Q_EMIT failed(m_lastError);
    m_trigger->start(delay);
}

void SyncEngine::failLocally(const QString &message)
{
    qCWarning(lcSyncEngine) << "sync stopped by a local error:" << message;
    m_busy = false;
    m_lastError = message;
    setState(State::Online);
    Q_EMIT failed(message);
    m_trigger->start(m_backoff.next());
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::announcePending()
{
    const qint64 count = pendingCount();
    if (count == m_lastPending)
        return;
    m_lastPending = count;
    Q_EMIT pendingCountChanged(count);
}

} // namespace ClipDesk::Sync
