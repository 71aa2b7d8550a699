#include "campaignrules.h"

#include "profile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace ClipDesk::Domain {

namespace {

Status invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

Result<QString> readString(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), CampaignRules::tr("\"%1\" must be text.").arg(field));
    return value.toString().trimmed();
}

Result<qint64> readCount(const QJsonValue &value, const QString &field)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9e15 || number != double(qint64(number)))
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       CampaignRules::tr("\"%1\" must be a whole number of at least 0.").arg(field));
    return qint64(number);
}

Result<QStringList> readList(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), CampaignRules::tr("\"%1\" must be a list.").arg(field));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument), CampaignRules::tr("\"%1\" must be a list of text.").arg(field));
        const QString text = item.toString().trimmed();
        if (!text.isEmpty() && !list.contains(text))
            list.append(text);
    }
    return list;
}

Result<QStringList> readHashtags(const QJsonValue &value, const QString &field)
{
    auto list = readList(value, field);
    if (!list)
        return list;
    QStringList tags;
    for (const QString &text : *list) {
        const QString tag = CampaignRules::normalizedHashtag(text);
        if (tag.isEmpty())
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                           CampaignRules::tr("\"%1\" is not a valid hashtag.").arg(text));
        if (!tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

// Assigns a parsed value, or returns the parse error.
template<typename T, typename U>
Status assign(const Result<T> &parsed, U &target)
{
    if (!parsed)
        return std::unexpected(parsed.error());
    target = *parsed;
    return {};
}

Status applyField(Campaign &c, const QString &key, const QJsonValue &value)
{
    if (key == u"name")
        return assign(readString(value, key), c.name);
    if (key == u"brief")
        return assign(readString(value, key), c.briefMarkdown);
    if (key == u"category")
        return assign(readString(value, key), c.category);
    if (key == u"time_zone")
        return assign(readString(value, key), c.timeZone);
    if (key == u"goals")
        return assign(readString(value, key), c.goals);
    if (key == u"disclosure_text")
        return assign(readString(value, key), c.disclosureText);
    if (key == u"starts_at")
        return assign(readCount(value, key), c.startsAtMs);
    if (key == u"ends_at")
        return assign(readCount(value, key), c.endsAtMs);
    if (key == u"cpm_rate_minor")
        return assign(readCount(value, key), c.cpmRateMinor);
    if (key == u"per_clip_minor")
        return assign(readCount(value, key), c.perClipMinor);
    if (key == u"max_payout_per_clip_minor")
        return assign(readCount(value, key), c.maxPayoutPerClipMinor);
    if (key == u"min_views")
        return assign(readCount(value, key), c.minViews);
    if (key == u"cap_per_clipper_minor")
        return assign(readCount(value, key), c.capPerClipperMinor);
    if (key == u"submission_limit_per_clipper") {
        qint64 limit = 0;
        if (auto ok = assign(readCount(value, key), limit); !ok)
            return ok;
        c.submissionLimitPerClipper = int(qMin<qint64>(limit, CampaignRules::MaxSubmissionLimit + 1));
        return {};
    }
    if (key == u"budget")
        return assign(MoneyRules::fromJson(value, key), c.budget);
    if (key == u"visibility") {
        if (value == QJsonValue(QStringLiteral("public")))
            c.visibility = Visibility::Public;
        else if (value == QJsonValue(QStringLiteral("private")))
            c.visibility = Visibility::Private;
        else
            return invalid(CampaignRules::tr("\"visibility\" is \"public\" or \"private\"."));
        return {};
    }
    if (key == u"platforms")
        return assign(readList(value, key), c.platforms);
    if (key == u"required_hashtags")
        return assign(readHashtags(value, key), c.requiredHashtags);
    if (key == u"blacklisted_hashtags")
        return assign(readHashtags(value, key), c.blacklistedHashtags);
    if (key == u"source_asset_links")
        return assign(readList(value, key), c.sourceAssetLinks);
    return invalid(CampaignRules::tr("\"%1\" is not a campaign field you can change.").arg(key));
}

bool isWebLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

} // namespace

QString CampaignRules::normalizedHashtag(const QString &text)
{
    QString tag = text.trimmed().toLower();
    if (tag.startsWith(QLatin1Char('#')))
        tag.remove(0, 1);
    static const QRegularExpression word(QStringLiteral(R"(^[\p{L}\p{N}_]{1,100}$)"));
    if (!word.match(tag).hasMatch())
        return {};
    return u'#' + tag;
}

Status CampaignRules::applyChanges(Campaign &campaign, const QJsonObject &changes)
{
    if (!isEditable(campaign))
        return invalid(tr("A %1 campaign can no longer be edited.").arg(campaignStatusName(campaign.status)));
    if (changes.isEmpty())
        return invalid(tr("There is nothing to change."));
    Campaign next = campaign;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (auto applied = applyField(next, it.key(), it.value()); !applied)
            return applied;
    }
    if (campaign.status != CampaignStatus::Draft && next.budget.currency != campaign.budget.currency)
        return invalid(tr("The currency can only change while the campaign is a draft."));
    if (auto valid = validate(next); !valid)
        return valid;
    if (campaign.status == CampaignStatus::Active) {
        // An active campaign must keep meeting the activation rules (it cannot lose its budget).
        if (auto stillActive = validateForActivation(next, 0); !stillActive)
            return stillActive;
    }
    campaign = next;
    return {};
}

