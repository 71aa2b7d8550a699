#pragma once

#include "domain/campaign.h"
#include "domain/error.h"
#include "domain/fieldversions.h"

#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// A campaign as stored: the domain object plus what sync needs.
struct StoredCampaign
{
    Domain::Campaign campaign;
    Domain::FieldVersions fieldVersions;
    bool everDiscoverable = false; // was discoverable at some point
    qint64 changeSeq = 0;
};

// The `campaigns` table. Writes run inside a WriteTransaction with a fresh change sequence
// value; `discoverable` and `ever_discoverable` are derived from the campaign on every write.
class CampaignRepository final
{
public:
    explicit CampaignRepository(Database &db);

    // "c.id, c.brand_id, ..." for SELECTs; fromRecord() reads them back starting at `offset`.
    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 32;
    static StoredCampaign fromRecord(const QSqlRecord &record, int offset = 0);

    Result<std::optional<StoredCampaign>> find(const QString &id);
    Result<bool> exists(const QString &id);
    Status insert(const StoredCampaign &stored, qint64 changeSeq);
    Status update(const StoredCampaign &stored, qint64 changeSeq);
    // A new change sequence value without a new version, so that readers whose view of the
    // campaign changed (e.g. an invited clipper) get it again.
    Status touch(const QString &id, qint64 changeSeq);
    Status remove(const QString &id);
    // Clippers with an offer or membership on the campaign.
    Result<QStringList> linkedClipperIds(const QString &campaignId);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
