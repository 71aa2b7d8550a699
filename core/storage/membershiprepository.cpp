#include "membershiprepository.h"

#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

namespace {

using Domain::Membership;

const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("id"), QStringLiteral("campaign_id"), QStringLiteral("brand_id"), QStringLiteral("clipper_id"),
        QStringLiteral("offer_id"), QStringLiteral("requirements"), QStringLiteral("per_clip_minor"),
        QStringLiteral("cpm_rate_minor"), QStringLiteral("currency"), QStringLiteral("message"), QStringLiteral("status"),
        QStringLiteral("end_reason"), QStringLiteral("joined_at"), QStringLiteral("ended_at"), QStringLiteral("version"),
        QStringLiteral("change_seq"),
    };
    return names;
}

} // namespace

MembershipRepository::MembershipRepository(Database &db)
    : m_db(db)
{
}

QString MembershipRepository::selectColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &name : columnNames())
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

Membership MembershipRepository::fromRecord(const QSqlRecord &r, int o)
{
    Membership m;
    m.id = r.value(o + 0).toString();
    m.campaignId = r.value(o + 1).toString();
    m.brandId = r.value(o + 2).toString();
    m.clipperId = r.value(o + 3).toString();
    m.offerId = r.value(o + 4).toString();
    m.terms.requirements = r.value(o + 5).toString();
    m.terms.perClipMinor = r.value(o + 6).toLongLong();
    m.terms.cpmRateMinor = r.value(o + 7).toLongLong();
    m.terms.currency = r.value(o + 8).toString();
    m.terms.message = r.value(o + 9).toString();
    m.status = Domain::membershipStatusFromName(r.value(o + 10).toString()).value_or(Domain::MembershipStatus::Active);
    m.endReason = r.value(o + 11).toString();
    m.joinedAtMs = r.value(o + 12).toLongLong();
    m.endedAtMs = r.value(o + 13).toLongLong();
    m.version = r.value(o + 14).toLongLong();
    return m;
}

Result<std::optional<Membership>> MembershipRepository::findOne(const QString &condition, const QVariantList &args)
{
    auto row = m_db.queryOne(u"SELECT " % selectColumns(QStringLiteral("m")) % u" FROM memberships m WHERE " % condition, args);
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<Membership>();
    return std::optional<Membership>(fromRecord(**row));
}

Result<std::optional<Membership>> MembershipRepository::find(const QString &id)
{
    return findOne(QStringLiteral("m.id = ?"), {id});
}

Result<std::optional<Membership>> MembershipRepository::findActive(const QString &campaignId, const QString &clipperId)
{
    return findOne(QStringLiteral("m.campaign_id = ? AND m.clipper_id = ? AND m.status = 'active'"), {campaignId, clipperId});
}

Status MembershipRepository::insert(const Membership &m, qint64 changeSeq)
{
    QStringList marks(columnNames().size(), QStringLiteral("?"));
    auto inserted = m_db.exec(u"INSERT INTO memberships (" % columnNames().join(QStringLiteral(", ")) % u") VALUES ("
                                  % marks.join(QStringLiteral(", ")) % u")",
                              {m.id, m.campaignId, m.brandId, m.clipperId, m.offerId, ColumnValues::text(m.terms.requirements),
                               m.terms.perClipMinor, m.terms.cpmRateMinor, ColumnValues::text(m.terms.currency),
                               ColumnValues::text(m.terms.message), Domain::membershipStatusName(m.status),
                               ColumnValues::text(m.endReason), m.joinedAtMs, m.endedAtMs, m.version,
                               changeSeq});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status MembershipRepository::updateStatus(const Membership &m, qint64 changeSeq)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE memberships SET status = ?, end_reason = ?, ended_at = ?, version = ?,"
                                            " change_seq = ? WHERE id = ?"),
                             {Domain::membershipStatusName(m.status), ColumnValues::text(m.endReason), m.endedAtMs, m.version, changeSeq, m.id});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace ClipDesk::Storage
