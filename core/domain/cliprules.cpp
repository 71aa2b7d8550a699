#include "cliprules.h"

#include "campaignrules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace ClipDesk::Domain {

namespace {

std::unexpected<Error> invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

std::unexpected<Error> illegal(const QString &message)
{
    return failure(QString::fromLatin1(ClipErrorCode::IllegalTransition), message);
}

Result<QString> readText(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return invalid(ClipRules::tr("\"%1\" must be text.").arg(field));
    return value.toString().trimmed();
}

Result<QStringList> readHashtags(const QJsonValue &value)
{
    if (!value.isArray())
        return invalid(ClipRules::tr("\"hashtags\" must be a list."));
    QStringList tags;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return invalid(ClipRules::tr("\"hashtags\" must be a list of text."));
        if (item.toString().trimmed().isEmpty())
            continue;
        const QString tag = CampaignRules::normalizedHashtag(item.toString());
        if (tag.isEmpty())
            return invalid(ClipRules::tr("\"%1\" is not a valid hashtag: use letters, digits and _ only.").arg(item.toString()));
        if (!tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

Status applyField(Clip &clip, const QString &key, const QJsonValue &value)
{
    const auto assign = [](auto parsed, auto &target) -> Status {
        if (!parsed)
            return std::unexpected(parsed.error());
        target = *parsed;
        return {};
    };
    if (key == u"title")
        return assign(readText(value, key), clip.title);
    if (key == u"caption")
        return assign(readText(value, key), clip.caption);
    if (key == u"platform")
        return assign(readText(value, key), clip.platform);
    if (key == u"hashtags")
        return assign(readHashtags(value), clip.hashtags);
    return invalid(ClipRules::tr("\"%1\" is not a clip field you can change.").arg(key));
}

// Lower case with runs of white space as one space, for "does the caption say it" checks.
QString comparable(const QString &text)
{
    return text.simplified().toLower();
}

} // namespace

Status ClipRules::applyChanges(Clip &clip, const QJsonObject &changes)
{
    if (auto editable = checkEditable(clip); !editable)
        return editable;
    if (changes.isEmpty())
        return invalid(tr("There is nothing to change."));
    Clip next = clip;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (auto applied = applyField(next, it.key(), it.value()); !applied)
            return applied;
    }
    if (auto valid = validate(next); !valid)
        return valid;
    clip = next;
    return {};
}

Status ClipRules::validate(const Clip &clip)
{
    if (clip.title.trimmed().isEmpty())
        return invalid(tr("A clip needs a title."));
    if (clip.title.size() > MaxTitleLength)
        return invalid(tr("The title may have at most %1 characters.").arg(MaxTitleLength));
    if (clip.caption.size() > MaxCaptionLength)
        return invalid(tr("The caption may have at most %1 characters.").arg(MaxCaptionLength));
    for (const QString &tag : clip.hashtags) {
        if (CampaignRules::normalizedHashtag(tag) != tag)
            return invalid(tr("\"%1\" is not a valid hashtag: use letters, digits and _ only.").arg(tag));
    }
    if (allHashtags(clip).size() > MaxHashtags)
        return invalid(tr("A clip may have at most %1 hashtags, counting those in the caption.").arg(MaxHashtags));
    if (!clip.platform.isEmpty() && !Platform::all().contains(clip.platform))
        return invalid(tr("\"%1\" is not a supported platform.").arg(clip.platform));
    if (clip.postedUrl.size() > MaxUrlLength)
        return invalid(tr("The link may have at most %1 characters.").arg(MaxUrlLength));
    if (clip.hasMedia() && !isMediaSha256(clip.mediaSha256))
        return invalid(tr("The video's SHA-256 must be 64 hexadecimal digits."));
    if (clip.versionNumber < 1)
        return invalid(tr("A clip's version number starts at 1."));
    return {};
}

bool ClipRules::isLegalTransition(ClipStatus from, ClipStatus to)
{
    return nextStatuses(from).contains(to);
}

QList<ClipStatus> ClipRules::nextStatuses(ClipStatus from)
{
    switch (from) {
    case ClipStatus::Draft: return {ClipStatus::Uploading, ClipStatus::Submitted};
    case ClipStatus::Uploading: return {ClipStatus::Draft, ClipStatus::Submitted};
    case ClipStatus::Submitted: return {ClipStatus::Approved, ClipStatus::Rejected};
    case ClipStatus::Approved: return {ClipStatus::Published};
    case ClipStatus::Rejected: return {};
    case ClipStatus::Published: return {};
    }
    return {};
}

bool ClipRules::isEditableInPlace(ClipStatus status)
{
    return status == ClipStatus::Draft || status == ClipStatus::Uploading;
}

Status ClipRules::checkEditable(const Clip &clip)
{
    if (isEditableInPlace(clip.status))
        return {};
    return illegal(tr("A %1 clip cannot be changed in place, because a reviewer has seen it; "
                      "make a new version of it instead.")
                       .arg(clipStatusName(clip.status)));
}

bool ClipRules::isDeletable(ClipStatus status)
{
    return status == ClipStatus::Draft || status == ClipStatus::Uploading || status == ClipStatus::Rejected;
}

Status ClipRules::checkDeletable(const Clip &clip)
{
    if (isDeletable(clip.status))
        return {};
    return illegal(tr("Only drafts and rejected clips can be deleted; this one is %1.").arg(clipStatusName(clip.status)));
}

Status ClipRules::checkNewVersion(const Clip &source)
{
    if (isEditableInPlace(source.status))
        return illegal(tr("A draft is edited in place; it needs no new version."));
    return {};
}

Clip ClipRules::newVersionOf(const Clip &source, const QString &newId, qint64 nowMs)
{
    Clip next;
    next.id = newId;
    next.ownerId = source.ownerId;
    next.campaignId = source.campaignId; // the target stays; the brand sees it once submitted
    next.title = source.title;
    next.caption = source.caption;
    next.hashtags = source.hashtags;
    next.platform = source.platform;
    next.mediaSha256 = source.mediaSha256;
    next.thumbnailSha256 = source.thumbnailSha256;
    next.versionNumber = source.versionNumber + 1;
    next.previousClipId = source.id;
    next.status = ClipStatus::Draft;
    next.createdAtMs = nowMs;
    next.updatedAtMs = nowMs;
    next.version = 1;
    return next;
}

QList<ClipStatus> ClipRules::countedStatuses()
{
    return {ClipStatus::Submitted, ClipStatus::Approved, ClipStatus::Published};
}

Status ClipRules::checkSubmission(const Clip &clip, const Campaign &campaign, const ClipSubmissionContext &context)
{
    switch (clip.status) {
    case ClipStatus::Draft:
        break;
    case ClipStatus::Uploading:
        return illegal(tr("The video is still uploading; submit the clip once the upload has finished."));
    case ClipStatus::Rejected:
        return illegal(tr("A rejected clip cannot be submitted again; make a new version of it."));
    case ClipStatus::Submitted:
    case ClipStatus::Approved:
    case ClipStatus::Published:
        return illegal(tr("This clip was already submitted."));
    }
    if (auto valid = validate(clip); !valid)
        return valid;
    if (!clip.hasMedia())
        return invalid(tr("Attach the video before submitting the clip."));
    if (campaign.isTemplate || campaign.status != CampaignStatus::Active)
        return invalid(tr("The campaign \"%1\" is not taking clips: it is %2.")
                           .arg(campaign.name, campaign.isTemplate ? tr("a template") : campaignStatusName(campaign.status)));
    if (!campaign.flaggedReason.isEmpty())
        return invalid(tr("The campaign \"%1\" was flagged by a moderator and is not taking clips.").arg(campaign.name));
    if (!context.isActiveMember)
        return failure(QString::fromLatin1(ErrorCode::Forbidden),
                       tr("You can only submit clips to campaigns you are a member of."));
    if (context.countedSubmissions >= campaign.submissionLimitPerClipper)
        return failure(QString::fromLatin1(ClipErrorCode::SubmissionLimit),
                       tr("You have reached this campaign's limit of %n clip(s) per clipper.", nullptr,
                          campaign.submissionLimitPerClipper));
    if (clip.platform.isEmpty())
        return invalid(tr("Choose the platform the clip is for before submitting it."));
    if (!campaign.platforms.isEmpty() && !campaign.platforms.contains(clip.platform)) {
        QStringList names;
        for (const QString &platform : campaign.platforms)
            names.append(platformDisplayName(platform));
        return invalid(tr("This campaign takes clips for %1 only.").arg(names.join(QStringLiteral(", "))));
    }
    const QStringList tags = allHashtags(clip);
    QStringList missing;
    for (const QString &required : campaign.requiredHashtags) {
        if (!tags.contains(required))
            missing.append(required);
    }
    if (!missing.isEmpty())
        return invalid(tr("The campaign requires %1 in the caption or hashtags.").arg(missing.join(QStringLiteral(", "))));
    const QString disclosure = comparable(campaign.disclosureText);
    const QString said = comparable(clip.caption + QLatin1Char(' ') + clip.hashtags.join(QLatin1Char(' ')));
    if (!disclosure.isEmpty() && !said.contains(disclosure))
        return invalid(tr("The caption must include the campaign's disclosure: \"%1\".").arg(campaign.disclosureText.simplified()));
    QStringList banned;
    for (const QString &tag : campaign.blacklistedHashtags) {
        if (tags.contains(tag))
            banned.append(tag);
    }
    if (!banned.isEmpty())
        return invalid(tr("The campaign does not allow %1; remove it from the caption and hashtags.")
                           .arg(banned.join(QStringLiteral(", "))));
    return {};
}

Status ClipRules::checkReview(const Clip &clip, bool approve, const QString &feedback)
{
    if (clip.status != ClipStatus::Submitted)
        return illegal(tr("Only submitted clips can be reviewed; this one is %1.").arg(clipStatusName(clip.status)));
    if (!approve && feedback.trimmed().isEmpty())
        return invalid(tr("Say why the clip is rejected, so that the clipper can fix it."));
    if (feedback.size() > MaxFeedbackLength)
        return invalid(tr("The feedback may have at most %1 characters.").arg(MaxFeedbackLength));
    return {};
}

Status ClipRules::checkPublish(const Clip &clip, const QString &postedUrl)
{
    if (clip.status != ClipStatus::Approved && clip.status != ClipStatus::Published)
        return illegal(tr("Only approved clips can be published; this one is %1.").arg(clipStatusName(clip.status)));
    return checkPostedUrl(postedUrl, clip.platform);
}

Status ClipRules::checkPostedUrl(const QString &text, const QString &platform)
{
    if (text.trimmed().isEmpty())
        return invalid(tr("Enter the link of the posted clip."));
    if (text.size() > MaxUrlLength)
        return invalid(tr("The link may have at most %1 characters.").arg(MaxUrlLength));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return invalid(tr("\"%1\" is not a valid web link (it must start with https://).").arg(text.trimmed()));
    const QStringList domains = platformDomains(platform);
    if (domains.isEmpty())
        return invalid(tr("Choose the platform the clip was posted on."));
    const QString host = url.host().toLower();
    for (const QString &domain : domains) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return {};
    }
    return invalid(tr("The link must point to %1 (%2).").arg(platformDisplayName(platform), domains.join(QStringLiteral(", "))));
}

