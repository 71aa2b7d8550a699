#include "syncissuedescription.h"

#include "domain/money.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClipDesk::Ui {

namespace {

QJsonObject changesOf(const Sync::Mutation &mutation)
{
    const QString &name = mutation.name;
    if (name == QLatin1String("campaign.set_status"))
        return QJsonObject{{QStringLiteral("status"), mutation.args.value(QLatin1String("status"))}};
    if (name == QLatin1String("campaign.create"))
        return mutation.args.value(QLatin1String("fields")).toObject();
    if (name == QLatin1String("clip.review")) {
        const bool approve = mutation.args.value(QLatin1String("decision")).toString() == u"approve";
        return QJsonObject{{QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                           {QStringLiteral("review_feedback"), mutation.args.value(QLatin1String("feedback")).toString()}};
    }
    if (mutation.args.contains(QLatin1String("changes")))
        return mutation.args.value(QLatin1String("changes")).toObject();
    return mutation.args;
}

QString campaignName(const Sync::OutboxEntry &entry, Sync::ClientCache &cache)
{
    const QJsonObject args = entry.mutation.args;
    QString name = args.value(QLatin1String("fields"))[QLatin1String("name")].toString();
    if (name.isEmpty() && entry.result)
        name = entry.result->current.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        auto row = cache.row(Sync::Entity::Campaign, args.value(QLatin1String("id")).toString());
        if (row && *row)
            name = (*row)->value(QLatin1String("name")).toString();
    }
    if (name.isEmpty())
        name = args.value(QLatin1String("changes"))[QLatin1String("name")].toString();
    return name;
}

} // namespace

QString SyncIssueDescription::title(const Sync::OutboxEntry &entry, Sync::ClientCache &cache)
{
    const QString &name = entry.mutation.name;
    const QString campaign = campaignName(entry, cache);
    if (name == QLatin1String("campaign.create"))
        return tr("Create campaign '%1'").arg(campaign);
    if (name == QLatin1String("campaign.update"))
        return tr("Edit campaign '%1'").arg(campaign);
    if (name == QLatin1String("campaign.set_status"))
        return tr("Set campaign '%1' to %2").arg(campaign, entry.mutation.args.value(QLatin1String("status")).toString());
    if (name == QLatin1String("campaign.clone"))
        return tr("Copy campaign '%1'").arg(campaign);
    if (name == QLatin1String("campaign.delete"))
        return tr("Delete campaign '%1'").arg(campaign);
    if (name == QLatin1String("offer.create"))
        return tr("Send an offer");
    if (name == QLatin1String("offer.counter"))
        return tr("Counter an offer");
    if (name == QLatin1String("offer.accept"))
        return tr("Accept an offer");
    if (name == QLatin1String("offer.reject"))
        return tr("Decline an offer");
    if (name == QLatin1String("offer.withdraw"))
        return tr("Withdraw an offer");
    if (name == QLatin1String("profile.update"))
        return tr("Edit your profile");
    if (name == QLatin1String("clip.review")) {
        QString title = entry.result ? entry.result->current.value(QLatin1String("title")).toString() : QString();
        if (title.isEmpty()) {
            auto row = cache.row(Sync::Entity::Clip, entry.mutation.args.value(QLatin1String("id")).toString());
            if (row && *row)
                title = (*row)->value(QLatin1String("title")).toString();
        }
        return entry.mutation.args.value(QLatin1String("decision")).toString() == u"approve"
                   ? tr("Approve clip '%1'").arg(title)
                   : tr("Reject clip '%1'").arg(title);
    }
    if (name.startsWith(QLatin1String("admin.flag")))
        return tr("Flag %1").arg(campaign.isEmpty() ? tr("an account") : tr("campaign '%1'").arg(campaign));
    if (name.startsWith(QLatin1String("admin.unflag")))
        return tr("Unflag %1").arg(campaign.isEmpty() ? tr("an account") : tr("campaign '%1'").arg(campaign));
    return tr("Change '%1'").arg(name);
}

QString SyncIssueDescription::reason(const Sync::OutboxEntry &entry)
{
    if (entry.state == Sync::OutboxState::Conflict)
        return tr("Someone changed the same fields on the server after you started editing.");
    if (entry.result && !entry.result->message.isEmpty())
        return entry.result->message;
    return tr("The server did not accept this change.");
}

QList<ConflictField> SyncIssueDescription::conflictFields(const Sync::OutboxEntry &entry)
{
    QList<ConflictField> fields;
    if (entry.state != Sync::OutboxState::Conflict || !entry.result)
        return fields;
    const QJsonObject mine = changesOf(entry.mutation);
    const QJsonObject &theirs = entry.result->current;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (it.key() == QLatin1String("id") || theirs.value(it.key()) == it.value())
            continue;
        fields.append({it.key(), fieldLabel(it.key()), valueText(it.value()), valueText(theirs.value(it.key()))});
    }
    return fields;
}

QString SyncIssueDescription::valueText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return tr("(empty)");
    if (value.isString())
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isObject() && value.toObject().contains(QLatin1String("minor"))) {
        if (auto money = Domain::MoneyRules::fromJson(value, QStringLiteral("value")))
            return money->toDisplayString();
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(valueText(part));
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString SyncIssueDescription::fieldLabel(const QString &field)
{
    QString label = field;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (label.endsWith(QLatin1String(" minor")))
        label.chop(6);
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString SyncIssueDescription::userValues(const Sync::OutboxEntry &entry)
{
    QStringList lines;
    const QJsonObject mine = changesOf(entry.mutation);
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (it.key() != QLatin1String("id"))
            lines.append(tr("%1: %2").arg(fieldLabel(it.key()), valueText(it.value())));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ClipDesk::Ui
