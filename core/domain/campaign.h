#pragma once

#include "money.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Domain {

enum class CampaignStatus { Draft, Active, Paused, Completed, Archived };
enum class Visibility { Public, Private };

QString campaignStatusName(CampaignStatus status);
std::optional<CampaignStatus> campaignStatusFromName(const QString &name);

// The platforms a campaign's clips may be posted on.
namespace Platform {
inline const QString YouTubeShorts = QStringLiteral("youtube_shorts");
inline const QString TikTok = QStringLiteral("tiktok");
inline const QString InstagramReels = QStringLiteral("instagram_reels");
QStringList all();
} // namespace Platform

struct Campaign
{
    QString id;
    QString brandId;
    bool isTemplate = false;
    QString name;
    QString briefMarkdown;
    QString category;
    qint64 startsAtMs = 0; // 0 = not set yet (drafts)
    qint64 endsAtMs = 0;
    QString timeZone = QStringLiteral("UTC"); // IANA id the dates are shown in
    Money budget;
    qint64 cpmRateMinor = 0;      // paid per 1,000 qualifying views
    qint64 perClipMinor = 0;      // flat fee per approved clip
    qint64 maxPayoutPerClipMinor = 0; // 0 = no cap
    qint64 minViews = 0;          // views a clip needs before it earns
    qint64 capPerClipperMinor = 0;    // 0 = no cap
    Visibility visibility = Visibility::Public;
    QString goals;
    QStringList platforms;
    QStringList requiredHashtags;
    QString disclosureText;
    QStringList blacklistedHashtags;
    int submissionLimitPerClipper = 5;
    QStringList sourceAssetLinks;
    CampaignStatus status = CampaignStatus::Draft;
    QString flaggedReason; // set by an admin; hides the campaign from discovery
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 version = 0;

    friend bool operator==(const Campaign &, const Campaign &) = default;

    QString payoutModel() const; // "cpm", "per_clip", "hybrid" or "none"
    bool isDiscoverable() const;  // public, active, not flagged, not a template
};

// Every field a brand may edit, by its JSON name.
QStringList editableCampaignFields();

QJsonObject campaignToJson(const Campaign &campaign);
// Reads a full campaign row as produced by campaignToJson (trusted input, e.g. the server's).
Campaign campaignFromJson(const QJsonObject &json);

} // namespace ClipDesk::Domain
