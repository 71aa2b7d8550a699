#include "syntheticcampaigncache.h"

#include "domain/campaign.h"
#include "domain/profile.h"
#include "storage/database.h"
#include "sync/clientcache.h"
#include "sync/pullapplier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ClipDesk::Bench {

namespace {

constexpr qint64 DayMs = 24ll * 60 * 60 * 1000;

QString idFor(const char *kind, int index)
{
    static const QUuid ns(QStringLiteral("0e7d3c55-8f61-4a2b-9c1e-6d4f2b8a7e90"));
    return QUuid::createUuidV5(ns, QLatin1String(kind) + QString::number(index)).toString(QUuid::WithoutBraces);
}

Domain::Campaign campaign(int index, qint64 nowMs, int brands)
{
    static const QStringList adjectives = {QStringLiteral("Summer"), QStringLiteral("Launch"), QStringLiteral("Holiday"),
                                           QStringLiteral("Spring"), QStringLiteral("Creator"), QStringLiteral("Weekend"),
                                           QStringLiteral("Flash"), QStringLiteral("Back to school")};
    static const QStringList products = {QStringLiteral("headphones"), QStringLiteral("serum"), QStringLiteral("trail pack"),
                                         QStringLiteral("strategy game"), QStringLiteral("language app"),
                                         QStringLiteral("meal kit"), QStringLiteral("sneakers"), QStringLiteral("camera")};
    static const QStringList zones = {QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"),
                                      QStringLiteral("America/New_York"), QStringLiteral("Asia/Tokyo")};
    static const QStringList categories = Domain::ProfileRules::categories();
    static const QList<Domain::CampaignStatus> statuses = {
        Domain::CampaignStatus::Draft, Domain::CampaignStatus::Active, Domain::CampaignStatus::Paused,
        Domain::CampaignStatus::Completed, Domain::CampaignStatus::Archived};

    // A cheap, fixed hash of the index drives every choice.
    const quint32 h = quint32(index) * 2654435761u;
    Domain::Campaign c;
    c.id = idFor("campaign", index);
    c.brandId = idFor("brand", int(h % quint32(qMax(1, brands))));
    c.isTemplate = index % 97 == 0;
    c.name = QStringLiteral("%1 %2 clips #%3").arg(adjectives.at(h % 8), products.at((h >> 3) % 8)).arg(index);
    c.briefMarkdown = QStringLiteral("## About the campaign\n\nShow the %1 in real life.\n\n- Hook in the first second\n"
                                     "- Captions on\n- Disclosure in the first line\n")
                          .arg(products.at((h >> 3) % 8));
    c.category = categories.at((h >> 6) % categories.size());
    c.startsAtMs = nowMs - qint64((h >> 9) % 200) * DayMs;
    c.endsAtMs = c.startsAtMs + qint64(14 + (h >> 12) % 60) * DayMs;
    c.timeZone = zones.at((h >> 15) % 4);
    c.budget = Domain::Money{qint64(100'000 + (h >> 4) % 5'000'000), QStringLiteral("USD")};
    c.cpmRateMinor = (h >> 17) % 3 == 0 ? 0 : 150 + (h >> 5) % 1000;
    c.perClipMinor = (h >> 17) % 3 == 1 ? 0 : 2'500 + (h >> 7) % 20'000;
    c.visibility = (h >> 20) % 4 == 0 ? Domain::Visibility::Private : Domain::Visibility::Public;
    c.goals = QStringLiteral("Reach new viewers.");
    c.platforms = Domain::Platform::all().mid(0, 1 + (h >> 22) % 3);
    c.requiredHashtags = {QStringLiteral("#ad"), QStringLiteral("#clipdesk")};
    c.disclosureText = QStringLiteral("Paid partnership. #ad");
    c.status = c.isTemplate ? Domain::CampaignStatus::Draft : statuses.at((h >> 24) % 5);
    c.createdAtMs = c.startsAtMs - 3 * DayMs;
    c.updatedAtMs = c.createdAtMs + qint64(h % 1000) * 60'000;
    c.version = 1 + (h >> 26) % 5;
    return c;
}

} // namespace

QString SyntheticCampaignCache::brandId(int index)
{
    return idFor("brand", index);
}

QByteArray SyntheticCampaignCache::page(int first, int count, int total, int brands)
{
    static const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray changes;
    for (int i = first; i < first + count; ++i) {
        const Domain::Campaign c = campaign(i, now, brands);
        changes.append(QJsonObject{{QStringLiteral("seq"), i + 1},
                                   {QStringLiteral("entity"), QStringLiteral("campaign")},
                                   {QStringLiteral("id"), c.id},
                                   {QStringLiteral("op"), QStringLiteral("upsert")},
                                   {QStringLiteral("row"), Domain::campaignToJson(c)}});
    }
    const QJsonObject body{{QStringLiteral("changes"), changes},
                           {QStringLiteral("cursor"), first + count},
                           {QStringLiteral("has_more"), first + count < total}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<SyntheticCampaignCache::Built> SyntheticCampaignCache::build(const QString &path, int count, int brands)
{
    Built built;
    {
        auto cache = Sync::ClientCache::open(path);
        if (!cache)
            return std::unexpected(cache.error());
        Sync::PullApplier applier(**cache);
        for (int first = 0; first < count; first += PageSize) {
            const QByteArray body = page(first, qMin(PageSize, count - first), count, brands);
            QElapsedTimer timer;
            timer.start();
            auto applied = applier.applyResponse(body);
            built.applyMs += timer.nsecsElapsed() / 1e6;
            if (!applied)
                return std::unexpected(applied.error());
            built.rows += applied->upserts;
        }
        if (count == 0) { // synced, with nothing to show: the app shows its pages, not "Syncing…"
            const QByteArray empty = R"({"changes":[],"cursor":1,"has_more":false})";
            if (auto applied = applier.applyResponse(empty); !applied)
                return std::unexpected(applied.error());
        }
        if (auto checkpoint = (*cache)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !checkpoint)
            return std::unexpected(checkpoint.error());
    }
    built.bytes = QFileInfo(path).size();
    return built;
}

} // namespace ClipDesk::Bench
