#include "demooffers.h"

#include "democatalog.h"
#include "demoactor.h"
#include "demorandom.h"

#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace ClipDesk::Server {

namespace {

constexpr qint64 HourMs = 60ll * 60 * 1000;

QJsonObject termsJson(const QString &requirements, qint64 perClip, qint64 cpm, const QString &currency,
                      const QString &message)
{
    return {{QStringLiteral("requirements"), requirements},
            {QStringLiteral("per_clip_minor"), perClip},
            {QStringLiteral("cpm_rate_minor"), cpm},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("message"), message}};
}

// A counter-offer: the clipper asks for more, the brand meets them part of the way.
qint64 adjusted(qint64 amount, double factor)
{
    return amount == 0 ? 0 : qMax<qint64>(50, qint64(amount * factor / 50.0 + 0.5) * 50);
}

} // namespace

DemoOffers::DemoOffers(DemoActor &actor, DemoRandom &random, const DemoCast &cast)
    : m_actor(actor)
    , m_random(random)
    , m_cast(cast)
{
}

QString DemoOffers::nextOfferId()
{
    static const QUuid offerNamespace(QStringLiteral("9b3e51c4-27d8-4f0a-b6c1-5e8d2a7f4c13"));
    return QUuid::createUuidV5(offerNamespace, QString::number(m_nextId++)).toString(QUuid::WithoutBraces);
}

void DemoOffers::advance(qint64 &clock, qint64 toMs)
{
    clock = qMax(clock, qMin(clock + m_random.between(HourMs, 30 * HourMs), toMs));
}

DemoOffers::Ending DemoOffers::pickEnding(bool settledOnly)
{
    const double dice = m_random.unit();
    if (settledOnly) {
        if (dice < 0.55)
            return Ending::Accepted;
        if (dice < 0.70)
            return Ending::AcceptedAfterCounter;
        return dice < 0.87 ? Ending::Rejected : Ending::Withdrawn;
    }
    if (dice < 0.30)
        return Ending::Pending;
    if (dice < 0.42)
        return Ending::Countered;
    if (dice < 0.50)
        return Ending::CounteredTwice;
    if (dice < 0.70)
        return Ending::Accepted;
    if (dice < 0.78)
        return Ending::AcceptedAfterCounter;
    return dice < 0.90 ? Ending::Rejected : Ending::Withdrawn;
}

QList<int> DemoOffers::pickClippers(const DemoCampaignTerms &campaign, int count)
{
    QList<int> chosen;
    QSet<int> taken;
    // The demo clipper takes part in many of the demo brand's campaigns and some of the others.
    if (m_random.chance(campaign.brandIndex == 0 ? 0.6 : 0.15)) {
        chosen.append(0);
        taken.insert(0);
    }
    int attempts = 0;
    while (chosen.size() < count && attempts++ < 400) {
        const int index = int(m_random.between(1, m_cast.clippers.size() - 1));
        // Mostly creators of the campaign's category, some from elsewhere.
        if (taken.contains(index) || (m_cast.clippers.at(index).category != campaign.category && m_random.chance(0.7)))
            continue;
        chosen.append(index);
        taken.insert(index);
    }
    return chosen;
}

Status DemoOffers::seedCampaign(const DemoCampaignTerms &campaign, qint64 fromMs, qint64 toMs, bool settledOnly)
{
    m_settledOnly = settledOnly;
    const int threads = int(m_random.between(3, 8));
    const QList<int> clippers = pickClippers(campaign, threads);
    qint64 clock = fromMs;
    for (int i = 0; i < clippers.size(); ++i) {
        // Public campaigns get applications as well as invites; private ones only invites.
        const bool invite = !campaign.isPublic || m_random.chance(0.55);
        if (auto ok = runThread(campaign, clippers.at(i), invite, pickEnding(settledOnly), clock, toMs); !ok)
            return ok;
    }
    return {};
}

