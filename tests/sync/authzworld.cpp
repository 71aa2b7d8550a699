#include "authzworld.h"

#include "authztable.h"
#include "mutations.h"

namespace ClipDesk::Testing {

QString AuthzWorld::build(const ServerProcess &server, const QString &dbArg)
{
    m_actors.insert(QStringLiteral("anonymous"), SyncActor(m_api, TestUser{}));
    for (const QString &name : AuthzTable::actors()) {
        if (name == u"anonymous")
            continue;
        const TestUser user = name == u"admin"
            ? m_api->createAdmin(server, dbArg)
            : m_api->registerUser(name.startsWith(u"brand") ? QStringLiteral("brand") : QStringLiteral("clipper"), name);
        if (!user.isValid())
            return QStringLiteral("cannot sign up ") + name;
        m_actors.insert(name, SyncActor(m_api, user));
    }
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    const SyncActor &clipper = actor(QStringLiteral("clipperA"));
    const SyncActor &admin = actor(QStringLiteral("admin"));

    Objects &o = m_objects;
    o.draft = brand.createCampaign(Mutations::activatableFields(QStringLiteral("Draft"), QStringLiteral("private")));
    o.active = brand.createActiveCampaign(QStringLiteral("Active"));
    o.privateActive = brand.createActiveCampaign(QStringLiteral("Private"), QStringLiteral("private"));
    o.tmpl = brand.createTemplate(QStringLiteral("Template"));
    o.flagged = brand.createActiveCampaign(QStringLiteral("Flagged"));
    o.invited = brand.createActiveCampaign(QStringLiteral("Invited"), QStringLiteral("private"));
    o.membershipCampaign = brand.createActiveCampaign(QStringLiteral("Members"));
    for (const QString &id : {o.draft, o.active, o.privateActive, o.tmpl, o.flagged, o.invited, o.membershipCampaign}) {
        if (id.isEmpty())
            return QStringLiteral("cannot build brand A's campaigns");
    }
    o.application = clipper.apply(o.active);
    o.invite = brand.invite(o.invited, clipper.id());
    o.membership = brand.accept(clipper.apply(o.membershipCampaign));
    if (o.application.isEmpty() || o.invite.isEmpty() || o.membership.isEmpty())
        return QStringLiteral("cannot build clipper A's offers");

    if (SyncActor::status(admin.run(Mutations::admin(QStringLiteral("admin.flag_campaign"), o.flagged))) != u"ok")
        return QStringLiteral("cannot flag a campaign");
    for (const QJsonObject &row : m_api->pullAll(brand.token()).entityRows(QStringLiteral("notification"))) {
        if (row.value(QStringLiteral("entity_id")).toString() == o.flagged)
            o.notification = row.value(QStringLiteral("id")).toString();
    }
    if (o.notification.isEmpty())
        return QStringLiteral("flagging a campaign gave its brand no notification");

    const TestUser victim = m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("flagged"));
    o.flaggedUser = victim.id;
    if (!victim.isValid() || SyncActor::status(admin.run(Mutations::admin(QStringLiteral("admin.flag_user"), victim.id))) != u"ok")
        return QStringLiteral("cannot flag a user");
    return {};
}

QString AuthzWorld::campaignId(const QString &target) const
{
    const Objects &o = m_objects;
    const QHash<QString, QString> ids = {
        {QStringLiteral("draft"), o.draft},     {QStringLiteral("active"), o.active},   {QStringLiteral("discoverable"), o.active},
        {QStringLiteral("private_active"), o.privateActive}, {QStringLiteral("template"), o.tmpl},
        {QStringLiteral("flagged"), o.flagged}, {QStringLiteral("invited"), o.invited}, {QStringLiteral("taken"), o.active},
    };
    return ids.value(target, TestApiClient::newId());
}

// Brand A's campaign of that kind: the shared one, or a new one for an attempt that will change it.
QString AuthzWorld::campaignTarget(const QString &target, bool fresh)
{
    if (!fresh)
        return campaignId(target);
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    if (target == u"draft")
        return brand.createCampaign(Mutations::activatableFields(QStringLiteral("Fresh draft"), QStringLiteral("private")));
    if (target == u"active" || target == u"discoverable")
        return brand.createActiveCampaign(QStringLiteral("Fresh active"));
    if (target == u"private_active")
        return brand.createActiveCampaign(QStringLiteral("Fresh private"), QStringLiteral("private"));
    if (target == u"template")
        return brand.createTemplate(QStringLiteral("Fresh template"));
    if (target == u"flagged") {
        const QString id = brand.createActiveCampaign(QStringLiteral("Fresh flagged"));
        actor(QStringLiteral("admin")).run(Mutations::admin(QStringLiteral("admin.flag_campaign"), id));
        return id;
    }
    return {};
}

QString AuthzWorld::offerTarget(const QString &target, bool fresh)
{
    if (target == u"missing")
        return TestApiClient::newId();
    if (!fresh)
        return target == u"application" ? m_objects.application : m_objects.invite;
    const SyncActor &brand = actor(QStringLiteral("brandA"));
    const SyncActor &clipper = actor(QStringLiteral("clipperA"));
    if (target == u"application")
        return clipper.apply(brand.createActiveCampaign(QStringLiteral("Fresh application")));
    return brand.invite(brand.createActiveCampaign(QStringLiteral("Fresh invite"), QStringLiteral("private")), clipper.id());
}

