#pragma once

#include "money.h"
#include "role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ClipDesk::Domain {

// One round of terms in a negotiation ("ad request") between a brand and a clipper about a
// campaign. A thread starts with an invite (from the brand) or an application (from the
// clipper); every counter-offer is a new round, and every round is kept.
enum class OfferKind { Invite, Application };
enum class OfferStatus { Pending, Countered, Accepted, Rejected, Withdrawn };

QString offerKindName(OfferKind kind);
std::optional<OfferKind> offerKindFromName(const QString &name);
QString offerStatusName(OfferStatus status);
std::optional<OfferStatus> offerStatusFromName(const QString &name);

struct OfferTerms
{
    QString requirements;        // e.g. "3 clips, product visible for 10 s"
    qint64 perClipMinor = 0;     // flat fee per approved clip
    qint64 cpmRateMinor = 0;     // per 1,000 views
    QString currency = QStringLiteral("USD");
    QString message;             // a note to the other side

    friend bool operator==(const OfferTerms &, const OfferTerms &) = default;
};

struct Offer
{
    QString id;
    QString threadId;
    QString campaignId;
    QString brandId;
    QString clipperId;
    OfferKind kind = OfferKind::Invite;
    int round = 1;
    Role authorRole = Role::Brand;
    OfferTerms terms;
    OfferStatus status = OfferStatus::Pending;
    qint64 createdAtMs = 0;
    qint64 respondedAtMs = 0;
    qint64 version = 0;

    friend bool operator==(const Offer &, const Offer &) = default;
};

class OfferRules final
{
    Q_DECLARE_TR_FUNCTIONS(OfferRules)

public:
    static constexpr int MaxRequirementsLength = 2000;
    static constexpr int MaxMessageLength = 2000;

    static Result<OfferTerms> termsFromJson(const QJsonObject &json);
    static Status validateTerms(const OfferTerms &terms, const QString &campaignCurrency);
    // Accept, reject and counter belong to the side that did not write the pending round.
    static Status checkResponder(const Offer &offer, Role responder);
    // Withdrawing belongs to the side that wrote the pending round.
    static Status checkWithdrawer(const Offer &offer, Role withdrawer);
};

QJsonObject offerTermsToJson(const OfferTerms &terms);
QJsonObject offerToJson(const Offer &offer);
Offer offerFromJson(const QJsonObject &json);

} // namespace ClipDesk::Domain