Status DemoOffers::runThread(const DemoCampaignTerms &campaign, int clipperIndex, bool invite, Ending ending,
                             qint64 &clock, qint64 toMs)
{
    const AuthenticatedUser &brand = m_cast.brands.at(campaign.brandIndex).user;
    const DemoClipper &clipper = m_cast.clippers.at(clipperIndex);
    const QString requirements = DemoCatalog::offerRequirements(m_random);
    const double generosity = 0.8 + 0.4 * m_random.unit();
    qint64 perClip = adjusted(campaign.perClipMinor, generosity);
    qint64 cpm = adjusted(campaign.cpmRateMinor, generosity);

    QJsonObject create{{QStringLiteral("id"), nextOfferId()},
                       {QStringLiteral("campaign_id"), campaign.id},
                       {QStringLiteral("terms"), termsJson(requirements, perClip, cpm, campaign.currency,
                                                           invite ? DemoCatalog::inviteMessage(m_random, m_cast.brands.at(campaign.brandIndex).brand.company)
                                                                  : DemoCatalog::applicationMessage(m_random, clipper.niche))}};
    if (invite)
        create.insert(QStringLiteral("clipper_id"), clipper.user.userId);
    const AuthenticatedUser *author = invite ? &brand : &clipper.user;
    const auto other = [&](const AuthenticatedUser *user) { return user == &brand ? &clipper.user : &brand; };

    advance(clock, toMs);
    auto created = m_actor.run(*author, QStringLiteral("offer.create"), create, clock);
    if (!created)
        return std::unexpected(created.error());
    ++m_offers;
    QString pending = created->value(QStringLiteral("id")).toString();

    const auto counter = [&]() -> Status {
        const bool fromBrand = other(author) == &brand;
        const double factor = fromBrand ? 0.9 + 0.05 * m_random.unit() : 1.1 + 0.15 * m_random.unit();
        perClip = adjusted(perClip, factor);
        cpm = adjusted(cpm, factor);
        const QJsonObject args{{QStringLiteral("id"), nextOfferId()},
                               {QStringLiteral("offer_id"), pending},
                               {QStringLiteral("terms"), termsJson(requirements, perClip, cpm, campaign.currency,
                                                                   DemoCatalog::counterMessage(m_random, fromBrand))}};
        advance(clock, toMs);
        auto countered = m_actor.run(*other(author), QStringLiteral("offer.counter"), args, clock);
        if (!countered)
            return std::unexpected(countered.error());
        ++m_offers;
        pending = countered->value(QStringLiteral("id")).toString();
        author = other(author);
        return {};
    };
    const auto answer = [&](const char *name) -> Result<QJsonObject> {
        advance(clock, toMs);
        const AuthenticatedUser *who = QLatin1String(name) == QLatin1String("offer.withdraw") ? author : other(author);
        return m_actor.run(*who, QString::fromLatin1(name), {{QStringLiteral("offer_id"), pending}}, clock);
    };

    Status status;
    switch (ending) {
    case Ending::Pending:
        return {};
    case Ending::CounteredTwice:
        status = counter();
        if (status)
            status = counter();
        return status;
    case Ending::Countered:
        return counter();
    case Ending::AcceptedAfterCounter:
        status = counter();
        if (!status)
            return status;
        [[fallthrough]];
    case Ending::Accepted: {
        auto accepted = answer("offer.accept");
        if (!accepted)
            return std::unexpected(accepted.error());
        ++m_memberships;
        return endMembershipMaybe(campaign, clipperIndex, accepted->value(QStringLiteral("membership_id")).toString(),
                                  clock, toMs);
    }
    case Ending::Rejected:
    case Ending::Withdrawn: {
        auto answered = answer(ending == Ending::Rejected ? "offer.reject" : "offer.withdraw");
        if (!answered)
            return std::unexpected(answered.error());
        return {};
    }
    }
    return {};
}

Status DemoOffers::endMembershipMaybe(const DemoCampaignTerms &campaign, int clipperIndex, const QString &membershipId,
                                      qint64 &clock, qint64 toMs)
{
    // The demo clipper keeps its memberships, except once in an old campaign (so that it has a
    // removal notice to read).
    const bool removeDemoClipper = clipperIndex == 0 && m_settledOnly && !m_demoClipperRemoved;
    const double dice = removeDemoClipper ? 0.0 : m_random.unit();
    if (dice >= 0.16 || (clipperIndex == 0 && !removeDemoClipper))
        return {};
    m_demoClipperRemoved = m_demoClipperRemoved || removeDemoClipper;
    advance(clock, toMs);
    Result<QJsonObject> ended;
    if (dice < 0.09) {
        ended = m_actor.run(m_cast.brands.at(campaign.brandIndex).user, QStringLiteral("membership.remove"),
                            {{QStringLiteral("id"), membershipId}, {QStringLiteral("reason"), DemoCatalog::removalReason(m_random)}},
                            clock);
    } else {
        ended = m_actor.run(m_cast.clippers.at(clipperIndex).user, QStringLiteral("membership.leave"),
                            {{QStringLiteral("id"), membershipId}}, clock);
    }
    if (!ended)
        return std::unexpected(ended.error());
    return {};
}

} // namespace ClipDesk::Server