QStringList ClipRules::platformDomains(const QString &platform)
{
    if (platform == Platform::YouTubeShorts)
        return {QStringLiteral("youtube.com"), QStringLiteral("youtu.be")};
    if (platform == Platform::TikTok)
        return {QStringLiteral("tiktok.com")};
    if (platform == Platform::InstagramReels)
        return {QStringLiteral("instagram.com")};
    return {};
}

QString ClipRules::platformDisplayName(const QString &platform)
{
    if (platform == Platform::YouTubeShorts)
        return tr("YouTube Shorts");
    if (platform == Platform::TikTok)
        return tr("TikTok");
    if (platform == Platform::InstagramReels)
        return tr("Instagram Reels");
    return platform;
}

Status ClipRules::checkMediaSha256(const QString &sha256)
{
    if (!isMediaSha256(sha256))
        return invalid(tr("\"media_sha256\" must be a SHA-256 as 64 lower-case hexadecimal digits."));
    return {};
}

bool ClipRules::isMediaSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QStringList ClipRules::hashtagsInText(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"((?<![\p{L}\p{N}_#])#([\p{L}\p{N}_]{1,100}))"));
    QStringList tags;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QString normalized = CampaignRules::normalizedHashtag(it.next().captured(1));
        if (!normalized.isEmpty() && !tags.contains(normalized))
            tags.append(normalized);
    }
    return tags;
}

QStringList ClipRules::allHashtags(const Clip &clip)
{
    QStringList tags = clip.hashtags;
    for (const QString &tag : hashtagsInText(clip.caption)) {
        if (!tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString ClipRules::exactDuplicateFeedback()
{
    return tr("Rejected automatically: the same video was already submitted to this campaign.");
}

QString ClipRules::nearDuplicateFeedback(int similarityPercent)
{
    return tr("Rejected automatically: the video matches one already submitted to this campaign (%1% alike).")
        .arg(similarityPercent);
}

} // namespace ClipDesk::Domain
