#pragma once

#include "domain/campaign.h"
#include "domain/offer.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutation.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ClipDesk::Testing {

QString newId();

// Opens (or reopens) the cache file `cache.db` in `dir`; fails the calling test on error.
std::unique_ptr<Sync::ClientCache> openCache(const QTemporaryDir &dir);

// A campaign row as the server sends it: a valid active campaign owned by `brandId`.
Domain::Campaign activeCampaign(const QString &id, const QString &brandId);
QJsonObject campaignRow(const Domain::Campaign &campaign);

// A pending first-round offer from `author` about `campaign`.
Domain::Offer pendingOffer(const QString &id, const Domain::Campaign &campaign, const QString &clipperId,
                           Domain::Role author);

Sync::Change upsert(const QString &entity, const QString &id, const QJsonObject &row, qint64 seq = 0);
Sync::Change tombstone(const QString &entity, const QString &id, qint64 seq = 0);
Sync::PullPage page(const QList<Sync::Change> &changes, qint64 cursor, bool hasMore = false);

Sync::Mutation mutation(const QString &name, const QJsonObject &args, qint64 baseVersion = 0);

} // namespace ClipDesk::Testing
