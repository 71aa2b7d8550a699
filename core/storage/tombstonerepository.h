#pragma once

#include "domain/error.h"

#include <QString>

namespace ClipDesk::Storage {

class Database;

// The `tombstones` table: rows that were really deleted, so that pulls can tell clients.
class TombstoneRepository final
{
public:
    explicit TombstoneRepository(Database &db);

    // `audienceUserId` empty: every user gets the tombstone; else that user (and admins).
    Status insert(qint64 changeSeq, const QString &entity, const QString &entityId, const QString &audienceUserId,
                  qint64 nowMs);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
