#include "democlips.h"

#include "demomedia.h"
#include "demorandom.h"
#include "domain/campaignrules.h"
#include "domain/cliprules.h"
#include "storage/campaignrepository.h"
#include "storage/changesequence.h"
#include "storage/cliprepository.h"
#include "storage/database.h"

#include <QUuid>

namespace ClipDesk::Server {

namespace {

using Domain::ClipStatus;

constexpr qint64 HourMs = 60ll * 60 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

const QStringList &titles()
{
    static const QStringList list = {
        QStringLiteral("The moment the crowd went silent"), QStringLiteral("Unboxing in 30 seconds"),
        QStringLiteral("Wait for the last shot"),           QStringLiteral("Three tips nobody tells you"),
        QStringLiteral("Before and after"),                 QStringLiteral("The clutch play"),
        QStringLiteral("First reaction, no cuts"),          QStringLiteral("Why this changed my routine"),
        QStringLiteral("Behind the scenes"),                QStringLiteral("The one-take challenge"),
        QStringLiteral("Speed run highlight"),              QStringLiteral("Honest review, part 1"),
        QStringLiteral("Morning routine remix"),            QStringLiteral("The drop everyone missed"),
    };
    return list;
}

const QStringList &hooks()
{
    static const QStringList list = {
        QStringLiteral("You have to see the ending."), QStringLiteral("Saved the best part for last."),
        QStringLiteral("This took 40 tries."),         QStringLiteral("Tell me you saw that coming."),
        QStringLiteral("Sound on for this one."),      QStringLiteral("Watch it twice."),
    };
    return list;
}

const QStringList &rejections()
{
    static const QStringList list = {
        QStringLiteral("The product is on screen for less than 3 seconds; the brief asks for 10."),
        QStringLiteral("Audio is out of sync after the first cut. Please re-export and submit a new version."),
        QStringLiteral("The disclosure is hidden at the end of the caption; put it in the first line."),
        QStringLiteral("Too dark to see the logo. Try the brighter take from the source footage."),
    };
    return list;
}

const QStringList &approvals()
{
    static const QStringList list = {
        QStringLiteral("Great hook, post it this week."), QStringLiteral("Perfect pacing."), QString(),
        QStringLiteral("Love the ending. Approved."),
    };
    return list;
}

QString postedUrl(const QString &platform, const QString &username, DemoRandom &random)
{
    const QString digits = QString::number(random.between(7'100'000'000'000'000'000LL, 7'399'999'999'999'999'999LL));
    if (platform == Domain::Platform::YouTubeShorts)
        return QStringLiteral("https://youtube.com/shorts/") + digits.right(11);
    if (platform == Domain::Platform::InstagramReels)
        return QStringLiteral("https://www.instagram.com/reel/C") + digits.right(10) + u'/';
    return QStringLiteral("https://www.tiktok.com/@") + username + QStringLiteral("/video/") + digits;
}

} // namespace

DemoClips::DemoClips(Storage::Database &db, DemoRandom &random, const DemoCast &cast, DemoMedia &media, qint64 nowMs)
    : m_db(db)
    , m_random(random)
    , m_cast(cast)
    , m_media(media)
    , m_now(nowMs)
{
}

QString DemoClips::nextClipId()
{
    static const QUuid clipNamespace(QStringLiteral("3f9a2c71-8d4e-4b6a-9c15-e27b0d5a8f46"));
    return QUuid::createUuidV5(clipNamespace, QString::number(m_nextId++)).toString(QUuid::WithoutBraces);
}

Status DemoClips::seed()
{
    if (m_cast.clippers.isEmpty() || m_cast.brands.isEmpty())
        return {};
    if (auto seeded = seedDemoClipper(); !seeded)
        return seeded;
    return seedOtherClippers();
}

Result<QStringList> DemoClips::memberCampaigns(const QString &clipperId, const QString &brandId)
{
    QString sql = QStringLiteral("SELECT m.campaign_id FROM memberships m JOIN campaigns c ON c.id = m.campaign_id"
                                 " WHERE m.clipper_id = ? AND c.status IN ('active', 'paused', 'completed')");
    QVariantList args{clipperId};
    if (!brandId.isEmpty()) {
        sql += QStringLiteral(" AND c.brand_id = ? AND c.status = 'active'");
        args.append(brandId);
    }
    auto query = m_db.exec(sql + QStringLiteral(" ORDER BY m.joined_at, m.id"), args);
    if (!query)
        return std::unexpected(query.error());
    QStringList ids;
    while (query->next()) {
        if (!ids.contains(query->value(0).toString()))
            ids.append(query->value(0).toString());
    }
    return ids;
}

Status DemoClips::seedDemoClipper()
{
    const DemoClipper &clipper = m_cast.clippers.constFirst();
    auto campaignIds = memberCampaigns(clipper.user.userId, {});
    if (!campaignIds)
        return std::unexpected(campaignIds.error());
    // One clip per status and membership, cycling, newest last.
    const QList<ClipStatus> script = {ClipStatus::Published, ClipStatus::Approved, ClipStatus::Submitted, ClipStatus::Rejected,
                                      ClipStatus::Published, ClipStatus::Submitted, ClipStatus::Rejected, ClipStatus::Approved,
                                      ClipStatus::Draft,     ClipStatus::Uploading, ClipStatus::Submitted, ClipStatus::Draft};
    Storage::CampaignRepository campaigns(m_db);
    qint64 created = m_now - 20 * DayMs;
    bool versioned = false;
    for (qsizetype i = 0; i < script.size() && !campaignIds->isEmpty(); ++i) {
        auto campaign = campaigns.find(campaignIds->at(i % campaignIds->size()));
        if (!campaign)
            return std::unexpected(campaign.error());
        if (!campaign->has_value())
            continue;
        created += m_random.between(20, 36) * HourMs;
        // The newest draft has no video yet.
        auto clip = write(clipper, (*campaign)->campaign, script.at(i), created, nullptr, i + 1 < script.size());
        if (!clip)
            return std::unexpected(clip.error());
        // The first rejected clip was re-cut: its second version waits as a draft.
        if (clip->status == ClipStatus::Rejected && !versioned) {
            versioned = true;
            auto next = write(clipper, (*campaign)->campaign, ClipStatus::Draft, clip->reviewedAtMs + 2 * HourMs, &*clip);
            if (!next)
                return std::unexpected(next.error());
        }
    }
    return {};
}

Status DemoClips::seedOtherClippers()
{
    // Members of the demo brand's active campaigns send clips in, so its review queue has work.
    const QString demoBrand = m_cast.brands.constFirst().user.userId;
    Storage::CampaignRepository campaigns(m_db);
    int submitters = 0;
    for (qsizetype i = 1; i < m_cast.clippers.size() && submitters < 24; ++i) {
        const DemoClipper &clipper = m_cast.clippers.at(i);
        auto campaignIds = memberCampaigns(clipper.user.userId, demoBrand);
        if (!campaignIds)
            return std::unexpected(campaignIds.error());
        if (campaignIds->isEmpty())
            continue;
        ++submitters;
        auto campaign = campaigns.find(campaignIds->constFirst());
        if (!campaign)
            return std::unexpected(campaign.error());
        if (!campaign->has_value())
            continue;
        const double dice = m_random.unit();
        const ClipStatus status = dice < 0.5 ? ClipStatus::Submitted
            : dice < 0.75                    ? ClipStatus::Approved
            : dice < 0.9                     ? ClipStatus::Rejected
                                             : ClipStatus::Published;
        auto clip = write(clipper, (*campaign)->campaign, status, m_now - m_random.between(2, 10) * DayMs);
        if (!clip)
            return std::unexpected(clip.error());
    }
    return {};
}

Result<Domain::Clip> DemoClips::write(const DemoClipper &owner, const Domain::Campaign &campaign, ClipStatus status,
                                      qint64 createdAtMs, const Domain::Clip *previous, bool withVideo)
{
    Domain::Clip clip;
    if (previous) {
        clip = Domain::ClipRules::newVersionOf(*previous, nextClipId(), createdAtMs);
        clip.title = previous->title + QStringLiteral(" (re-cut)");
    } else {
        clip.id = nextClipId();
        clip.ownerId = owner.user.userId;
        clip.title = m_random.pick(titles());
        QStringList tags = campaign.requiredHashtags;
        for (const QString &candidate : {QStringLiteral("fyp"), campaign.category}) {
            const QString tag = Domain::CampaignRules::normalizedHashtag(QString(candidate).remove(u' '));
            if (!tag.isEmpty() && !tags.contains(tag) && !campaign.blacklistedHashtags.contains(tag))
                tags.append(tag);
        }
        clip.hashtags = tags;
        clip.caption = m_random.pick(hooks());
        if (!campaign.disclosureText.isEmpty())
            clip.caption += u' ' + campaign.disclosureText;
        clip.platform = campaign.platforms.isEmpty() ? Domain::Platform::TikTok : m_random.pick(campaign.platforms);
        clip.campaignId = campaign.id;
        clip.createdAtMs = createdAtMs;
        clip.version = 1;
    }
    clip.status = status;
    if (withVideo && status != ClipStatus::Uploading) {
        if (auto attached = m_media.attach(m_db, clip); !attached)
            return std::unexpected(attached.error());
    }
    qint64 clock = createdAtMs;
    if (status != ClipStatus::Draft && status != ClipStatus::Uploading) {
        clock += m_random.between(1, 6) * HourMs;
        clip.brandId = campaign.brandId;
        clip.submittedAtMs = clock;
        clip.version += 1;
    }
    if (status == ClipStatus::Approved || status == ClipStatus::Rejected || status == ClipStatus::Published) {
        clock += m_random.between(2, 30) * HourMs;
        clip.reviewedAtMs = clock;
        clip.reviewedBy = campaign.brandId;
        clip.reviewFeedback = status == ClipStatus::Rejected ? m_random.pick(rejections()) : m_random.pick(approvals());
        clip.version += 1;
    }
    if (status == ClipStatus::Published) {
        clock += m_random.between(1, 20) * HourMs;
        clip.publishedAtMs = clock;
        clip.postedUrl = postedUrl(clip.platform, owner.user.username, m_random);
        clip.version += 1;
    }
    clip.updatedAtMs = qMin(clock, m_now);
    auto seq = Storage::ChangeSequence::next(m_db);
    if (!seq)
        return std::unexpected(seq.error());
    Storage::StoredClip stored{clip, {}, 0};
    stored.fieldVersions.stamp(Domain::editableClipFields() << QStringLiteral("status") << QStringLiteral("media_sha256")
                                                            << QStringLiteral("posted_url"),
                               clip.version);
    if (auto inserted = Storage::ClipRepository(m_db).insert(stored, *seq); !inserted)
        return std::unexpected(inserted.error());
    ++m_count;
    return clip;
}

} // namespace ClipDesk::Server
