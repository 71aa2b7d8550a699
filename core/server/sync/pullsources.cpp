#include "pullsources.h"

#include "jsontextwriter.h"
#include "syncrows.h"
#include "visibility.h"
#include "domain/membership.h"
#include "domain/offer.h"
#include "storage/auditrepository.h"
#include "storage/campaignrepository.h"
#include "storage/cliprepository.h"
#include "storage/membershiprepository.h"
#include "storage/notificationrepository.h"
#include "storage/offerrepository.h"
#include "storage/profilerepository.h"

#include <QJsonDocument>

namespace ClipDesk::Server {

namespace {

using Domain::Role;

PulledChange upsert(const QString &entity, const QSqlRecord &record, const QString &id, const QJsonObject &row)
{
    return PulledChange{record.value(0).toLongLong(), entity, id, false, QJsonDocument(row).toJson(QJsonDocument::Compact)};
}

PulledChange tombstone(const QSqlRecord &record, const QString &entity, const QString &id)
{
    return PulledChange{record.value(0).toLongLong(), entity, id, true, {}};
}

PullSource campaigns(const AuthenticatedUser &user)
{
    PullSource source;
    source.entity = Sync::Entity::Campaign;
    source.from = QStringLiteral("campaigns c");
    source.seqColumn = QStringLiteral("c.change_seq");
    const QString columns = Storage::CampaignRepository::selectColumns(QStringLiteral("c"));
    const SqlPredicate visible = Visibility::campaign(QStringLiteral("c"), user);
    if (user.role == Role::Clipper) {
        // Visible → upsert; ever discoverable but no longer visible → tombstone.
        source.select = u"c.change_seq, CASE WHEN " % visible.sql % u" THEN 1 ELSE 0 END, " % columns;
        source.selectArgs = visible.args;
        source.where = u"(" % visible.sql % u" OR c.ever_discoverable = 1)";
        source.whereArgs = visible.args;
    } else {
        source.select = u"c.change_seq, 1, " % columns;
        source.where = visible.sql;
        source.whereArgs = visible.args;
    }
    source.decode = [user](const QSqlRecord &record) {
        const Storage::StoredCampaign stored = Storage::CampaignRepository::fromRecord(record, 2);
        if (record.value(1).toInt() == 0)
            return tombstone(record, Sync::Entity::Campaign, stored.campaign.id);
        PulledChange change{record.value(0).toLongLong(), Sync::Entity::Campaign, stored.campaign.id, false, {}};
        change.row.reserve(1024);
        JsonTextWriter writer(change.row);
        SyncRows::writeCampaign(writer, stored.campaign, user);
        return change;
    };
    return source;
}

PullSource offers(const AuthenticatedUser &user)
{
    const SqlPredicate visible = Visibility::participation(QStringLiteral("o"), user);
    PullSource source{Sync::Entity::Offer,
                      u"o.change_seq, " % Storage::OfferRepository::selectColumns(QStringLiteral("o")),
                      {},
                      QStringLiteral("offers o"),
                      QStringLiteral("o.change_seq"),
                      visible.sql,
                      visible.args,
                      {}};
    source.decode = [](const QSqlRecord &record) {
        const Domain::Offer offer = Storage::OfferRepository::fromRecord(record, 1);
        PulledChange change{record.value(0).toLongLong(), Sync::Entity::Offer, offer.id, false, {}};
        change.row.reserve(512);
        JsonTextWriter writer(change.row);
        SyncRows::writeOffer(writer, offer);
        return change;
    };
    return source;
}

PullSource memberships(const AuthenticatedUser &user)
{
    const SqlPredicate visible = Visibility::participation(QStringLiteral("m"), user);
    PullSource source{Sync::Entity::Membership,
                      u"m.change_seq, " % Storage::MembershipRepository::selectColumns(QStringLiteral("m")),
                      {},
                      QStringLiteral("memberships m"),
                      QStringLiteral("m.change_seq"),
                      visible.sql,
                      visible.args,
                      {}};
    source.decode = [](const QSqlRecord &record) {
        const Domain::Membership membership = Storage::MembershipRepository::fromRecord(record, 1);
        return upsert(Sync::Entity::Membership, record, membership.id, Domain::membershipToJson(membership));
    };
    return source;
}

PullSource profiles()
{
    PullSource source{Sync::Entity::Profile,
                      u"p.change_seq, " % Storage::ProfileRepository::selectColumns() % u", u.username",
                      {},
                      QStringLiteral("profiles p JOIN users u ON u.id = p.user_id"),
                      QStringLiteral("p.change_seq"),
                      QStringLiteral("1 = 1"),
                      {},
                      {}};
    source.decode = [](const QSqlRecord &record) {
        const Domain::Profile profile = Storage::ProfileRepository::fromRecord(record, 1);
        const QString username = record.value(1 + Storage::ProfileRepository::ColumnCount).toString();
        return upsert(Sync::Entity::Profile, record, profile.userId, SyncRows::profile(profile, username));
    };
    return source;
}

PullSource notifications(const AuthenticatedUser &user)
{
    PullSource source{Sync::Entity::Notification,
                      u"n.change_seq, " % Storage::NotificationRepository::selectColumns(QStringLiteral("n")),
                      {},
                      QStringLiteral("notifications n"),
                      QStringLiteral("n.change_seq"),
                      QStringLiteral("n.user_id = ?"),
                      {user.userId},
                      {}};
    source.decode = [](const QSqlRecord &record) {
        const Domain::Notification notification = Storage::NotificationRepository::fromRecord(record, 1);
        return upsert(Sync::Entity::Notification, record, notification.id, Domain::notificationToJson(notification));
    };
    return source;
}

PullSource accounts()
{
    PullSource source{Sync::Entity::Account,
                      QStringLiteral("u.change_seq, u.id, u.email, u.username, u.role, u.flagged_reason, u.created_at, u.version"),
                      {},
                      QStringLiteral("users u"),
                      QStringLiteral("u.change_seq"),
                      QStringLiteral("1 = 1"),
                      {},
                      {}};
    source.decode = [](const QSqlRecord &r) {
        const QString id = r.value(1).toString();
        return upsert(Sync::Entity::Account, r, id,
                      {{QStringLiteral("id"), id},
                       {QStringLiteral("email"), r.value(2).toString()},
                       {QStringLiteral("username"), r.value(3).toString()},
                       {QStringLiteral("role"), r.value(4).toString()},
                       {QStringLiteral("flagged_reason"), r.value(5).toString()},
                       {QStringLiteral("created_at"), r.value(6).toLongLong()},
                       {QStringLiteral("version"), r.value(7).toLongLong()}});
    };
    return source;
}

PullSource auditEntries()
{
    PullSource source{Sync::Entity::AuditEntry,
                      u"a.change_seq, " % Storage::AuditRepository::selectColumns(QStringLiteral("a")),
                      {},
                      QStringLiteral("audit_log a"),
                      QStringLiteral("a.change_seq"),
                      QStringLiteral("1 = 1"),
                      {},
                      {}};
    source.decode = [](const QSqlRecord &record) {
        const Storage::AuditEntry entry = Storage::AuditRepository::fromRecord(record, 1);
        return upsert(Sync::Entity::AuditEntry, record, entry.id, entry.toJson());
    };
    return source;
}

PullSource clips(const AuthenticatedUser &user)
{
    const SqlPredicate visible = Visibility::clip(QStringLiteral("k"), user);
    PullSource source{Sync::Entity::Clip,
                      u"k.change_seq, " % Storage::ClipRepository::selectColumns(QStringLiteral("k")),
                      {},
                      QStringLiteral("clips k"),
                      QStringLiteral("k.change_seq"),
                      visible.sql,
                      visible.args,
                      {}};
    source.decode = [](const QSqlRecord &record) {
        const Domain::Clip clip = Storage::ClipRepository::fromRecord(record, 1).clip;
        return upsert(Sync::Entity::Clip, record, clip.id, Domain::clipToJson(clip));
    };
    return source;
}

PullSource tombstones(const AuthenticatedUser &user)
{
    const bool admin = user.role == Role::Admin;
    PullSource source{QStringLiteral("tombstone"),
                      QStringLiteral("t.seq, t.entity, t.entity_id"),
                      {},
                      QStringLiteral("tombstones t"),
                      QStringLiteral("t.seq"),
                      admin ? QStringLiteral("1 = 1") : QStringLiteral("(t.audience_user_id IS NULL OR t.audience_user_id = ?)"),
                      admin ? QVariantList() : QVariantList{user.userId},
                      {}};
    source.decode = [](const QSqlRecord &r) { return tombstone(r, r.value(1).toString(), r.value(2).toString()); };
    return source;
}

} // namespace

QString PullSource::sql() const
{
    return u"SELECT " % select % u" FROM " % from % u" WHERE " % seqColumn % u" > ? AND " % seqColumn % u" <= ? AND ("
        % where % u") ORDER BY " % seqColumn % u" LIMIT ?";
}

QVariantList PullSource::args(qint64 after, qint64 upTo, int limit) const
{
    QVariantList all = selectArgs;
    all << after << upTo;
    all += whereArgs;
    all << limit;
    return all;
}

QList<PullSource> PullSources::forUser(const AuthenticatedUser &user)
{
    QList<PullSource> sources{campaigns(user), offers(user), memberships(user), profiles(), notifications(user),
                              clips(user), tombstones(user)};
    if (user.role == Role::Admin)
        sources << accounts() << auditEntries();
    return sources;
}

} // namespace ClipDesk::Server
