#include "demoworld.h"

#include "demoactor.h"
#include "democampaigns.h"
#include "democatalog.h"
#include "democlips.h"
#include "demomedia.h"
#include "demopeople.h"
#include "demorandom.h"
#include "net/demoaccounts.h"
#include "server/auth/passwordhasher.h"
#include "server/sync/mutationregistry.h"
#include "storage/changesequence.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "clipdesk.demo", QtInfoMsg)

namespace ClipDesk::Server {

namespace {

constexpr qint64 HourMs = 60ll * 60 * 1000;

// The admin's work: two campaigns flagged (one of them the demo brand's), one flagged and
// cleared again, and two clippers flagged. Each writes an audit entry and notifies the owner.
Status moderate(DemoActor &actor, const DemoCast &cast, const QList<DemoCampaignRecord> &campaigns, qint64 nowMs)
{
    QList<QString> targets;
    for (int brand : {0, 2, 3}) {
        for (const DemoCampaignRecord &campaign : campaigns) {
            if (campaign.brandIndex == brand && !campaign.isTemplate
                && campaign.status == (brand == 0 ? Domain::CampaignStatus::Paused : Domain::CampaignStatus::Active)) {
                targets.append(campaign.id);
                break;
            }
        }
    }
    qint64 clock = nowMs - 30 * HourMs;
    const auto run = [&](const QString &name, const QString &id, const QString &reason) -> Status {
        clock += HourMs;
        auto done = actor.run(cast.admin, name, {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}}, clock);
        return done ? Status{} : Status{std::unexpected(done.error())};
    };
    for (int i = 0; i < targets.size(); ++i) {
        if (auto ok = run(QStringLiteral("admin.flag_campaign"), targets.at(i), DemoCatalog::campaignFlagReason(i)); !ok)
            return ok;
    }
    if (!targets.isEmpty()) {
        if (auto ok = run(QStringLiteral("admin.unflag_campaign"), targets.last(),
                          QStringLiteral("The brand fixed the brief and added the disclosure line."));
            !ok)
            return ok;
    }
    for (int i = 0; i < 2; ++i) {
        const QString clipper = cast.clippers.at(cast.clippers.size() - 1 - i).user.userId;
        if (auto ok = run(QStringLiteral("admin.flag_user"), clipper, DemoCatalog::userFlagReason(i)); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<DemoWorldSummary> DemoWorld::seedIfEmpty(Storage::Database &db, Storage::ContentStore &store)
{
    QElapsedTimer timer;
    timer.start();
    DemoWorldSummary summary;

    const auto hasUsers = [&db]() -> Result<bool> {
        auto users = db.queryOne(QStringLiteral("SELECT COUNT(*) FROM users"));
        if (!users)
            return std::unexpected(users.error());
        return *users && (*users)->value(0).toLongLong() > 0;
    };
    auto populated = hasUsers();
    if (!populated)
        return std::unexpected(populated.error());
    if (*populated) {
        qCInfo(lcDemo) << "demo world not seeded: the database already has users";
        return summary;
    }

    // The videos are made on worker threads while the rest is written.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DemoMedia media(store, now);

    // Argon2id once for every account, before the write lock is taken.
    auto passwordHash = PasswordHasher::hashNow(QString(Net::DemoAccounts::Password), PasswordHasher::Parameters{});
    if (!passwordHash)
        return std::unexpected(passwordHash.error());

    Storage::WriteTransaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    if (auto locked = Storage::ChangeSequence::lockForWrite(db); !locked)
        return std::unexpected(locked.error());
    // Checked again under the lock: another server process on the same database may have won.
    populated = hasUsers();
    if (!populated)
        return std::unexpected(populated.error());
    if (*populated) {
        qCInfo(lcDemo) << "demo world not seeded: another process created users first";
        return summary;
    }

    MutationRegistry registry;
    MutationRegistry::registerAll(registry);
    DemoActor actor(db, registry);
    DemoRandom random(Seed);

    auto cast = DemoPeople::create(db, actor, random, now, *passwordHash);
    if (!cast)
        return std::unexpected(cast.error());
    DemoCampaigns campaigns(actor, random, *cast, now);
    if (auto seeded = campaigns.seed(); !seeded)
        return std::unexpected(seeded.error());
    if (auto moderated = moderate(actor, *cast, campaigns.campaigns(), now); !moderated)
        return std::unexpected(moderated.error());
    DemoClips clips(db, random, *cast, media, now);
    if (auto seeded = clips.seed(); !seeded)
        return std::unexpected(seeded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());

    summary.seeded = true;
    summary.users = int(1 + cast->brands.size() + cast->clippers.size());
    summary.campaigns = int(campaigns.campaigns().size());
    summary.offers = campaigns.offerCount();
    summary.memberships = campaigns.membershipCount();
    summary.clips = clips.clipCount();
    summary.videos = media.videoCount();
    summary.mutations = actor.mutationCount();
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo).noquote() << QStringLiteral("demo world seeded: %1 users, %2 campaigns, %3 offers, %4 memberships, "
                                               "%5 clips, %6 videos (%7 mutations) in %8 ms")
                                    .arg(summary.users).arg(summary.campaigns).arg(summary.offers)
                                    .arg(summary.memberships).arg(summary.clips).arg(summary.videos)
                                    .arg(summary.mutations).arg(summary.elapsedMs);
    return summary;
}

} // namespace ClipDesk::Server
