#include "democampaigns.h"

#include "democatalog.h"
#include "demoactor.h"
#include "demorandom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace ClipDesk::Server {

using Domain::CampaignStatus;

namespace {

constexpr qint64 HourMs = 60ll * 60 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// The demo brand runs three campaigns in eight; the other brands share the rest.
constexpr int BrandRotation[] = {0, 1, 0, 2, 3, 0, 4, 5};

QString platformLabel(const QString &platform)
{
    if (platform == Domain::Platform::TikTok)
        return QStringLiteral("TikTok");
    if (platform == Domain::Platform::YouTubeShorts)
        return QStringLiteral("YouTube Shorts");
    return QStringLiteral("Instagram Reels");
}

QString hashtagOf(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    return u'#' + QString(text).remove(nonWord).toLower();
}

qint64 roundTo(qint64 value, qint64 step)
{
    return qMax(step, (value / step) * step);
}

} // namespace

DemoCampaigns::DemoCampaigns(DemoActor &actor, DemoRandom &random, const DemoCast &cast, qint64 nowMs)
    : m_actor(actor)
    , m_random(random)
    , m_cast(cast)
    , m_now(nowMs)
    , m_offers(actor, random, cast)
{
}

QString DemoCampaigns::nextCampaignId()
{
    static const QUuid campaignNamespace(QStringLiteral("5d2f8a61-0c4e-4b9d-a7e3-1f6b8c2d9e47"));
    return QUuid::createUuidV5(campaignNamespace, QString::number(m_nextId++)).toString(QUuid::WithoutBraces);
}

DemoCampaigns::Plan DemoCampaigns::plan(CampaignStatus status, int ordinal)
{
    Plan p{status, BrandRotation[ordinal % 8], 0, 0};
    switch (status) {
    case CampaignStatus::Draft:
        if (m_random.chance(0.6)) {
            p.startsAtMs = m_now + m_random.between(5, 40) * DayMs;
            p.endsAtMs = p.startsAtMs + m_random.between(21, 60) * DayMs;
        }
        break;
    case CampaignStatus::Active:
    case CampaignStatus::Paused:
        p.startsAtMs = m_now - m_random.between(4, 35) * DayMs;
        p.endsAtMs = m_now + m_random.between(10, 60) * DayMs;
        break;
    case CampaignStatus::Completed:
        p.startsAtMs = m_now - m_random.between(60, 130) * DayMs;
        p.endsAtMs = p.startsAtMs + m_random.between(21, 50) * DayMs;
        break;
    case CampaignStatus::Archived:
        p.startsAtMs = m_now - m_random.between(180, 400) * DayMs;
        p.endsAtMs = p.startsAtMs + m_random.between(21, 60) * DayMs;
        break;
    }
    // Round to whole hours, as a person would pick them.
    p.startsAtMs -= p.startsAtMs % HourMs;
    p.endsAtMs -= p.endsAtMs % HourMs;
    return p;
}

