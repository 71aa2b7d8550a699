#include "mutations.h"

#include "testapiclient.h"

#include <QDateTime>
#include <QJsonArray>

namespace ClipDesk::Testing {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

QJsonObject make(const QString &name, const QJsonObject &args, qint64 baseVersion = 0)
{
    return TestApiClient::mutation(name, args, baseVersion);
}

} // namespace

QJsonObject Mutations::activatableFields(const QString &name, const QString &visibility)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("brief"), QStringLiteral("Cut the best moments.")},
        {QStringLiteral("category"), QStringLiteral("gaming")},
        {QStringLiteral("platforms"), QJsonArray{QStringLiteral("tiktok"), QStringLiteral("youtube_shorts")}},
        {QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 500000}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
        {QStringLiteral("cpm_rate_minor"), 250},
        {QStringLiteral("starts_at"), now - HourMs},
        {QStringLiteral("ends_at"), now + 30 * 24 * HourMs},
        {QStringLiteral("visibility"), visibility},
    };
}

QJsonObject Mutations::terms(qint64 perClipMinor, const QString &currency)
{
    return QJsonObject{{QStringLiteral("requirements"), QStringLiteral("2 clips")},
                       {QStringLiteral("per_clip_minor"), perClipMinor},
                       {QStringLiteral("cpm_rate_minor"), 0},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("message"), QStringLiteral("Let's work together")}};
}

QJsonObject Mutations::createCampaign(const QString &id, const QJsonObject &fields)
{
    return make(QStringLiteral("campaign.create"), {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}});
}

QJsonObject Mutations::updateCampaign(const QString &id, const QJsonObject &changes, qint64 baseVersion)
{
    return make(QStringLiteral("campaign.update"), {{QStringLiteral("id"), id}, {QStringLiteral("changes"), changes}}, baseVersion);
}

QJsonObject Mutations::setStatus(const QString &id, const QString &status, qint64 baseVersion)
{
    return make(QStringLiteral("campaign.set_status"), {{QStringLiteral("id"), id}, {QStringLiteral("status"), status}}, baseVersion);
}

QJsonObject Mutations::cloneCampaign(const QString &id, const QString &newId, bool asTemplate)
{
    return make(QStringLiteral("campaign.clone"),
                {{QStringLiteral("id"), id}, {QStringLiteral("new_id"), newId}, {QStringLiteral("as_template"), asTemplate}});
}

QJsonObject Mutations::deleteCampaign(const QString &id)
{
    return make(QStringLiteral("campaign.delete"), {{QStringLiteral("id"), id}});
}

QJsonObject Mutations::createOffer(const QString &id, const QString &campaignId, const QString &clipperId, const QJsonObject &terms)
{
    QJsonObject args{{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), campaignId}, {QStringLiteral("terms"), terms}};
    if (!clipperId.isEmpty())
        args.insert(QStringLiteral("clipper_id"), clipperId);
    return make(QStringLiteral("offer.create"), args);
}

QJsonObject Mutations::counterOffer(const QString &id, const QString &offerId, const QJsonObject &terms)
{
    return make(QStringLiteral("offer.counter"),
                {{QStringLiteral("id"), id}, {QStringLiteral("offer_id"), offerId}, {QStringLiteral("terms"), terms}});
}

QJsonObject Mutations::acceptOffer(const QString &offerId)
{
    return make(QStringLiteral("offer.accept"), {{QStringLiteral("offer_id"), offerId}});
}

QJsonObject Mutations::rejectOffer(const QString &offerId)
{
    return make(QStringLiteral("offer.reject"), {{QStringLiteral("offer_id"), offerId}});
}

QJsonObject Mutations::withdrawOffer(const QString &offerId)
{
    return make(QStringLiteral("offer.withdraw"), {{QStringLiteral("offer_id"), offerId}});
}

QJsonObject Mutations::removeMember(const QString &membershipId)
{
    return make(QStringLiteral("membership.remove"), {{QStringLiteral("id"), membershipId}, {QStringLiteral("reason"), QStringLiteral("test")}});
}

QJsonObject Mutations::leaveMembership(const QString &membershipId)
{
    return make(QStringLiteral("membership.leave"), {{QStringLiteral("id"), membershipId}});
}

QJsonObject Mutations::updateProfile(const QJsonObject &changes, qint64 baseVersion)
{
    return make(QStringLiteral("profile.update"), {{QStringLiteral("changes"), changes}}, baseVersion);
}

QJsonObject Mutations::markNotificationRead(const QString &id)
{
    return make(QStringLiteral("notification.mark_read"), {{QStringLiteral("id"), id}});
}

QJsonObject Mutations::admin(const QString &name, const QString &id, const QString &reason)
{
    return make(name, {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
}

} // namespace ClipDesk::Testing
