#include "livecache.h"

#include "domain/role.h"
#include "sync/mutation.h"
#include "sync/pullapplier.h"

#include <QDir>
#include <QJsonArray>
#include <QWidget>
#include <QtTest>

namespace ClipDesk::Testing {

LiveCache::LiveCache(TestApiClient &api, const TestUser &user)
    : m_api(api)
    , m_user(user)
{
    auto cache = Sync::ClientCache::open(m_dir.filePath(QStringLiteral("cache.db")));
    if (!cache) {
        qWarning("cannot open the cache: %s", qPrintable(cache.error().message));
        return;
    }
    m_cache = std::move(*cache);
    Sync::Viewer viewer{user.id, Domain::roleFromName(user.role).value_or(Domain::Role::Clipper)};
    m_outbox = std::make_unique<Sync::Outbox>(*m_cache, viewer);
    m_queue = std::make_unique<Sync::MutationQueue>(*m_outbox);
    m_context.cache = m_cache.get();
    m_context.mutations = m_queue.get();
    m_context.viewer = viewer;
    m_context.displayName = user.username;
    m_context.serverUrl = api.baseUrl();
}

bool LiveCache::pull()
{
    Sync::PullApplier applier(*m_cache, m_outbox.get());
    for (int page = 0; page < 1000; ++page) {
        auto cursor = m_cache->cursor();
        if (!cursor)
            return false;
        const TestApiReply reply = m_api.pullPage(m_user.token, *cursor);
        if (reply.status != 200) {
            qWarning("pull failed: HTTP %d %s", reply.status, reply.body.constData());
            return false;
        }
        auto applied = applier.applyResponse(reply.body);
        if (!applied) {
            qWarning("cannot apply a pull page: %s", qPrintable(applied.error().message));
            return false;
        }
        if (!applied->hasMore)
            return true;
    }
    return false;
}

bool LiveCache::push()
{
    auto pending = m_outbox->pending();
    if (!pending)
        return false;
    if (pending->isEmpty())
        return true;
    QJsonArray mutations;
    for (const Sync::OutboxEntry &entry : *pending)
        mutations.append(Sync::MutationCodec::toJson(entry.mutation));
    const PushOutcome outcome = m_api.push(m_user.token, m_cache->clientId(), mutations);
    if (!outcome.arrived()) {
        qWarning("push failed: HTTP %d %s", outcome.reply.status, outcome.reply.body.constData());
        return false;
    }
    QList<Sync::MutationResult> results;
    for (const QJsonValue &value : outcome.results) {
        auto result = Sync::MutationCodec::resultFromJson(value);
        if (!result)
            return false;
        results.append(*result);
    }
    return bool(m_outbox->markResults(results));
}

qint64 LiveCache::pendingCount()
{
    auto count = m_outbox->pendingCount();
    return count ? *count : -1;
}

QStringList LiveCache::pendingNames()
{
    QStringList names;
    if (auto pending = m_outbox->pending()) {
        for (const Sync::OutboxEntry &entry : *pending)
            names.append(entry.mutation.name);
    }
    return names;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace ClipDesk::Testing
