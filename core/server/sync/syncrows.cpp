#include "syncrows.h"

#include "jsontextwriter.h"
#include "visibility.h"

namespace ClipDesk::Server {

namespace {

void writeTerms(JsonTextWriter &w, const Domain::OfferTerms &t)
{
    w.beginObject();
    w.key("cpm_rate_minor");
    w.value(t.cpmRateMinor);
    w.key("currency");
    w.value(t.currency);
    w.key("message");
    w.value(t.message);
    w.key("per_clip_minor");
    w.value(t.perClipMinor);
    w.key("requirements");
    w.value(t.requirements);
    w.endObject();
}

} // namespace

QJsonObject SyncRows::campaign(const Domain::Campaign &campaign, const AuthenticatedUser &viewer)
{
    QJsonObject row = Domain::campaignToJson(campaign);
    if (!Visibility::seesFlaggedReason(viewer))
        row.remove(QStringLiteral("flagged_reason"));
    return row;
}

QJsonObject SyncRows::profile(const Domain::Profile &profile, const QString &username)
{
    QJsonObject row = Domain::profileToJson(profile);
    row.insert(QStringLiteral("username"), username);
    return row;
}

void SyncRows::writeCampaign(JsonTextWriter &w, const Domain::Campaign &c, const AuthenticatedUser &viewer)
{
    w.beginObject();
    w.key("blacklisted_hashtags");
    w.value(c.blacklistedHashtags);
    w.key("brand_id");
    w.value(c.brandId);
    w.key("brief");
    w.value(c.briefMarkdown);
    w.key("budget");
    w.beginObject();
    w.key("currency");
    w.value(c.budget.currency);
    w.key("minor");
    w.value(c.budget.minor);
    w.endObject();
    w.key("cap_per_clipper_minor");
    w.value(c.capPerClipperMinor);
    w.key("category");
    w.value(c.category);
    w.key("cpm_rate_minor");
    w.value(c.cpmRateMinor);
    w.key("created_at");
    w.value(c.createdAtMs);
    w.key("disclosure_text");
    w.value(c.disclosureText);
    w.key("ends_at");
    w.value(c.endsAtMs);
    if (Visibility::seesFlaggedReason(viewer)) {
        w.key("flagged_reason");
        w.value(c.flaggedReason);
    }
    w.key("goals");
    w.value(c.goals);
    w.key("id");
    w.value(c.id);
    w.key("is_template");
    w.value(c.isTemplate);
    w.key("max_payout_per_clip_minor");
    w.value(c.maxPayoutPerClipMinor);
    w.key("min_views");
    w.value(c.minViews);
    w.key("name");
    w.value(c.name);
    w.key("payout_model");
    w.value(c.payoutModel());
    w.key("per_clip_minor");
    w.value(c.perClipMinor);
    w.key("platforms");
    w.value(c.platforms);
    w.key("required_hashtags");
    w.value(c.requiredHashtags);
    w.key("source_asset_links");
    w.value(c.sourceAssetLinks);
    w.key("starts_at");
    w.value(c.startsAtMs);
    w.key("status");
    w.value(Domain::campaignStatusName(c.status));
    w.key("submission_limit_per_clipper");
    w.value(c.submissionLimitPerClipper);
    w.key("time_zone");
    w.value(c.timeZone);
    w.key("updated_at");
    w.value(c.updatedAtMs);
    w.key("version");
    w.value(c.version);
    w.key("visibility");
    w.value(c.visibility == Domain::Visibility::Public ? QStringLiteral("public") : QStringLiteral("private"));
    w.endObject();
}

void SyncRows::writeOffer(JsonTextWriter &w, const Domain::Offer &o)
{
    w.beginObject();
    w.key("author_role");
    w.value(Domain::roleName(o.authorRole));
    w.key("brand_id");
    w.value(o.brandId);
    w.key("campaign_id");
    w.value(o.campaignId);
    w.key("clipper_id");
    w.value(o.clipperId);
    w.key("created_at");
    w.value(o.createdAtMs);
    w.key("id");
    w.value(o.id);
    w.key("kind");
    w.value(Domain::offerKindName(o.kind));
    w.key("responded_at");
    w.value(o.respondedAtMs);
    w.key("round");
    w.value(o.round);
    w.key("status");
    w.value(Domain::offerStatusName(o.status));
    w.key("terms");
    writeTerms(w, o.terms);
    w.key("thread_id");
    w.value(o.threadId);
    w.key("version");
    w.value(o.version);
    w.endObject();
}

} // namespace ClipDesk::Server
