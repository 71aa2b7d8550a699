#include "tombstonerepository.h"

#include "database.h"
#include "columnvalues.h"

namespace ClipDesk::Storage {

TombstoneRepository::TombstoneRepository(Database &db)
    : m_db(db)
{
}

Status TombstoneRepository::insert(qint64 changeSeq, const QString &entity, const QString &entityId,
                                   const QString &audienceUserId, qint64 nowMs)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO tombstones (seq, entity, entity_id, audience_user_id, created_at)"
                                             " VALUES (?, ?, ?, ?, ?)"),
                              {changeSeq, entity, entityId, ColumnValues::nullIfEmpty(audienceUserId), nowMs});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace ClipDesk::Storage
