#include "visibility.h"

#include "storage/database.h"

namespace ClipDesk::Server {

using Domain::Role;

SqlPredicate Visibility::campaign(const QString &a, const AuthenticatedUser &user)
{
    switch (user.role) {
    case Role::Admin:
        return {QStringLiteral("1 = 1"), {}};
    case Role::Brand:
        return {a + QStringLiteral(".brand_id = ?"), {user.userId}};
    case Role::Clipper:
        break;
    }
    return {u"(" % a % u".discoverable = 1"
                % u" OR EXISTS (SELECT 1 FROM offers vo WHERE vo.campaign_id = " % a % u".id AND vo.clipper_id = ?)"
                % u" OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.campaign_id = " % a % u".id AND vm.clipper_id = ?))",
            {user.userId, user.userId}};
}

SqlPredicate Visibility::participation(const QString &a, const AuthenticatedUser &user)
{
    switch (user.role) {
    case Role::Admin:
        return {QStringLiteral("1 = 1"), {}};
    case Role::Brand:
        return {a + QStringLiteral(".brand_id = ?"), {user.userId}};
    case Role::Clipper:
        break;
    }
    return {a + QStringLiteral(".clipper_id = ?"), {user.userId}};
}

SqlPredicate Visibility::clip(const QString &a, const AuthenticatedUser &user)
{
    switch (user.role) {
    case Role::Admin:
        return {QStringLiteral("1 = 1"), {}};
    case Role::Brand:
        return {a + QStringLiteral(".brand_id = ? AND ") + a + QStringLiteral(".status NOT IN ('draft', 'uploading')"),
                {user.userId}};
    case Role::Clipper:
        break;
    }
    return {a + QStringLiteral(".owner_id = ?"), {user.userId}};
}

Result<bool> Visibility::canSeeCampaign(Storage::Database &db, const AuthenticatedUser &user, const QString &campaignId)
{
    const SqlPredicate visible = campaign(QStringLiteral("c"), user);
    QVariantList args{campaignId};
    args += visible.args;
    auto row = db.queryOne(u"SELECT 1 FROM campaigns c WHERE c.id = ? AND " % visible.sql, args);
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

bool Visibility::seesFlaggedReason(const AuthenticatedUser &user)
{
    return user.role != Role::Clipper;
}

} // namespace ClipDesk::Server
