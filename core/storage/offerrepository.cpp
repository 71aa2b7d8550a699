#include "offerrepository.h"

#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

namespace {

using Domain::Offer;

const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("id"), QStringLiteral("thread_id"), QStringLiteral("campaign_id"), QStringLiteral("brand_id"),
        QStringLiteral("clipper_id"), QStringLiteral("kind"), QStringLiteral("round"), QStringLiteral("author_role"),
        QStringLiteral("requirements"), QStringLiteral("per_clip_minor"), QStringLiteral("cpm_rate_minor"),
        QStringLiteral("currency"), QStringLiteral("message"), QStringLiteral("status"), QStringLiteral("created_at"),
        QStringLiteral("responded_at"), QStringLiteral("version"), QStringLiteral("change_seq"),
    };
    return names;
}

} // namespace

OfferRepository::OfferRepository(Database &db)
    : m_db(db)
{
}

QString OfferRepository::selectColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &name : columnNames())
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

Offer OfferRepository::fromRecord(const QSqlRecord &r, int o)
{
    Offer offer;
    offer.id = r.value(o + 0).toString();
    offer.threadId = r.value(o + 1).toString();
    offer.campaignId = r.value(o + 2).toString();
    offer.brandId = r.value(o + 3).toString();
    offer.clipperId = r.value(o + 4).toString();
    offer.kind = Domain::offerKindFromName(r.value(o + 5).toString()).value_or(Domain::OfferKind::Invite);
    offer.round = r.value(o + 6).toInt();
    offer.authorRole = Domain::roleFromName(r.value(o + 7).toString()).value_or(Domain::Role::Brand);
    offer.terms.requirements = r.value(o + 8).toString();
    offer.terms.perClipMinor = r.value(o + 9).toLongLong();
    offer.terms.cpmRateMinor = r.value(o + 10).toLongLong();
    offer.terms.currency = r.value(o + 11).toString();
    offer.terms.message = r.value(o + 12).toString();
    offer.status = Domain::offerStatusFromName(r.value(o + 13).toString()).value_or(Domain::OfferStatus::Pending);
    offer.createdAtMs = r.value(o + 14).toLongLong();
    offer.respondedAtMs = r.value(o + 15).toLongLong();
    offer.version = r.value(o + 16).toLongLong();
    return offer;
}

Result<std::optional<Offer>> OfferRepository::findOne(const QString &condition, const QVariantList &args)
{
    auto row = m_db.queryOne(u"SELECT " % selectColumns(QStringLiteral("o")) % u" FROM offers o WHERE " % condition, args);
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<Offer>();
    return std::optional<Offer>(fromRecord(**row));
}

Result<std::optional<Offer>> OfferRepository::find(const QString &id)
{
    return findOne(QStringLiteral("o.id = ?"), {id});
}

Result<bool> OfferRepository::exists(const QString &id)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT 1 FROM offers WHERE id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Result<std::optional<Offer>> OfferRepository::findPending(const QString &campaignId, const QString &clipperId)
{
    return findOne(QStringLiteral("o.campaign_id = ? AND o.clipper_id = ? AND o.status = 'pending'"), {campaignId, clipperId});
}

Result<bool> OfferRepository::hasAny(const QString &campaignId, const QString &clipperId)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT 1 FROM offers WHERE campaign_id = ? AND clipper_id = ? LIMIT 1"),
                             {campaignId, clipperId});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Status OfferRepository::insert(const Offer &o, qint64 changeSeq)
{
    QStringList marks(columnNames().size(), QStringLiteral("?"));
    auto inserted = m_db.exec(u"INSERT INTO offers (" % columnNames().join(QStringLiteral(", ")) % u") VALUES ("
                                  % marks.join(QStringLiteral(", ")) % u")",
                              {o.id, o.threadId, o.campaignId, o.brandId, o.clipperId, Domain::offerKindName(o.kind), o.round,
                               Domain::roleName(o.authorRole), ColumnValues::text(o.terms.requirements), o.terms.perClipMinor,
                               o.terms.cpmRateMinor, ColumnValues::text(o.terms.currency), ColumnValues::text(o.terms.message), Domain::offerStatusName(o.status),
                               o.createdAtMs, o.respondedAtMs, o.version, changeSeq});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status OfferRepository::updateStatus(const Offer &o, qint64 changeSeq)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE offers SET status = ?, responded_at = ?, version = ?, change_seq = ?"
                                            " WHERE id = ?"),
                             {Domain::offerStatusName(o.status), o.respondedAtMs, o.version, changeSeq, o.id});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace ClipDesk::Storage
