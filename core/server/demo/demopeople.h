#pragma once

#include "democatalog.h"
#include "domain/error.h"
#include "server/auth/authenticateduser.h"

#include <QList>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class DemoActor;
class DemoRandom;

struct DemoBrandAccount
{
    AuthenticatedUser user;
    DemoBrand brand;
};

struct DemoClipper
{
    AuthenticatedUser user;
    QString category;
    QString niche;
    qint64 reach = 0;
};

// Everyone in the demo world.
struct DemoCast
{
    QList<DemoBrandAccount> brands; // the first is DemoAccounts::BrandLogin
    QList<DemoClipper> clippers;    // the first is DemoAccounts::ClipperLogin
    AuthenticatedUser admin;
};

// Creates the demo world's accounts (users + profiles filled through `profile.update`), all with
// the one well-known password whose Argon2id hash is passed in (hashed once by the caller).
class DemoPeople final
{
public:
    static constexpr int ClipperCount = 200;

    static Result<DemoCast> create(Storage::Database &db, DemoActor &actor, DemoRandom &random, qint64 nowMs,
                                   const QString &passwordHash);
};

} // namespace ClipDesk::Server
