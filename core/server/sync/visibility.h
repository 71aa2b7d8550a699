#pragma once

#include "domain/error.h"
#include "server/auth/authenticateduser.h"

#include <QString>
#include <QVariantList>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// A WHERE fragment and its `?` arguments.
struct SqlPredicate
{
    QString sql;
    QVariantList args;
};

// Who may see what, as SQL (see PROTOCOL.md, "Pull"). Pulls, REST reads and mutations share
// these definitions, so "visible" means the same everywhere.
//   brand:   its campaigns and templates, their offers and memberships
//   clipper: discoverable campaigns, campaigns it has an offer for or is a member of,
//            its own offers and memberships
//   admin:   everything
//   clips:   the owner's own; the brand's campaigns' submitted (and later) clips; admin: all
class Visibility final
{
public:
    // Campaigns (table alias `alias`) the user may see.
    static SqlPredicate campaign(const QString &alias, const AuthenticatedUser &user);
    // Offers or memberships (both have brand_id and clipper_id) the user may see.
    static SqlPredicate participation(const QString &alias, const AuthenticatedUser &user);
    // Clips (table alias `alias`) the user may see: the owner its own, the campaign's brand
    // those submitted to its campaigns (never drafts), admins all.
    static SqlPredicate clip(const QString &alias, const AuthenticatedUser &user);
    // Whether the user may see the campaign; false when it does not exist.
    static Result<bool> canSeeCampaign(Storage::Database &db, const AuthenticatedUser &user, const QString &campaignId);
    // flagged_reason is shown to the owning brand and admins only.
    static bool seesFlaggedReason(const AuthenticatedUser &user);
};

} // namespace ClipDesk::Server
