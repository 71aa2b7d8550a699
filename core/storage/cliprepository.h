#pragma once

#include "domain/clip.h"
#include "domain/error.h"
#include "domain/fieldversions.h"

#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// A clip as stored: the domain object plus what sync needs.
struct StoredClip
{
    Domain::Clip clip;
    Domain::FieldVersions fieldVersions;
    qint64 changeSeq = 0;
};

// A clip's id, owner and video.
struct ClipMediaRef
{
    QString id;
    QString ownerId;
    QString mediaSha256;
};

// The `clips` table. Writes run inside a WriteTransaction with a fresh change sequence value.
class ClipRepository final
{
public:
    explicit ClipRepository(Database &db);

    // "k.id, k.owner_id, ..." for SELECTs; fromRecord() reads them back starting at `offset`.
    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 24;
    static StoredClip fromRecord(const QSqlRecord &record, int offset = 0);

    Result<std::optional<StoredClip>> find(const QString &id);
    Result<bool> exists(const QString &id);
    Status insert(const StoredClip &stored, qint64 changeSeq);
    Status update(const StoredClip &stored, qint64 changeSeq);
    Status remove(const QString &id);

    // The owner's clips on the campaign in one of `statuses`, other than `excludingId`.
    Result<int> countByOwner(const QString &campaignId, const QString &ownerId, const QList<Domain::ClipStatus> &statuses,
                             const QString &excludingId);
    // The clips on the campaign in one of `statuses` that have a video, other than those in
    // `excludingIds`, in submission order.
    Result<QList<ClipMediaRef>> withMediaOnCampaign(const QString &campaignId, const QList<Domain::ClipStatus> &statuses,
                                                    const QStringList &excludingIds);
    // `id` and every earlier version it was made from (newest first), as long as `ownerId` owns
    // them; empty when `ownerId` does not own `id`.
    Result<QStringList> versionsOf(const QString &id, const QString &ownerId);
    // The id of the version made from `id`, or empty.
    Result<QString> nextVersionOf(const QString &id);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