AuthzWorld::Attempt AuthzWorld::prepare(const QString &actorName, const QString &operation, const QString &target, bool fresh,
                                        const VersionLookup &campaignVersion)
{
    const SyncActor &admin = actor(QStringLiteral("admin"));
    Attempt a;
    const auto need = [&a](const QString &id, const char *what) {
        if (id.isEmpty())
            a.error = QStringLiteral("cannot build a fresh ") + QLatin1String(what);
        return id;
    };
    if (operation == u"campaign.create") {
        a.targetId = target == u"new" ? TestApiClient::newId() : campaignId(target);
        a.mutation = Mutations::createCampaign(a.targetId, {{QStringLiteral("name"), QStringLiteral("Created")}});
    } else if (operation.startsWith(u"campaign.") && operation != u"campaign.explode") {
        a.targetId = need(campaignTarget(target, fresh), "campaign");
        const qint64 version = campaignVersion(a.targetId);
        if (operation == u"campaign.update")
            a.mutation = Mutations::updateCampaign(a.targetId, {{QStringLiteral("name"), QStringLiteral("Renamed")}}, version);
        else if (operation == u"campaign.set_status")
            a.mutation = Mutations::setStatus(a.targetId, target == u"active" ? QStringLiteral("paused") : QStringLiteral("active"), version);
        else if (operation == u"campaign.clone")
            a.mutation = Mutations::cloneCampaign(a.targetId, TestApiClient::newId(), false);
        else
            a.mutation = Mutations::deleteCampaign(a.targetId);
    } else if (operation == u"offer.create") {
        a.targetId = need(campaignTarget(target, fresh), "campaign");
        const bool brand = actorName.startsWith(u"brand") || actorName == u"admin";
        a.mutation = Mutations::createOffer(TestApiClient::newId(), a.targetId, brand ? actor(QStringLiteral("clipperA")).id() : QString(),
                                            Mutations::terms());
    } else if (operation.startsWith(u"offer.")) {
        a.targetId = need(offerTarget(target, fresh), "offer");
        if (operation == u"offer.counter")
            a.mutation = Mutations::counterOffer(TestApiClient::newId(), a.targetId, Mutations::terms(2500));
        else if (operation == u"offer.accept")
            a.mutation = Mutations::acceptOffer(a.targetId);
        else if (operation == u"offer.reject")
            a.mutation = Mutations::rejectOffer(a.targetId);
        else
            a.mutation = Mutations::withdrawOffer(a.targetId);
    } else if (operation.startsWith(u"membership.")) {
        a.targetId = target == u"missing" ? TestApiClient::newId() : m_objects.membership;
        if (fresh) {
            const SyncActor &brand = actor(QStringLiteral("brandA"));
            a.targetId = need(brand.accept(actor(QStringLiteral("clipperA")).apply(brand.createActiveCampaign(QStringLiteral("Fresh member")))),
                              "membership");
        }
        a.mutation = operation == u"membership.remove" ? Mutations::removeMember(a.targetId) : Mutations::leaveMembership(a.targetId);
    } else if (operation == u"profile.update") {
        const qint64 version = actorName == u"anonymous" ? 0 : actor(actorName).profileVersion();
        a.mutation = Mutations::updateProfile({{QStringLiteral("display_name"), QStringLiteral("Renamed %1").arg(++m_renames)}}, version);
    } else if (operation == u"notification.mark_read") {
        a.targetId = target == u"missing" ? TestApiClient::newId() : m_objects.notification;
        if (fresh) {
            const QString campaign = need(campaignTarget(QStringLiteral("flagged"), true), "flagged campaign");
            a.targetId.clear();
            for (const QJsonObject &row : m_api->pullAll(actor(actorName).token()).entityRows(QStringLiteral("notification"))) {
                if (row.value(QStringLiteral("entity_id")).toString() == campaign)
                    a.targetId = row.value(QStringLiteral("id")).toString();
            }
            need(a.targetId, "notification");
        }
        a.mutation = Mutations::markNotificationRead(a.targetId);
    } else if (operation == u"admin.flag_campaign" || operation == u"admin.unflag_campaign") {
        a.targetId = need(campaignTarget(target, fresh), "campaign");
        a.mutation = Mutations::admin(operation, a.targetId);
    } else if (operation == u"admin.flag_user" || operation == u"admin.unflag_user") {
        a.targetId = target == u"missing" ? TestApiClient::newId()
                     : target == u"user"  ? actor(QStringLiteral("clipperB")).id()
                                          : m_objects.flaggedUser;
        if (fresh) {
            a.targetId = need(m_api->registerUser(QStringLiteral("clipper"), QStringLiteral("target")).id, "user");
            if (operation == u"admin.unflag_user")
                admin.run(Mutations::admin(QStringLiteral("admin.flag_user"), a.targetId));
        }
        a.mutation = Mutations::admin(operation, a.targetId);
    } else {
        a.mutation = TestApiClient::mutation(operation, {});
    }
    return a;
}

} // namespace ClipDesk::Testing
