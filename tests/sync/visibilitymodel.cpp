#include "visibilitymodel.h"

#include <QSet>

namespace ClipDesk::Testing {

namespace {

QString text(const QJsonObject &row, const char *field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

QStringList VisibilityModel::knownEntities()
{
    return {QStringLiteral("campaign"), QStringLiteral("offer"),   QStringLiteral("membership"), QStringLiteral("profile"),
            QStringLiteral("notification"), QStringLiteral("account"), QStringLiteral("audit_entry")};
}

bool VisibilityModel::isDiscoverable(const QJsonObject &campaign)
{
    return text(campaign, "visibility") == u"public" && text(campaign, "status") == u"active"
           && text(campaign, "flagged_reason").isEmpty() && !campaign.value(QStringLiteral("is_template")).toBool();
}

QMap<QString, QJsonObject> VisibilityModel::visibleTo(const QMap<QString, QJsonObject> &all, const QString &userId, const QString &role)
{
    const bool admin = role == u"admin";
    const bool brand = role == u"brand";
    // Campaigns a clipper is involved in through an offer or a membership.
    QSet<QString> involved;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString entity = entityOf(it.key());
        if ((entity == u"offer" || entity == u"membership") && text(it.value(), "clipper_id") == userId)
            involved.insert(text(it.value(), "campaign_id"));
    }

    QMap<QString, QJsonObject> visible;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString entity = entityOf(it.key());
        const QJsonObject &row = it.value();
        bool sees = admin;
        if (entity == u"notification") {
            sees = text(row, "user_id") == userId;
        } else if (!admin) {
            if (entity == u"campaign")
                sees = brand ? text(row, "brand_id") == userId : (isDiscoverable(row) || involved.contains(text(row, "id")));
            else if (entity == u"offer" || entity == u"membership")
                sees = text(row, brand ? "brand_id" : "clipper_id") == userId;
            else if (entity == u"profile")
                sees = true;
        }
        if (sees)
            visible.insert(it.key(), comparable(it.key(), row, role));
    }
    return visible;
}

void VisibilityModel::addNotifications(QMap<QString, QJsonObject> &all, const QMap<QString, QJsonObject> &userRows)
{
    for (auto it = userRows.cbegin(); it != userRows.cend(); ++it) {
        if (entityOf(it.key()) == u"notification")
            all.insert(it.key(), it.value());
    }
}

QJsonObject VisibilityModel::comparable(const QString &key, QJsonObject row, const QString &role)
{
    if (role == u"clipper" && entityOf(key) == u"campaign")
        row.remove(QStringLiteral("flagged_reason"));
    return row;
}

QMap<QString, QJsonObject> VisibilityModel::comparable(const QMap<QString, QJsonObject> &rows, const QString &role)
{
    QMap<QString, QJsonObject> result;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        result.insert(it.key(), comparable(it.key(), it.value(), role));
    return result;
}

} // namespace ClipDesk::Testing
