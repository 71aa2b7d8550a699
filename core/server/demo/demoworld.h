#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

struct DemoWorldSummary
{
    bool seeded = false; // false: the database already had users, nothing was written
    int users = 0;
    int campaigns = 0;
    int offers = 0;
    int memberships = 0;
    int clips = 0;
    int videos = 0;
    int mutations = 0;
    qint64 elapsedMs = 0;
};

// `clipdesk-server --demo`: fills an empty database with a realistic demo world — six brands,
// about 200 clippers with profiles, one admin, about 20 campaigns in every status plus
// templates, offers in every state, memberships, and a few flagged campaigns and accounts with
// their audit entries and notifications, and clips in every status (DemoClips) with short
// generated videos in `store` (DemoMedia). The well-known logins are in net/demoaccounts.h.
//
// Everything is written through the server's real mutation handlers (the same authorization,
// domain rules, change sequence, notifications and audit entries as a push) in ONE write
// transaction: a crash half-way leaves nothing behind, and a database that has any user is left
// alone, so running it again changes nothing (the videos are made only when it is empty). The world is the same on every run (fixed seed);
// its dates are relative to the time of seeding.
class DemoWorld final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorld)

public:
    static constexpr quint64 Seed = 0xC11BDE5Cull;

    static Result<DemoWorldSummary> seedIfEmpty(Storage::Database &db, Storage::ContentStore &store);
};

} // namespace ClipDesk::Server
