#include "campaign.h"

#include <QJsonArray>

namespace ClipDesk::Domain {

namespace {

const QList<std::pair<CampaignStatus, QString>> &statusNames()
{
    static const QList<std::pair<CampaignStatus, QString>> names = {
        {CampaignStatus::Draft, QStringLiteral("draft")},
        {CampaignStatus::Active, QStringLiteral("active")},
        {CampaignStatus::Paused, QStringLiteral("paused")},
        {CampaignStatus::Completed, QStringLiteral("completed")},
        {CampaignStatus::Archived, QStringLiteral("archived")},
    };
    return names;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

qint64 toInt64(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

} // namespace

QString campaignStatusName(CampaignStatus status)
{
    for (const auto &[value, name] : statusNames()) {
        if (value == status)
            return name;
    }
    return {};
}

std::optional<CampaignStatus> campaignStatusFromName(const QString &name)
{
    for (const auto &[value, text] : statusNames()) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

QStringList Platform::all()
{
    return {YouTubeShorts, TikTok, InstagramReels};
}

QString Campaign::payoutModel() const
{
    if (cpmRateMinor > 0 && perClipMinor > 0)
        return QStringLiteral("hybrid");
    if (cpmRateMinor > 0)
        return QStringLiteral("cpm");
    if (perClipMinor > 0)
        return QStringLiteral("per_clip");
    return QStringLiteral("none");
}

bool Campaign::isDiscoverable() const
{
    return !isTemplate && visibility == Visibility::Public && status == CampaignStatus::Active && flaggedReason.isEmpty();
}

QStringList editableCampaignFields()
{
    return {QStringLiteral("name"), QStringLiteral("brief"), QStringLiteral("category"),
            QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("time_zone"),
            QStringLiteral("budget"), QStringLiteral("cpm_rate_minor"), QStringLiteral("per_clip_minor"),
            QStringLiteral("max_payout_per_clip_minor"), QStringLiteral("min_views"),
            QStringLiteral("cap_per_clipper_minor"), QStringLiteral("visibility"), QStringLiteral("goals"),
            QStringLiteral("platforms"), QStringLiteral("required_hashtags"), QStringLiteral("disclosure_text"),
            QStringLiteral("blacklisted_hashtags"), QStringLiteral("submission_limit_per_clipper"),
            QStringLiteral("source_asset_links")};
}

QJsonObject campaignToJson(const Campaign &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("brand_id"), c.brandId},
        {QStringLiteral("is_template"), c.isTemplate},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("brief"), c.briefMarkdown},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("starts_at"), c.startsAtMs},
        {QStringLiteral("ends_at"), c.endsAtMs},
        {QStringLiteral("time_zone"), c.timeZone},
        {QStringLiteral("budget"), moneyToJson(c.budget)},
        {QStringLiteral("cpm_rate_minor"), c.cpmRateMinor},
        {QStringLiteral("per_clip_minor"), c.perClipMinor},
        {QStringLiteral("payout_model"), c.payoutModel()},
        {QStringLiteral("max_payout_per_clip_minor"), c.maxPayoutPerClipMinor},
        {QStringLiteral("min_views"), c.minViews},
        {QStringLiteral("cap_per_clipper_minor"), c.capPerClipperMinor},
        {QStringLiteral("visibility"), c.visibility == Visibility::Public ? QStringLiteral("public") : QStringLiteral("private")},
        {QStringLiteral("goals"), c.goals},
        {QStringLiteral("platforms"), QJsonArray::fromStringList(c.platforms)},
        {QStringLiteral("required_hashtags"), QJsonArray::fromStringList(c.requiredHashtags)},
        {QStringLiteral("disclosure_text"), c.disclosureText},
        {QStringLiteral("blacklisted_hashtags"), QJsonArray::fromStringList(c.blacklistedHashtags)},
        {QStringLiteral("submission_limit_per_clipper"), c.submissionLimitPerClipper},
        {QStringLiteral("source_asset_links"), QJsonArray::fromStringList(c.sourceAssetLinks)},
        {QStringLiteral("status"), campaignStatusName(c.status)},
        {QStringLiteral("flagged_reason"), c.flaggedReason},
        {QStringLiteral("created_at"), c.createdAtMs},
        {QStringLiteral("updated_at"), c.updatedAtMs},
        {QStringLiteral("version"), c.version},
    };
}

Campaign campaignFromJson(const QJsonObject &json)
{
    Campaign c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.brandId = json.value(QStringLiteral("brand_id")).toString();
    c.isTemplate = json.value(QStringLiteral("is_template")).toBool();
    c.name = json.value(QStringLiteral("name")).toString();
    c.briefMarkdown = json.value(QStringLiteral("brief")).toString();
    c.category = json.value(QStringLiteral("category")).toString();
    c.startsAtMs = toInt64(json.value(QStringLiteral("starts_at")));
    c.endsAtMs = toInt64(json.value(QStringLiteral("ends_at")));
    c.timeZone = json.value(QStringLiteral("time_zone")).toString(QStringLiteral("UTC"));
    const QJsonObject budget = json.value(QStringLiteral("budget")).toObject();
    c.budget = Money{toInt64(budget.value(QStringLiteral("minor"))), budget.value(QStringLiteral("currency")).toString(QStringLiteral("USD"))};
    c.cpmRateMinor = toInt64(json.value(QStringLiteral("cpm_rate_minor")));
    c.perClipMinor = toInt64(json.value(QStringLiteral("per_clip_minor")));
    c.maxPayoutPerClipMinor = toInt64(json.value(QStringLiteral("max_payout_per_clip_minor")));
    c.minViews = toInt64(json.value(QStringLiteral("min_views")));
    c.capPerClipperMinor = toInt64(json.value(QStringLiteral("cap_per_clipper_minor")));
    c.visibility = json.value(QStringLiteral("visibility")).toString() == u"private" ? Visibility::Private : Visibility::Public;
    c.goals = json.value(QStringLiteral("goals")).toString();
    c.platforms = toStringList(json.value(QStringLiteral("platforms")));
    c.requiredHashtags = toStringList(json.value(QStringLiteral("required_hashtags")));
    c.disclosureText = json.value(QStringLiteral("disclosure_text")).toString();
    c.blacklistedHashtags = toStringList(json.value(QStringLiteral("blacklisted_hashtags")));
    c.submissionLimitPerClipper = json.value(QStringLiteral("submission_limit_per_clipper")).toInt(5);
    c.sourceAssetLinks = toStringList(json.value(QStringLiteral("source_asset_links")));
    c.status = campaignStatusFromName(json.value(QStringLiteral("status")).toString()).value_or(CampaignStatus::Draft);
    c.flaggedReason = json.value(QStringLiteral("flagged_reason")).toString();
    c.createdAtMs = toInt64(json.value(QStringLiteral("created_at")));
    c.updatedAtMs = toInt64(json.value(QStringLiteral("updated_at")));
    c.version = toInt64(json.value(QStringLiteral("version")));
    return c;
}

} // namespace ClipDesk::Domain
