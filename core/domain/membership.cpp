#include "membership.h"

#include <QUuid>

namespace ClipDesk::Domain {

namespace {

struct StatusName
{
    MembershipStatus status;
    const char *name;
};

constexpr StatusName statusNames[] = {
    {MembershipStatus::Active, "active"},
    {MembershipStatus::Removed, "removed"},
    {MembershipStatus::Left, "left"},
};

// Namespace of membership ids (a fixed random UUID; never change it).
const QUuid membershipNamespace(QStringLiteral("7c6f3d0e-2a51-4f0b-9a43-5b1d8e6c2f90"));

} // namespace

QString membershipStatusName(MembershipStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<MembershipStatus> membershipStatusFromName(const QString &name)
{
    for (const auto &entry : statusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QString membershipIdForOffer(const QString &offerId)
{
    return QUuid::createUuidV5(membershipNamespace, offerId).toString(QUuid::WithoutBraces);
}

QJsonObject membershipToJson(const Membership &m)
{
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("campaign_id"), m.campaignId},
        {QStringLiteral("brand_id"), m.brandId},
        {QStringLiteral("clipper_id"), m.clipperId},
        {QStringLiteral("offer_id"), m.offerId},
        {QStringLiteral("terms"), offerTermsToJson(m.terms)},
        {QStringLiteral("status"), membershipStatusName(m.status)},
        {QStringLiteral("joined_at"), m.joinedAtMs},
        {QStringLiteral("ended_at"), m.endedAtMs},
        {QStringLiteral("version"), m.version},
    };
}

Membership membershipFromJson(const QJsonObject &json)
{
    Membership m;
    m.id = json.value(QStringLiteral("id")).toString();
    m.campaignId = json.value(QStringLiteral("campaign_id")).toString();
    m.brandId = json.value(QStringLiteral("brand_id")).toString();
    m.clipperId = json.value(QStringLiteral("clipper_id")).toString();
    m.offerId = json.value(QStringLiteral("offer_id")).toString();
    const QJsonObject terms = json.value(QStringLiteral("terms")).toObject();
    m.terms.requirements = terms.value(QStringLiteral("requirements")).toString();
    m.terms.perClipMinor = qint64(terms.value(QStringLiteral("per_clip_minor")).toDouble());
    m.terms.cpmRateMinor = qint64(terms.value(QStringLiteral("cpm_rate_minor")).toDouble());
    m.terms.currency = terms.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
    m.terms.message = terms.value(QStringLiteral("message")).toString();
    m.status = membershipStatusFromName(json.value(QStringLiteral("status")).toString()).value_or(MembershipStatus::Active);
    m.joinedAtMs = qint64(json.value(QStringLiteral("joined_at")).toDouble());
    m.endedAtMs = qint64(json.value(QStringLiteral("ended_at")).toDouble());
    m.version = qint64(json.value(QStringLiteral("version")).toDouble());
    return m;
}

} // namespace ClipDesk::Domain
