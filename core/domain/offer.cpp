#include "offer.h"

namespace ClipDesk::Domain {

namespace {

template<typename Enum>
struct NamedValue
{
    Enum value;
    const char *name;
};

constexpr NamedValue<OfferKind> kindNames[] = {{OfferKind::Invite, "invite"}, {OfferKind::Application, "application"}};
constexpr NamedValue<OfferStatus> statusNames[] = {
    {OfferStatus::Pending, "pending"},   {OfferStatus::Countered, "countered"}, {OfferStatus::Accepted, "accepted"},
    {OfferStatus::Rejected, "rejected"}, {OfferStatus::Withdrawn, "withdrawn"},
};

template<typename Enum, size_t N>
QString nameOf(const NamedValue<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const NamedValue<Enum> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

Status invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

} // namespace

QString offerKindName(OfferKind kind) { return nameOf(kindNames, kind); }
std::optional<OfferKind> offerKindFromName(const QString &name) { return valueOf(kindNames, name); }
QString offerStatusName(OfferStatus status) { return nameOf(statusNames, status); }
std::optional<OfferStatus> offerStatusFromName(const QString &name) { return valueOf(statusNames, name); }

Result<OfferTerms> OfferRules::termsFromJson(const QJsonObject &json)
{
    static const QStringList known = {QStringLiteral("requirements"), QStringLiteral("per_clip_minor"),
                                      QStringLiteral("cpm_rate_minor"), QStringLiteral("currency"),
                                      QStringLiteral("message")};
    for (const QString &key : json.keys()) {
        if (!known.contains(key))
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("\"%1\" is not an offer term.").arg(key));
    }
    OfferTerms terms;
    for (const auto &[key, target] : {std::pair{QStringLiteral("requirements"), &terms.requirements},
                                      std::pair{QStringLiteral("message"), &terms.message},
                                      std::pair{QStringLiteral("currency"), &terms.currency}}) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("\"%1\" must be text.").arg(key));
        *target = value.toString().trimmed();
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("per_clip_minor"), &terms.perClipMinor},
                                      std::pair{QStringLiteral("cpm_rate_minor"), &terms.cpmRateMinor}}) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > double(MoneyRules::MaxMinor) || number != double(qint64(number)))
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                           tr("\"%1\" must be a whole amount in minor units.").arg(key));
        *target = qint64(number);
    }
    return terms;
}

Status OfferRules::validateTerms(const OfferTerms &terms, const QString &campaignCurrency)
{
    if (terms.requirements.size() > MaxRequirementsLength)
        return invalid(tr("The requirements may have at most %1 characters.").arg(MaxRequirementsLength));
    if (terms.message.size() > MaxMessageLength)
        return invalid(tr("The message may have at most %1 characters.").arg(MaxMessageLength));
    if (terms.currency != campaignCurrency)
        return invalid(tr("Offer terms must be in the campaign's currency, %1.").arg(campaignCurrency));
    if (terms.perClipMinor > MoneyRules::MaxMinor || terms.cpmRateMinor > MoneyRules::MaxMinor)
        return invalid(tr("An amount is out of range."));
    return {};
}

Status OfferRules::checkResponder(const Offer &offer, Role responder)
{
    if (offer.status != OfferStatus::Pending)
        return failure(QStringLiteral("offer_closed"), tr("This offer is already %1.").arg(offerStatusName(offer.status)));
    if (responder == offer.authorRole)
        return failure(QString::fromLatin1(ErrorCode::Forbidden), tr("You cannot answer your own offer; wait for the other side."));
    return {};
}

Status OfferRules::checkWithdrawer(const Offer &offer, Role withdrawer)
{
    if (offer.status != OfferStatus::Pending)
        return failure(QStringLiteral("offer_closed"), tr("This offer is already %1.").arg(offerStatusName(offer.status)));
    if (withdrawer != offer.authorRole)
        return failure(QString::fromLatin1(ErrorCode::Forbidden), tr("Only the side that made an offer can withdraw it."));
    return {};
}

QJsonObject offerTermsToJson(const OfferTerms &terms)
{
    return {
        {QStringLiteral("requirements"), terms.requirements},
        {QStringLiteral("per_clip_minor"), terms.perClipMinor},
        {QStringLiteral("cpm_rate_minor"), terms.cpmRateMinor},
        {QStringLiteral("currency"), terms.currency},
        {QStringLiteral("message"), terms.message},
    };
}

QJsonObject offerToJson(const Offer &offer)
{
    return {
        {QStringLiteral("id"), offer.id},
        {QStringLiteral("thread_id"), offer.threadId},
        {QStringLiteral("campaign_id"), offer.campaignId},
        {QStringLiteral("brand_id"), offer.brandId},
        {QStringLiteral("clipper_id"), offer.clipperId},
        {QStringLiteral("kind"), offerKindName(offer.kind)},
        {QStringLiteral("round"), offer.round},
        {QStringLiteral("author_role"), roleName(offer.authorRole)},
        {QStringLiteral("terms"), offerTermsToJson(offer.terms)},
        {QStringLiteral("status"), offerStatusName(offer.status)},
        {QStringLiteral("created_at"), offer.createdAtMs},
        {QStringLiteral("responded_at"), offer.respondedAtMs},
        {QStringLiteral("version"), offer.version},
    };
}

Offer offerFromJson(const QJsonObject &json)
{
    Offer offer;
    offer.id = json.value(QStringLiteral("id")).toString();
    offer.threadId = json.value(QStringLiteral("thread_id")).toString();
    offer.campaignId = json.value(QStringLiteral("campaign_id")).toString();
    offer.brandId = json.value(QStringLiteral("brand_id")).toString();
    offer.clipperId = json.value(QStringLiteral("clipper_id")).toString();
    offer.kind = offerKindFromName(json.value(QStringLiteral("kind")).toString()).value_or(OfferKind::Invite);
    offer.round = json.value(QStringLiteral("round")).toInt(1);
    offer.authorRole = roleFromName(json.value(QStringLiteral("author_role")).toString()).value_or(Role::Brand);
    const QJsonObject terms = json.value(QStringLiteral("terms")).toObject();
    offer.terms.requirements = terms.value(QStringLiteral("requirements")).toString();
    offer.terms.perClipMinor = qint64(terms.value(QStringLiteral("per_clip_minor")).toDouble());
    offer.terms.cpmRateMinor = qint64(terms.value(QStringLiteral("cpm_rate_minor")).toDouble());
    offer.terms.currency = terms.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
    offer.terms.message = terms.value(QStringLiteral("message")).toString();
    offer.status = offerStatusFromName(json.value(QStringLiteral("status")).toString()).value_or(OfferStatus::Pending);
    offer.createdAtMs = qint64(json.value(QStringLiteral("created_at")).toDouble());
    offer.respondedAtMs = qint64(json.value(QStringLiteral("responded_at")).toDouble());
    offer.version = qint64(json.value(QStringLiteral("version")).toDouble());
    return offer;
}

} // namespace ClipDesk::Domain
