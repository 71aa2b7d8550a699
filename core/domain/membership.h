#pragma once

#include "offer.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ClipDesk::Domain {

// A clipper's place in a campaign, created when an offer is accepted, with the agreed terms.
// A clipper has at most one active membership per campaign; ended ones are kept.
enum class MembershipStatus { Active, Removed, Left };

QString membershipStatusName(MembershipStatus status);
std::optional<MembershipStatus> membershipStatusFromName(const QString &name);

struct Membership
{
    QString id;
    QString campaignId;
    QString brandId;
    QString clipperId;
    QString offerId; // the accepted round
    OfferTerms terms;
    MembershipStatus status = MembershipStatus::Active;
    QString endReason; // why the brand removed the clipper; not part of the synced row
    qint64 joinedAtMs = 0;
    qint64 endedAtMs = 0; // 0 while active
    qint64 version = 0;

    friend bool operator==(const Membership &, const Membership &) = default;

    bool isActive() const { return status == MembershipStatus::Active; }
};

// The id of the membership an accepted offer creates: a name-based UUID (v5) of the offer id,
// so a client can predict it while offline.
QString membershipIdForOffer(const QString &offerId);

QJsonObject membershipToJson(const Membership &membership);
Membership membershipFromJson(const QJsonObject &json);

} // namespace ClipDesk::Domain
