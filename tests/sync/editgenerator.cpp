#include "editgenerator.h"

#include "mutations.h"
#include "visibilitymodel.h"

namespace ClipDesk::Testing {

namespace {

QString text(const QJsonObject &row, const char *field)
{
    return row.value(QLatin1String(field)).toString();
}

qint64 version(const QJsonObject &row)
{
    return row.value(QStringLiteral("version")).toInteger();
}

} // namespace

template<typename Pred>
QJsonObject EditGenerator::pick(const QMap<QString, QJsonObject> &rows, Pred matches)
{
    QList<QJsonObject> candidates;
    for (const QJsonObject &row : rows) {
        if (matches(row))
            candidates.append(row);
    }
    if (candidates.isEmpty())
        return {};
    return candidates.at(qsizetype(m_random.bounded(quint32(candidates.size()))));
}

QJsonArray EditGenerator::next(const SyncActor &actor, const PulledState &world, const QStringList &clipperIds)
{
    QJsonArray batch;
    const int count = 1 + int(m_random.bounded(3));
    for (int i = 0; i < count; ++i) {
        QJsonObject mutation;
        if (actor.role() == u"brand")
            mutation = brandEdit(actor, world, clipperIds);
        else if (actor.role() == u"clipper")
            mutation = clipperEdit(actor, world);
        else
            mutation = adminEdit(world);
        if (!mutation.isEmpty())
            batch.append(mutation);
    }
    return batch;
}

QJsonObject EditGenerator::answer(const QJsonObject &offer)
{
    const QString id = text(offer, "id");
    switch (m_random.bounded(4)) {
    case 0: return Mutations::rejectOffer(id);
    case 1: return Mutations::counterOffer(TestApiClient::newId(), id, Mutations::terms(1000 + m_random.bounded(5000)));
    default: return Mutations::acceptOffer(id);
    }
}

QJsonObject EditGenerator::brandEdit(const SyncActor &actor, const PulledState &world, const QStringList &clipperIds)
{
    const QMap<QString, QJsonObject> campaigns = world.entityRows(QStringLiteral("campaign"));
    const auto mine = [&](const char *status) {
        return pick(campaigns, [&](const QJsonObject &c) {
            return text(c, "brand_id") == actor.id() && !c.value(QStringLiteral("is_template")).toBool() && text(c, "status") == QLatin1String(status);
        });
    };
    switch (m_random.bounded(12)) {
    case 0:
    case 1: {
        const QString visibility = m_random.bounded(3) == 0 ? QStringLiteral("private") : QStringLiteral("public");
        return Mutations::createCampaign(TestApiClient::newId(), Mutations::activatableFields(QStringLiteral("Edit"), visibility));
    }
    case 2:
    case 3: {
        const QJsonObject draft = mine("draft");
        if (!draft.isEmpty())
            return Mutations::setStatus(text(draft, "id"), QStringLiteral("active"), version(draft));
        const QJsonObject paused = mine("paused");
        return paused.isEmpty() ? QJsonObject() : Mutations::setStatus(text(paused, "id"), QStringLiteral("active"), version(paused));
    }
    case 4: {
        const QJsonObject active = mine("active");
        const QString status = m_random.bounded(5) == 0 ? QStringLiteral("completed") : QStringLiteral("paused");
        return active.isEmpty() ? QJsonObject() : Mutations::setStatus(text(active, "id"), status, version(active));
    }
    case 5: {
        const QJsonObject campaign = pick(campaigns, [&](const QJsonObject &c) {
            return text(c, "brand_id") == actor.id() && (text(c, "status") == u"active" || text(c, "status") == u"paused" || text(c, "status") == u"draft");
        });
        if (campaign.isEmpty())
            return {};
        const QString flipped = text(campaign, "visibility") == u"public" ? QStringLiteral("private") : QStringLiteral("public");
        return Mutations::updateCampaign(text(campaign, "id"), {{QStringLiteral("visibility"), flipped}}, version(campaign));
    }
    case 6: {
        const QJsonObject draft = mine("draft");
        if (!draft.isEmpty() && m_random.bounded(2) == 0)
            return Mutations::deleteCampaign(text(draft, "id"));
        const QJsonObject any = mine("active");
        return any.isEmpty() ? QJsonObject() : Mutations::cloneCampaign(text(any, "id"), TestApiClient::newId(), m_random.bounded(2) == 0);
    }
    case 7:
    case 8: {
        const QJsonObject active = mine("active");
        if (active.isEmpty() || clipperIds.isEmpty())
            return {};
        const QString clipper = clipperIds.at(qsizetype(m_random.bounded(quint32(clipperIds.size()))));
        return Mutations::createOffer(TestApiClient::newId(), text(active, "id"), clipper, Mutations::terms());
    }
    case 9:
    case 10: {
        const QJsonObject offer = pick(world.entityRows(QStringLiteral("offer")), [&](const QJsonObject &o) {
            return text(o, "brand_id") == actor.id() && text(o, "status") == u"pending" && text(o, "author_role") == u"clipper";
        });
        return offer.isEmpty() ? QJsonObject() : answer(offer);
    }
    default: {
        const QJsonObject member = pick(world.entityRows(QStringLiteral("membership")), [&](const QJsonObject &m) {
            return text(m, "brand_id") == actor.id() && text(m, "status") == u"active";
        });
        return member.isEmpty() ? QJsonObject() : Mutations::removeMember(text(member, "id"));
    }
    }
}

QJsonObject EditGenerator::clipperEdit(const SyncActor &actor, const PulledState &world)
{
    const QMap<QString, QJsonObject> offers = world.entityRows(QStringLiteral("offer"));
    switch (m_random.bounded(10)) {
    case 0:
    case 1:
    case 2: {
        const QJsonObject campaign = pick(world.entityRows(QStringLiteral("campaign")), [](const QJsonObject &c) {
            return VisibilityModel::isDiscoverable(c);
        });
        return campaign.isEmpty() ? QJsonObject() : Mutations::createOffer(TestApiClient::newId(), text(campaign, "id"), {}, Mutations::terms());
    }
    case 3:
    case 4:
    case 5: {
        const QJsonObject offer = pick(offers, [&](const QJsonObject &o) {
            return text(o, "clipper_id") == actor.id() && text(o, "status") == u"pending" && text(o, "author_role") == u"brand";
        });
        return offer.isEmpty() ? QJsonObject() : answer(offer);
    }
    case 6: {
        const QJsonObject offer = pick(offers, [&](const QJsonObject &o) {
            return text(o, "clipper_id") == actor.id() && text(o, "status") == u"pending" && text(o, "author_role") == u"clipper";
        });
        return offer.isEmpty() ? QJsonObject() : Mutations::withdrawOffer(text(offer, "id"));
    }
    case 7:
    case 8: {
        const QJsonObject member = pick(world.entityRows(QStringLiteral("membership")), [&](const QJsonObject &m) {
            return text(m, "clipper_id") == actor.id() && text(m, "status") == u"active";
        });
        return member.isEmpty() ? QJsonObject() : Mutations::leaveMembership(text(member, "id"));
    }
    default: {
        const qint64 profileVersion = version(world.row(QStringLiteral("profile"), actor.id()));
        return Mutations::updateProfile({{QStringLiteral("niche"), QStringLiteral("niche %1").arg(m_random.bounded(1000))}}, profileVersion);
    }
    }
}

QJsonObject EditGenerator::adminEdit(const PulledState &world)
{
    const QMap<QString, QJsonObject> campaigns = world.entityRows(QStringLiteral("campaign"));
    if (m_random.bounded(2) == 0) {
        const QJsonObject flagged = pick(campaigns, [](const QJsonObject &c) { return !text(c, "flagged_reason").isEmpty(); });
        if (!flagged.isEmpty())
            return Mutations::admin(QStringLiteral("admin.unflag_campaign"), text(flagged, "id"), QStringLiteral("resolved"));
    }
    const QJsonObject target = pick(campaigns, [](const QJsonObject &c) {
        return text(c, "flagged_reason").isEmpty() && text(c, "status") == u"active";
    });
    return target.isEmpty() ? QJsonObject() : Mutations::admin(QStringLiteral("admin.flag_campaign"), text(target, "id"), QStringLiteral("spam"));
}

} // namespace ClipDesk::Testing
