#pragma once

#include "demopeople.h"
#include "domain/error.h"

#include <QString>

namespace ClipDesk::Server {

class DemoActor;
class DemoRandom;

// What the offer seeding needs to know about a campaign.
struct DemoCampaignTerms
{
    QString id;
    int brandIndex = 0;
    QString currency;
    QString category;
    qint64 perClipMinor = 0;
    qint64 cpmRateMinor = 0;
    bool isPublic = true; // clippers may apply (the campaign is discoverable while the offers are seeded)
};

// Negotiation threads between brands and clippers through the real offer and membership
// mutations: pending invites and applications, countered threads of two or three rounds,
// accepted offers (memberships, some of them later removed or left), rejected and withdrawn.
class DemoOffers final
{
public:
    enum class Ending { Pending, Countered, CounteredTwice, Accepted, AcceptedAfterCounter, Rejected, Withdrawn };

    DemoOffers(DemoActor &actor, DemoRandom &random, const DemoCast &cast);
    Q_DISABLE_COPY_MOVE(DemoOffers)

    // Seeds a few threads on an active campaign between `fromMs` and `toMs`. With `settledOnly`
    // every thread ends accepted, rejected or withdrawn (for campaigns that finish later).
    Status seedCampaign(const DemoCampaignTerms &campaign, qint64 fromMs, qint64 toMs, bool settledOnly);

    int offerCount() const { return m_offers; }
    int membershipCount() const { return m_memberships; }

private:
    Status runThread(const DemoCampaignTerms &campaign, int clipperIndex, bool invite, Ending ending, qint64 &clock,
                     qint64 toMs);
    Status endMembershipMaybe(const DemoCampaignTerms &campaign, int clipperIndex, const QString &membershipId,
                              qint64 &clock, qint64 toMs);
    Ending pickEnding(bool settledOnly);
    QList<int> pickClippers(const DemoCampaignTerms &campaign, int count);
    QString nextOfferId();
    void advance(qint64 &clock, qint64 toMs);

    DemoActor &m_actor;
    DemoRandom &m_random;
    const DemoCast &m_cast;
    int m_offers = 0;
    int m_memberships = 0;
    int m_nextId = 0;
    bool m_settledOnly = false;
    bool m_demoClipperRemoved = false;
};

} // namespace ClipDesk::Server
