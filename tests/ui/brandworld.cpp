#include "brandworld.h"

#include "sync/mutation.h"
#include "sync/pullapplier.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWidget>

namespace ClipDesk::Testing {

BrandWorld::BrandWorld() = default;

BrandWorld::~BrandWorld()
{
    queue.reset();
    outbox.reset();
    cache.reset();
}

bool BrandWorld::start()
{
    if (!server.start()) {
        m_error = server.errorString();
        return false;
    }
    api = std::make_unique<TestApiClient>(server.baseUrl());
    brand = api->registerUser(QStringLiteral("brand"), QStringLiteral("acme"));
    clipper = api->registerUser(QStringLiteral("clipper"), QStringLiteral("cutter"));
    otherClipper = api->registerUser(QStringLiteral("clipper"), QStringLiteral("editor"));
    if (!brand.isValid() || !clipper.isValid() || !otherClipper.isValid()) {
        m_error = QStringLiteral("could not register the accounts");
        return false;
    }
    const auto profile = [this](const TestUser &user, const QString &name, const QString &category, const QString &niche, qint64 reach) {
        return push(user, QStringLiteral("profile.update"),
                    {{QStringLiteral("changes"), QJsonObject{{QStringLiteral("display_name"), name},
                                                              {QStringLiteral("category"), category},
                                                              {QStringLiteral("niche"), niche},
                                                              {QStringLiteral("reach"), reach}}}},
                    1);
    };
    if (profile(clipper, QStringLiteral("Casey Cutter"), QStringLiteral("gaming"), QStringLiteral("Speedrun highlights"), 250'000)
            .value(QStringLiteral("status")).toString() != u"ok"
        || profile(otherClipper, QStringLiteral("Eddie Editor"), QStringLiteral("music"), QStringLiteral("Concert clips"), 40'000)
               .value(QStringLiteral("status")).toString() != u"ok") {
        m_error = QStringLiteral("could not set up the clipper profiles");
        return false;
    }
    auto opened = Sync::ClientCache::open(dir.filePath(QStringLiteral("cache.db")));
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    cache = std::move(*opened);
    const Sync::Viewer viewer{brand.id, Domain::Role::Brand};
    outbox = std::make_unique<Sync::Outbox>(*cache, viewer);
    queue = std::make_unique<Sync::MutationQueue>(*outbox);
    context = Ui::AppContext{cache.get(), queue.get(), viewer, brand.username, server.baseUrl()};
    return pull();
}

bool BrandWorld::pull()
{
    Sync::PullApplier applier(*cache, outbox.get());
    for (int page = 0; page < 1000; ++page) {
        const auto cursor = cache->cursor();
        if (!cursor) {
            m_error = cursor.error().message;
            return false;
        }
        const TestApiReply reply = api->pullPage(brand.token, *cursor);
        if (reply.status != 200) {
            m_error = QStringLiteral("pull failed: %1").arg(reply.status);
            return false;
        }
        const auto applied = applier.applyResponse(reply.body);
        if (!applied) {
            m_error = applied.error().message;
            return false;
        }
        cache->announce(applied->changedEntities);
        if (!applied->hasMore)
            return true;
    }
    return false;
}

QStringList BrandWorld::pushOutbox()
{
    QStringList statuses;
    const auto pending = outbox->pending();
    if (!pending || pending->isEmpty())
        return statuses;
    QJsonArray mutations;
    for (const Sync::OutboxEntry &entry : *pending)
        mutations.append(Sync::MutationCodec::toJson(entry.mutation));
    const PushOutcome outcome = api->push(brand.token, cache->clientId(), mutations);
    QList<Sync::MutationResult> results;
    for (const QJsonValue &value : outcome.results) {
        statuses.append(value.toObject().value(QStringLiteral("status")).toString());
        if (auto result = Sync::MutationCodec::resultFromJson(value))
            results.append(*result);
    }
    if (auto marked = outbox->markResults(results); !marked)
        m_error = marked.error().message;
    pull();
    return statuses;
}

qint64 BrandWorld::pendingCount()
{
    return outbox->pendingCount().value_or(-1);
}

QJsonObject BrandWorld::push(const TestUser &user, const QString &name, const QJsonObject &args, qint64 baseVersion)
{
    const PushOutcome outcome = api->push(user.token, TestApiClient::newId(), {TestApiClient::mutation(name, args, baseVersion)});
    return outcome.arrived() ? outcome.result(0) : QJsonObject{{QStringLiteral("status"), QStringLiteral("no reply")}};
}

QJsonObject BrandWorld::activatableFields(const QString &name, qint64 budgetMinor, const QString &category)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {{QStringLiteral("name"), name},
            {QStringLiteral("category"), category},
            {QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), budgetMinor}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
            {QStringLiteral("cpm_rate_minor"), 250},
            {QStringLiteral("per_clip_minor"), 1500},
            {QStringLiteral("platforms"), QJsonArray{QStringLiteral("tiktok"), QStringLiteral("youtube_shorts")}},
            {QStringLiteral("starts_at"), now - 86'400'000},
            {QStringLiteral("ends_at"), now + 30 * 86'400'000LL}};
}

QString BrandWorld::createCampaign(const QString &name, qint64 budgetMinor, bool activate, const QString &category)
{
    const QString id = TestApiClient::newId();
    const QJsonObject created = push(brand, QStringLiteral("campaign.create"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("fields"), activatableFields(name, budgetMinor, category)}});
    if (created.value(QStringLiteral("status")).toString() != u"ok") {
        m_error = QStringLiteral("campaign.create: %1").arg(QString::fromUtf8(QJsonDocument(created).toJson(QJsonDocument::Compact)));
        return {};
    }
    if (activate) {
        const QJsonObject active = push(brand, QStringLiteral("campaign.set_status"),
                                        {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")}}, 1);
        if (active.value(QStringLiteral("status")).toString() != u"ok") {
            m_error = QStringLiteral("campaign.set_status failed");
            return {};
        }
    }
    return id;
}

bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/screenshots");
    if (!QDir().mkpath(dir))
        return false;
    const QString path = dir + u'/' + name;
    const bool saved = widget.grab().save(path);
    qInfo("screenshot: %s", qPrintable(path));
    return saved;
}

} // namespace ClipDesk::Testing
