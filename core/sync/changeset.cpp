#include "changeset.h"

#include <QJsonArray>

namespace ClipDesk::Sync {

QStringList Entity::all()
{
    return {Campaign, Offer, Membership, Profile, Account, Notification, AuditEntry, Clip};
}

QJsonObject ChangeCodec::toJson(const PullPage &page)
{
    QJsonArray changes;
    for (const Change &change : page.changes) {
        QJsonObject json{{QStringLiteral("seq"), change.seq},
                         {QStringLiteral("entity"), change.entity},
                         {QStringLiteral("id"), change.id},
                         {QStringLiteral("op"), change.deleted ? QStringLiteral("delete") : QStringLiteral("upsert")}};
        if (!change.deleted)
            json.insert(QStringLiteral("row"), change.row);
        changes.append(json);
    }
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("cursor"), page.cursor},
            {QStringLiteral("has_more"), page.hasMore}};
}

Result<PullPage> ChangeCodec::pageFromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &message) {
        return std::unexpected(Error{QString::fromLatin1(ErrorCode::InvalidArgument), message});
    };
    if (!json.value(QStringLiteral("changes")).isArray() || !json.value(QStringLiteral("cursor")).isDouble())
        return bad(tr("A pull page needs \"changes\" and \"cursor\"."));
    PullPage page;
    page.cursor = qint64(json.value(QStringLiteral("cursor")).toDouble());
    page.hasMore = json.value(QStringLiteral("has_more")).toBool();
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    page.changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        const QJsonObject object = value.toObject();
        Change change;
        change.seq = qint64(object.value(QStringLiteral("seq")).toDouble());
        change.entity = object.value(QStringLiteral("entity")).toString();
        change.id = object.value(QStringLiteral("id")).toString();
        const QString op = object.value(QStringLiteral("op")).toString();
        if (change.id.isEmpty() || !Entity::all().contains(change.entity) || (op != u"upsert" && op != u"delete"))
            return bad(tr("A change in the pull page is malformed."));
        change.deleted = op == u"delete";
        change.row = object.value(QStringLiteral("row")).toObject();
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace ClipDesk::Sync
