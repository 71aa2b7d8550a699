#include "cachefixture.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

namespace ClipDesk::Testing {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::unique_ptr<Sync::ClientCache> openCache(const QTemporaryDir &dir)
{
    auto cache = Sync::ClientCache::open(dir.filePath(QStringLiteral("cache.db")));
    if (!cache) {
        QTest::qFail(qPrintable(cache.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*cache);
}

Domain::Campaign activeCampaign(const QString &id, const QString &brandId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Domain::Campaign campaign;
    campaign.id = id;
    campaign.brandId = brandId;
    campaign.name = QStringLiteral("Summer drop");
    campaign.category = QStringLiteral("gaming");
    campaign.startsAtMs = now - 86'400'000;
    campaign.endsAtMs = now + 30 * 86'400'000LL;
    campaign.budget = Domain::Money{500'000, QStringLiteral("USD")};
    campaign.cpmRateMinor = 250;
    campaign.platforms = {Domain::Platform::TikTok, Domain::Platform::YouTubeShorts};
    campaign.status = Domain::CampaignStatus::Active;
    campaign.createdAtMs = now - 86'400'000;
    campaign.updatedAtMs = now - 3'600'000;
    campaign.version = 3;
    return campaign;
}

QJsonObject campaignRow(const Domain::Campaign &campaign)
{
    return Domain::campaignToJson(campaign);
}

Domain::Offer pendingOffer(const QString &id, const Domain::Campaign &campaign, const QString &clipperId,
                           Domain::Role author)
{
    Domain::Offer offer;
    offer.id = id;
    offer.threadId = id;
    offer.campaignId = campaign.id;
    offer.brandId = campaign.brandId;
    offer.clipperId = clipperId;
    offer.kind = author == Domain::Role::Brand ? Domain::OfferKind::Invite : Domain::OfferKind::Application;
    offer.authorRole = author;
    offer.terms.requirements = QStringLiteral("3 clips");
    offer.terms.perClipMinor = 2'000;
    offer.terms.currency = campaign.budget.currency;
    offer.createdAtMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
    offer.version = 1;
    return offer;
}

Sync::Change upsert(const QString &entity, const QString &id, const QJsonObject &row, qint64 seq)
{
    return Sync::Change{seq, entity, id, false, row};
}

Sync::Change tombstone(const QString &entity, const QString &id, qint64 seq)
{
    return Sync::Change{seq, entity, id, true, {}};
}

Sync::PullPage page(const QList<Sync::Change> &changes, qint64 cursor, bool hasMore)
{
    return Sync::PullPage{changes, cursor, hasMore};
}

Sync::Mutation mutation(const QString &name, const QJsonObject &args, qint64 baseVersion)
{
    return Sync::Mutation{newId(), name, args, baseVersion};
}

} // namespace ClipDesk::Testing
