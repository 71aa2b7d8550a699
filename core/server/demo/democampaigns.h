#pragma once

#include "demooffers.h"
#include "demopeople.h"
#include "domain/campaign.h"
#include "domain/error.h"

#include <QList>
#include <QSet>
#include <QString>

namespace ClipDesk::Server {

class DemoActor;
class DemoRandom;

// A seeded campaign, for the moderation step that follows.
struct DemoCampaignRecord
{
    QString id;
    int brandIndex = 0;
    Domain::CampaignStatus status = Domain::CampaignStatus::Draft;
    bool isPublic = true;
    bool isTemplate = false;
};

// The demo world's campaigns: about 20 in every status (draft, active, paused, completed,
// archived) and a few templates, spread over the brands (the demo brand runs the most), each
// driven through its real lifecycle: created, activated, given offers while active, then
// paused, completed or archived, with dates relative to `nowMs`.
class DemoCampaigns final
{
public:
    static constexpr int PerStatus = 20;

    DemoCampaigns(DemoActor &actor, DemoRandom &random, const DemoCast &cast, qint64 nowMs);
    Q_DISABLE_COPY_MOVE(DemoCampaigns)

    Status seed();

    const QList<DemoCampaignRecord> &campaigns() const { return m_campaigns; }
    int offerCount() const { return m_offers.offerCount(); }
    int membershipCount() const { return m_offers.membershipCount(); }

private:
    struct Plan
    {
        Domain::CampaignStatus status;
        int brandIndex;
        qint64 startsAtMs; // 0: a draft without dates
        qint64 endsAtMs;
    };

    Status seedOne(const Plan &plan);
    Status seedTemplates();
    QJsonObject fields(const Plan &plan, DemoCampaignTerms &terms);
    Result<qint64> setStatus(int brandIndex, const QString &id, Domain::CampaignStatus status, qint64 version, qint64 clock);
    Plan plan(Domain::CampaignStatus status, int ordinal);
    QString nextCampaignId();

    DemoActor &m_actor;
    DemoRandom &m_random;
    const DemoCast &m_cast;
    const qint64 m_now;
    DemoOffers m_offers;
    QList<DemoCampaignRecord> m_campaigns;
    QSet<QString> m_usedNames; // every brand has its own products, so this keeps each brand's names unique
    int m_nextId = 0;
};

} // namespace ClipDesk::Server
