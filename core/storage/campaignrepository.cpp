#include "campaignrepository.h"

#include "database.h"
#include "columnvalues.h"

namespace ClipDesk::Storage {

namespace {

using Domain::Campaign;

// In the order fromRecord() reads them.
const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("id"), QStringLiteral("brand_id"), QStringLiteral("is_template"), QStringLiteral("name"),
        QStringLiteral("brief"), QStringLiteral("category"), QStringLiteral("starts_at"), QStringLiteral("ends_at"),
        QStringLiteral("time_zone"), QStringLiteral("budget_minor"), QStringLiteral("currency"),
        QStringLiteral("cpm_rate_minor"), QStringLiteral("per_clip_minor"), QStringLiteral("max_payout_per_clip_minor"),
        QStringLiteral("min_views"), QStringLiteral("cap_per_clipper_minor"), QStringLiteral("visibility"),
        QStringLiteral("goals"), QStringLiteral("platforms"), QStringLiteral("required_hashtags"),
        QStringLiteral("disclosure_text"), QStringLiteral("blacklisted_hashtags"),
        QStringLiteral("submission_limit_per_clipper"), QStringLiteral("source_asset_links"), QStringLiteral("status"),
        QStringLiteral("flagged_reason"), QStringLiteral("ever_discoverable"), QStringLiteral("field_versions"),
        QStringLiteral("version"), QStringLiteral("change_seq"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    return names;
}

// Every written column but id, in the order of writtenColumnNames().
QStringList writtenColumnNames()
{
    QStringList names = columnNames().mid(1);
    names.append(QStringLiteral("discoverable"));
    return names;
}

QVariantList writtenValues(const StoredCampaign &stored, qint64 changeSeq)
{
    const Campaign &c = stored.campaign;
    const bool discoverable = c.isDiscoverable();
    const auto text = &ColumnValues::text;
    return {c.brandId, c.isTemplate ? 1 : 0, text(c.name), text(c.briefMarkdown), text(c.category), c.startsAtMs, c.endsAtMs,
            text(c.timeZone), c.budget.minor, text(c.budget.currency), c.cpmRateMinor, c.perClipMinor, c.maxPayoutPerClipMinor, c.minViews,
            c.capPerClipperMinor,
            c.visibility == Domain::Visibility::Public ? QStringLiteral("public") : QStringLiteral("private"), text(c.goals),
            ColumnValues::fromList(c.platforms), ColumnValues::fromList(c.requiredHashtags), text(c.disclosureText),
            ColumnValues::fromList(c.blacklistedHashtags), c.submissionLimitPerClipper, ColumnValues::fromList(c.sourceAssetLinks),
            Domain::campaignStatusName(c.status), ColumnValues::nullIfEmpty(c.flaggedReason),
            (stored.everDiscoverable || discoverable) ? 1 : 0, stored.fieldVersions.toText(), c.version, changeSeq,
            c.createdAtMs, c.updatedAtMs, discoverable ? 1 : 0};
}

} // namespace

CampaignRepository::CampaignRepository(Database &db)
    : m_db(db)
{
}

QString CampaignRepository::selectColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &name : columnNames())
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

StoredCampaign CampaignRepository::fromRecord(const QSqlRecord &r, int o)
{
    StoredCampaign stored;
    Campaign &c = stored.campaign;
    c.id = r.value(o + 0).toString();
    c.brandId = r.value(o + 1).toString();
    c.isTemplate = r.value(o + 2).toInt() != 0;
    c.name = r.value(o + 3).toString();
    c.briefMarkdown = r.value(o + 4).toString();
    c.category = r.value(o + 5).toString();
    c.startsAtMs = r.value(o + 6).toLongLong();
    c.endsAtMs = r.value(o + 7).toLongLong();
    c.timeZone = r.value(o + 8).toString();
    c.budget = Domain::Money{r.value(o + 9).toLongLong(), r.value(o + 10).toString()};
    c.cpmRateMinor = r.value(o + 11).toLongLong();
    c.perClipMinor = r.value(o + 12).toLongLong();
    c.maxPayoutPerClipMinor = r.value(o + 13).toLongLong();
    c.minViews = r.value(o + 14).toLongLong();
    c.capPerClipperMinor = r.value(o + 15).toLongLong();
    c.visibility = r.value(o + 16).toString() == u"private" ? Domain::Visibility::Private : Domain::Visibility::Public;
    c.goals = r.value(o + 17).toString();
    c.platforms = ColumnValues::toList(r.value(o + 18));
    c.requiredHashtags = ColumnValues::toList(r.value(o + 19));
    c.disclosureText = r.value(o + 20).toString();
    c.blacklistedHashtags = ColumnValues::toList(r.value(o + 21));
    c.submissionLimitPerClipper = r.value(o + 22).toInt();
    c.sourceAssetLinks = ColumnValues::toList(r.value(o + 23));
    c.status = Domain::campaignStatusFromName(r.value(o + 24).toString()).value_or(Domain::CampaignStatus::Draft);
    c.flaggedReason = r.value(o + 25).toString();
    stored.everDiscoverable = r.value(o + 26).toInt() != 0;
    stored.fieldVersions = Domain::FieldVersions::fromText(r.value(o + 27).toString());
    c.version = r.value(o + 28).toLongLong();
    stored.changeSeq = r.value(o + 29).toLongLong();
    c.createdAtMs = r.value(o + 30).toLongLong();
    c.updatedAtMs = r.value(o + 31).toLongLong();
    return stored;
}

Result<std::optional<StoredCampaign>> CampaignRepository::find(const QString &id)
{
    auto row = m_db.queryOne(u"SELECT " % selectColumns(QStringLiteral("c")) % u" FROM campaigns c WHERE c.id = ?", {id});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<StoredCampaign>();
    return std::optional<StoredCampaign>(fromRecord(**row));
}

Result<bool> CampaignRepository::exists(const QString &id)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Status CampaignRepository::insert(const StoredCampaign &stored, qint64 changeSeq)
{
    const QStringList columns = writtenColumnNames();
    QStringList marks(columns.size() + 1, QStringLiteral("?"));
    QVariantList values{stored.campaign.id};
    values += writtenValues(stored, changeSeq);
    auto inserted = m_db.exec(u"INSERT INTO campaigns (id, " % columns.join(QStringLiteral(", ")) % u") VALUES ("
                                  % marks.join(QStringLiteral(", ")) % u")",
                              values);
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status CampaignRepository::update(const StoredCampaign &stored, qint64 changeSeq)
{
    QStringList assignments;
    for (const QString &column : writtenColumnNames())
        assignments.append(column + QStringLiteral(" = ?"));
    QVariantList values = writtenValues(stored, changeSeq);
    values.append(stored.campaign.id);
    auto updated = m_db.exec(u"UPDATE campaigns SET " % assignments.join(QStringLiteral(", ")) % u" WHERE id = ?", values);
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status CampaignRepository::touch(const QString &id, qint64 changeSeq)
{
    auto touched = m_db.exec(QStringLiteral("UPDATE campaigns SET change_seq = ? WHERE id = ?"), {changeSeq, id});
    if (!touched)
        return std::unexpected(touched.error());
    return {};
}

Status CampaignRepository::remove(const QString &id)
{
    auto removed = m_db.exec(QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<QStringList> CampaignRepository::linkedClipperIds(const QString &campaignId)
{
    return m_db.firstColumn(QStringLiteral("SELECT clipper_id FROM offers WHERE campaign_id = ?"
                                           " UNION SELECT clipper_id FROM memberships WHERE campaign_id = ?"),
                            {campaignId, campaignId});
}

} // namespace ClipDesk::Storage
