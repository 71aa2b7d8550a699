#pragma once

#include "domain/error.h"
#include "server/auth/authenticateduser.h"
#include "storage/clipmediarepository.h"

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// Who may download an uploaded clip file and its thumbnail: admins, whoever uploaded those
// bytes, and — once the `clips` table exists — the brand of a campaign a clip with that
// media was submitted to.
class MediaAccess final
{
public:
    explicit MediaAccess(Storage::Database &db);

    Result<bool> mayRead(const AuthenticatedUser &user, const Storage::ClipMediaRecord &media);

private:
    bool clipsTableExists();

    Storage::Database &m_db;
    int m_clipsTable = -1; // -1 unknown, 0 no, 1 yes
};

} // namespace ClipDesk::Server
