#pragma once

#include "syncactor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

namespace ClipDesk::Testing {

// One brand's sync client in the crash test: it plans its batches up front (seeded), pushes
// them in order, and retries a batch whose reply did not arrive with the same mutation ids and
// client id, as the real outbox does, until the reply arrives.
class CrashClient final
{
public:
    // What the plan expects of each campaign once everything was applied.
    struct Expected
    {
        qint64 updates = 0;
        QString brief;
    };

    CrashClient(TestApiClient *api, SyncActor actor, quint32 seed);
    Q_DISABLE_COPY_MOVE(CrashClient)

    // Plans `mutationCount` mutations (mostly campaign.create and campaign.update, batches of
    // 1-20). base_version assumes a new campaign has version 1 and each update adds one.
    void plan(int mutationCount);
    void start();
    // Called whenever a push goes out (the killer aims at requests in flight).
    void setOnSend(std::function<void()> onSend) { m_onSend = std::move(onSend); }
    bool isInFlight() const { return m_inFlight; }
    bool isDone() const { return m_next >= m_batches.size() || !m_fatal.isEmpty(); }

    const SyncActor &actor() const { return m_actor; }
    const QList<QJsonArray> &batches() const { return m_batches; }
    const QHash<QString, Expected> &expected() const { return m_expected; }
    // mutation id → the result from the first reply that arrived.
    const QHash<QString, QJsonObject> &results() const { return m_results; }
    // Pushes whose reply did not arrive: the batch and when the client gave up on it.
    struct LostReply
    {
        qsizetype batch = 0;
        qint64 atMs = 0;
    };
    const QList<LostReply> &lostReplies() const { return m_lost; }
    int pushAttempts() const { return m_attempts; }
    int retries() const { return m_retries; }
    QString fatalError() const { return m_fatal; }

private:
    void sendCurrent();
    void onReply(const TestApiReply &reply);

    TestApiClient *m_api;
    SyncActor m_actor;
    QRandomGenerator m_random;
    QObject m_context; // lifetime of timers and reply connections
    QList<QJsonArray> m_batches;
    QHash<QString, Expected> m_expected;
    QHash<QString, QJsonObject> m_results;
    qsizetype m_next = 0;
    int m_attempts = 0;
    int m_retries = 0;
    QList<LostReply> m_lost;
    bool m_inFlight = false;
    std::function<void()> m_onSend;
    QString m_fatal;
};

} // namespace ClipDesk::Testing