Status CampaignRules::validate(const Campaign &c)
{
    if (c.name.isEmpty())
        return invalid(tr("A campaign needs a name."));
    if (c.name.size() > MaxNameLength)
        return invalid(tr("The name may have at most %1 characters.").arg(MaxNameLength));
    if (c.briefMarkdown.size() > MaxBriefLength)
        return invalid(tr("The brief may have at most %1 characters.").arg(MaxBriefLength));
    if (c.goals.size() > MaxGoalsLength)
        return invalid(tr("The goals may have at most %1 characters.").arg(MaxGoalsLength));
    if (c.disclosureText.size() > MaxDisclosureLength)
        return invalid(tr("The disclosure text may have at most %1 characters.").arg(MaxDisclosureLength));
    if (!c.category.isEmpty() && !ProfileRules::categories().contains(c.category))
        return invalid(tr("\"%1\" is not a known category.").arg(c.category));
    if (!QTimeZone(c.timeZone.toUtf8()).isValid())
        return invalid(tr("\"%1\" is not a known time zone.").arg(c.timeZone));
    if (c.startsAtMs && c.endsAtMs && c.endsAtMs <= c.startsAtMs)
        return invalid(tr("The campaign must end after it starts."));
    if (auto money = MoneyRules::validate(c.budget); !money)
        return money;
    for (qint64 amount : {c.cpmRateMinor, c.perClipMinor, c.maxPayoutPerClipMinor, c.capPerClipperMinor}) {
        if (amount > MoneyRules::MaxMinor)
            return invalid(tr("An amount is out of range."));
    }
    if (c.maxPayoutPerClipMinor > 0 && c.budget.minor > 0 && c.maxPayoutPerClipMinor > c.budget.minor)
        return invalid(tr("The maximum payout per clip cannot exceed the budget."));
    if (c.capPerClipperMinor > 0 && c.budget.minor > 0 && c.capPerClipperMinor > c.budget.minor)
        return invalid(tr("The cap per clipper cannot exceed the budget."));
    if (c.submissionLimitPerClipper < 1 || c.submissionLimitPerClipper > MaxSubmissionLimit)
        return invalid(tr("The submission limit per clipper is between 1 and %1.").arg(MaxSubmissionLimit));
    for (const QString &platform : c.platforms) {
        if (!Platform::all().contains(platform))
            return invalid(tr("\"%1\" is not a supported platform.").arg(platform));
    }
    if (c.requiredHashtags.size() > MaxHashtags || c.blacklistedHashtags.size() > MaxHashtags)
        return invalid(tr("A campaign may list at most %1 hashtags of each kind.").arg(MaxHashtags));
    for (const QString &tag : c.requiredHashtags) {
        if (c.blacklistedHashtags.contains(tag))
            return invalid(tr("%1 cannot be both required and blacklisted.").arg(tag));
    }
    if (c.sourceAssetLinks.size() > MaxLinks)
        return invalid(tr("A campaign may list at most %1 source links.").arg(MaxLinks));
    for (const QString &link : c.sourceAssetLinks) {
        if (!isWebLink(link))
            return invalid(tr("\"%1\" is not a valid web link.").arg(link));
    }
    return {};
}

Status CampaignRules::validateForActivation(const Campaign &c, qint64 nowMs)
{
    if (c.isTemplate)
        return invalid(tr("A template cannot go active; start a campaign from it instead."));
    if (c.budget.minor <= 0)
        return invalid(tr("A campaign cannot go active with a budget of zero."));
    if (c.cpmRateMinor <= 0 && c.perClipMinor <= 0)
        return invalid(tr("Set a CPM rate, a fee per clip, or both before going active."));
    if (c.platforms.isEmpty())
        return invalid(tr("Choose at least one platform before going active."));
    if (c.category.isEmpty())
        return invalid(tr("Choose a category before going active."));
    if (!c.startsAtMs || !c.endsAtMs)
        return invalid(tr("Set the start and end dates before going active."));
    if (nowMs > 0 && c.endsAtMs <= nowMs)
        return invalid(tr("The campaign's end date has passed."));
    return {};
}

bool CampaignRules::isLegalTransition(CampaignStatus from, CampaignStatus to)
{
    return nextStatuses(from).contains(to);
}

QList<CampaignStatus> CampaignRules::nextStatuses(CampaignStatus from)
{
    switch (from) {
    case CampaignStatus::Draft: return {CampaignStatus::Active};
    case CampaignStatus::Active: return {CampaignStatus::Paused, CampaignStatus::Completed};
    case CampaignStatus::Paused: return {CampaignStatus::Active, CampaignStatus::Completed};
    case CampaignStatus::Completed: return {CampaignStatus::Archived};
    case CampaignStatus::Archived: return {};
    }
    return {};
}

Status CampaignRules::checkTransition(const Campaign &campaign, CampaignStatus to, qint64 nowMs)
{
    if (!isLegalTransition(campaign.status, to))
        return invalid(tr("A campaign cannot go from %1 to %2.").arg(campaignStatusName(campaign.status), campaignStatusName(to)));
    if (to == CampaignStatus::Active)
        return validateForActivation(campaign, nowMs);
    return {};
}

bool CampaignRules::isEditable(const Campaign &campaign)
{
    return campaign.status == CampaignStatus::Draft || campaign.status == CampaignStatus::Active
           || campaign.status == CampaignStatus::Paused;
}

} // namespace ClipDesk::Domain
