#include "clip.h"

#include <QJsonArray>

namespace ClipDesk::Domain {

namespace {

struct StatusName
{
    ClipStatus status;
    const char *name;
};

constexpr StatusName statusNames[] = {
    {ClipStatus::Draft, "draft"},         {ClipStatus::Uploading, "uploading"}, {ClipStatus::Submitted, "submitted"},
    {ClipStatus::Approved, "approved"},   {ClipStatus::Rejected, "rejected"},   {ClipStatus::Published, "published"},
};

qint64 toInt64(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

} // namespace

QString clipStatusName(ClipStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ClipStatus> clipStatusFromName(const QString &name)
{
    for (const auto &entry : statusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QStringList clipStatusNames()
{
    QStringList names;
    for (const auto &entry : statusNames)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

QStringList editableClipFields()
{
    return {QStringLiteral("title"), QStringLiteral("caption"), QStringLiteral("hashtags"), QStringLiteral("platform")};
}

QJsonObject clipToJson(const Clip &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("owner_id"), c.ownerId},
        {QStringLiteral("campaign_id"), c.campaignId},
        {QStringLiteral("brand_id"), c.brandId},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("caption"), c.caption},
        {QStringLiteral("hashtags"), QJsonArray::fromStringList(c.hashtags)},
        {QStringLiteral("platform"), c.platform},
        {QStringLiteral("posted_url"), c.postedUrl},
        {QStringLiteral("media_sha256"), c.mediaSha256},
        {QStringLiteral("thumbnail_sha256"), c.thumbnailSha256},
        {QStringLiteral("version_number"), c.versionNumber},
        {QStringLiteral("previous_clip_id"), c.previousClipId},
        {QStringLiteral("status"), clipStatusName(c.status)},
        {QStringLiteral("review_feedback"), c.reviewFeedback},
        {QStringLiteral("reviewed_by"), c.reviewedBy},
        {QStringLiteral("submitted_at"), c.submittedAtMs},
        {QStringLiteral("reviewed_at"), c.reviewedAtMs},
        {QStringLiteral("published_at"), c.publishedAtMs},
        {QStringLiteral("created_at"), c.createdAtMs},
        {QStringLiteral("updated_at"), c.updatedAtMs},
        {QStringLiteral("version"), c.version},
    };
}

Clip clipFromJson(const QJsonObject &json)
{
    Clip c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.ownerId = json.value(QStringLiteral("owner_id")).toString();
    c.campaignId = json.value(QStringLiteral("campaign_id")).toString();
    c.brandId = json.value(QStringLiteral("brand_id")).toString();
    c.title = json.value(QStringLiteral("title")).toString();
    c.caption = json.value(QStringLiteral("caption")).toString();
    for (const QJsonValue &tag : json.value(QStringLiteral("hashtags")).toArray())
        c.hashtags.append(tag.toString());
    c.platform = json.value(QStringLiteral("platform")).toString();
    c.postedUrl = json.value(QStringLiteral("posted_url")).toString();
    c.mediaSha256 = json.value(QStringLiteral("media_sha256")).toString();
    c.thumbnailSha256 = json.value(QStringLiteral("thumbnail_sha256")).toString();
    c.versionNumber = json.value(QStringLiteral("version_number")).toInt(1);
    c.previousClipId = json.value(QStringLiteral("previous_clip_id")).toString();
    c.status = clipStatusFromName(json.value(QStringLiteral("status")).toString()).value_or(ClipStatus::Draft);
    c.reviewFeedback = json.value(QStringLiteral("review_feedback")).toString();
    c.reviewedBy = json.value(QStringLiteral("reviewed_by")).toString();
    c.submittedAtMs = toInt64(json.value(QStringLiteral("submitted_at")));
    c.reviewedAtMs = toInt64(json.value(QStringLiteral("reviewed_at")));
    c.publishedAtMs = toInt64(json.value(QStringLiteral("published_at")));
    c.createdAtMs = toInt64(json.value(QStringLiteral("created_at")));
    c.updatedAtMs = toInt64(json.value(QStringLiteral("updated_at")));
    c.version = toInt64(json.value(QStringLiteral("version")));
    return c;
}

} // namespace ClipDesk::Domain
