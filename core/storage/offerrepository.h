#pragma once

#include "domain/error.h"
#include "domain/offer.h"

#include <QSqlRecord>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The `offers` table: every round of every negotiation. Writes run inside a WriteTransaction
// with a fresh change sequence value.
class OfferRepository final
{
public:
    explicit OfferRepository(Database &db);

    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 18; // the last one is change_seq
    static Domain::Offer fromRecord(const QSqlRecord &record, int offset = 0);

    Result<std::optional<Domain::Offer>> find(const QString &id);
    Result<bool> exists(const QString &id);
    // The pending round between the campaign and the clipper, if a negotiation is open.
    Result<std::optional<Domain::Offer>> findPending(const QString &campaignId, const QString &clipperId);
    // Whether the clipper ever had an offer on the campaign.
    Result<bool> hasAny(const QString &campaignId, const QString &clipperId);
    Status insert(const Domain::Offer &offer, qint64 changeSeq);
    // Writes status, responded_at and version.
    Status updateStatus(const Domain::Offer &offer, qint64 changeSeq);

private:
    Result<std::optional<Domain::Offer>> findOne(const QString &condition, const QVariantList &args);

    Database &m_db;
};

} // namespace ClipDesk::Storage