QJsonObject DemoCampaigns::fields(const Plan &plan, DemoCampaignTerms &terms)
{
    const DemoBrand &brand = m_cast.brands.at(plan.brandIndex).brand;
    // Names are unique per brand, as a brand would keep them.
    QString product;
    QString name;
    for (int attempt = 0; attempt < 50 && (name.isEmpty() || m_usedNames.contains(name)); ++attempt) {
        product = m_random.pick(brand.products);
        name = DemoCatalog::campaignName(m_random, product);
    }
    if (m_usedNames.contains(name))
        name += QStringLiteral(" (%1)").arg(m_nextId);
    m_usedNames.insert(name);
    const QStringList platforms = m_random.sample(Domain::Platform::all(), m_random.between(1, 3));
    QStringList platformNames;
    for (const QString &platform : platforms)
        platformNames.append(platformLabel(platform));
    const QStringList hashtags{hashtagOf(brand.handle), hashtagOf(product)};

    const qint64 budget = roundTo(m_random.between(2'000, 60'000) * 100, 50'000);
    const double model = m_random.unit();
    const qint64 cpm = model < 0.25 ? 0 : roundTo(m_random.between(150, 1'200), 25);
    const qint64 perClip = model >= 0.25 && model < 0.5 ? 0 : roundTo(m_random.between(2'500, 25'000), 500);
    const bool isPublic = !m_random.chance(0.25);

    terms.brandIndex = plan.brandIndex;
    terms.currency = brand.currency;
    terms.category = m_random.pick(brand.categories);
    terms.perClipMinor = perClip;
    terms.cpmRateMinor = cpm;
    terms.isPublic = isPublic;

    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("brief"), DemoCatalog::campaignBrief(m_random, brand, product, platformNames, hashtags)},
        {QStringLiteral("category"), terms.category},
        {QStringLiteral("time_zone"), brand.timeZone},
        {QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), budget}, {QStringLiteral("currency"), brand.currency}}},
        {QStringLiteral("cpm_rate_minor"), cpm},
        {QStringLiteral("per_clip_minor"), perClip},
        {QStringLiteral("max_payout_per_clip_minor"), m_random.chance(0.5) ? qMin(budget / 10, qint64(50'000)) : 0},
        {QStringLiteral("min_views"), m_random.pick(QList<qint64>{0, 1'000, 5'000, 10'000})},
        {QStringLiteral("cap_per_clipper_minor"), m_random.chance(0.4) ? budget / 5 : 0},
        {QStringLiteral("visibility"), isPublic ? QStringLiteral("public") : QStringLiteral("private")},
        {QStringLiteral("goals"), DemoCatalog::campaignGoals(m_random)},
        {QStringLiteral("platforms"), QJsonArray::fromStringList(platforms)},
        {QStringLiteral("required_hashtags"), QJsonArray::fromStringList(hashtags)},
        {QStringLiteral("disclosure_text"), DemoCatalog::disclosure(brand)},
        {QStringLiteral("blacklisted_hashtags"), m_random.chance(0.3) ? QJsonArray{QStringLiteral("#giveaway")} : QJsonArray{}},
        {QStringLiteral("submission_limit_per_clipper"), m_random.between(3, 10)},
        {QStringLiteral("source_asset_links"),
         QJsonArray{QStringLiteral("https://press.%1.example/kit").arg(brand.handle),
                    QStringLiteral("https://youtube.example/watch?v=%1").arg(QString::number(m_random.next() % 1'000'000'000, 36))}},
    };
    if (plan.startsAtMs) {
        json.insert(QStringLiteral("starts_at"), plan.startsAtMs);
        json.insert(QStringLiteral("ends_at"), plan.endsAtMs);
    }
    // Some drafts are still rough: a name and a brief, little else.
    if (plan.status == CampaignStatus::Draft && m_random.chance(0.4)) {
        for (const char *key : {"platforms", "required_hashtags", "goals", "source_asset_links", "cpm_rate_minor"})
            json.remove(QLatin1String(key));
    }
    return json;
}

Result<qint64> DemoCampaigns::setStatus(int brandIndex, const QString &id, CampaignStatus status, qint64 version, qint64 clock)
{
    auto set = m_actor.run(m_cast.brands.at(brandIndex).user, QStringLiteral("campaign.set_status"),
                           {{QStringLiteral("id"), id}, {QStringLiteral("status"), Domain::campaignStatusName(status)}},
                           clock, version);
    if (!set)
        return std::unexpected(set.error());
    return qint64(set->value(QStringLiteral("version")).toInteger());
}

Status DemoCampaigns::seedOne(const Plan &plan)
{
    DemoCampaignTerms terms;
    terms.id = nextCampaignId();
    const QJsonObject json = fields(plan, terms);
    const AuthenticatedUser &brand = m_cast.brands.at(plan.brandIndex).user;
    // Created a few days before it starts (drafts: recently).
    qint64 clock = plan.startsAtMs && plan.status != CampaignStatus::Draft
        ? plan.startsAtMs - m_random.between(2, 10) * DayMs
        : m_now - m_random.between(1, 20) * DayMs - m_random.between(0, 23) * HourMs;
    auto created = m_actor.run(brand, QStringLiteral("campaign.create"),
                               {{QStringLiteral("id"), terms.id}, {QStringLiteral("fields"), json}}, clock);
    if (!created)
        return std::unexpected(created.error());
    qint64 version = created->value(QStringLiteral("version")).toInteger();
    m_campaigns.append({terms.id, plan.brandIndex, plan.status, terms.isPublic, false});
    if (plan.status == CampaignStatus::Draft)
        return {};

    clock = plan.startsAtMs;
    auto activated = setStatus(plan.brandIndex, terms.id, CampaignStatus::Active, version, clock);
    if (!activated)
        return std::unexpected(activated.error());
    version = *activated;

    // The campaign's active stretch: until now, until it was paused, or until it ended.
    const qint64 activeUntil = plan.status == CampaignStatus::Paused ? m_now - m_random.between(1, 3) * DayMs
        : plan.status == CampaignStatus::Active                      ? m_now - HourMs
                                                                     : plan.endsAtMs - DayMs;
    const bool ended = plan.status == CampaignStatus::Completed || plan.status == CampaignStatus::Archived;
    if (auto offers = m_offers.seedCampaign(terms, clock, qMax(clock, activeUntil), ended); !offers)
        return offers;

    Result<qint64> next = version;
    if (plan.status == CampaignStatus::Paused)
        next = setStatus(plan.brandIndex, terms.id, CampaignStatus::Paused, version, activeUntil);
    if (ended)
        next = setStatus(plan.brandIndex, terms.id, CampaignStatus::Completed, version, plan.endsAtMs + HourMs);
    if (next && plan.status == CampaignStatus::Archived)
        next = setStatus(plan.brandIndex, terms.id, CampaignStatus::Archived, *next,
                         plan.endsAtMs + m_random.between(3, 20) * DayMs);
    if (!next)
        return std::unexpected(next.error());
    return {};
}

Status DemoCampaigns::seedTemplates()
{
    // Templates saved from a few live campaigns, and one draft started from a template.
    int made = 0;
    QString firstTemplate;
    for (const DemoCampaignRecord &source : QList<DemoCampaignRecord>(m_campaigns)) {
        if (source.status != CampaignStatus::Active || made >= 5 || (made >= 2 && source.brandIndex == 0))
            continue;
        if (made > 0 && m_random.chance(0.5))
            continue;
        const QString id = nextCampaignId();
        const DemoBrand &brand = m_cast.brands.at(source.brandIndex).brand;
        auto cloned = m_actor.run(m_cast.brands.at(source.brandIndex).user, QStringLiteral("campaign.clone"),
                                  {{QStringLiteral("id"), source.id},
                                   {QStringLiteral("new_id"), id},
                                   {QStringLiteral("as_template"), true},
                                   {QStringLiteral("name"), QStringLiteral("%1 template: %2 launch")
                                                                .arg(brand.company, m_random.pick(brand.products))}},
                                  m_now - m_random.between(1, 10) * DayMs);
        if (!cloned)
            return std::unexpected(cloned.error());
        m_campaigns.append({id, source.brandIndex, CampaignStatus::Draft, source.isPublic, true});
        if (firstTemplate.isEmpty() && source.brandIndex == 0)
            firstTemplate = id;
        ++made;
    }
    if (firstTemplate.isEmpty())
        return {};
    const QString id = nextCampaignId();
    auto started = m_actor.run(m_cast.brands.at(0).user, QStringLiteral("campaign.clone"),
                               {{QStringLiteral("id"), firstTemplate},
                                {QStringLiteral("new_id"), id},
                                {QStringLiteral("as_template"), false},
                                {QStringLiteral("name"), QStringLiteral("Winter launch (from template)")}},
                               m_now - 2 * HourMs);
    if (!started)
        return std::unexpected(started.error());
    m_campaigns.append({id, 0, CampaignStatus::Draft, true, false});
    return {};
}

Status DemoCampaigns::seed()
{
    // Oldest first, so that the change sequence roughly follows the story's timeline.
    for (CampaignStatus status : {CampaignStatus::Archived, CampaignStatus::Completed, CampaignStatus::Paused,
                                  CampaignStatus::Active, CampaignStatus::Draft}) {
        const int count = PerStatus + (status == CampaignStatus::Active ? 3 : 0);
        for (int ordinal = 0; ordinal < count; ++ordinal) {
            if (auto ok = seedOne(plan(status, ordinal)); !ok)
                return ok;
        }
    }
    return seedTemplates();
}

} // namespace ClipDesk::Server
