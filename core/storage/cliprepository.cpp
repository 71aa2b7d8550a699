#include "cliprepository.h"

#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

namespace {

using Domain::Clip;

// In the order fromRecord() reads them.
const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("id"), QStringLiteral("owner_id"), QStringLiteral("campaign_id"), QStringLiteral("brand_id"),
        QStringLiteral("title"), QStringLiteral("caption"), QStringLiteral("hashtags"), QStringLiteral("platform"),
        QStringLiteral("posted_url"), QStringLiteral("media_sha256"), QStringLiteral("thumbnail_sha256"),
        QStringLiteral("version_number"), QStringLiteral("previous_clip_id"), QStringLiteral("status"),
        QStringLiteral("review_feedback"), QStringLiteral("reviewed_by"), QStringLiteral("submitted_at"),
        QStringLiteral("reviewed_at"), QStringLiteral("published_at"), QStringLiteral("field_versions"),
        QStringLiteral("version"), QStringLiteral("change_seq"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    return names;
}

// Every column but id, in the order of columnNames().
QVariantList writtenValues(const StoredClip &stored, qint64 changeSeq)
{
    const Clip &c = stored.clip;
    const auto text = &ColumnValues::text;
    const auto orNull = &ColumnValues::nullIfEmpty;
    return {c.ownerId, orNull(c.campaignId), orNull(c.brandId), text(c.title), text(c.caption), ColumnValues::fromList(c.hashtags),
            text(c.platform), text(c.postedUrl), orNull(c.mediaSha256), orNull(c.thumbnailSha256), c.versionNumber,
            orNull(c.previousClipId), Domain::clipStatusName(c.status), text(c.reviewFeedback), orNull(c.reviewedBy),
            c.submittedAtMs, c.reviewedAtMs, c.publishedAtMs, stored.fieldVersions.toText(), c.version, changeSeq,
            c.createdAtMs, c.updatedAtMs};
}

// "status IN ('submitted', 'approved')": the names are fixed words, never user input.
QString statusCondition(const QList<Domain::ClipStatus> &statuses)
{
    QStringList quoted;
    for (Domain::ClipStatus status : statuses)
        quoted.append(u'\'' + Domain::clipStatusName(status) + u'\'');
    return quoted.isEmpty() ? QStringLiteral("1 = 0") : u"status IN (" % quoted.join(QStringLiteral(", ")) % u")";
}

} // namespace

ClipRepository::ClipRepository(Database &db)
    : m_db(db)
{
}

QString ClipRepository::selectColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &name : columnNames())
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

StoredClip ClipRepository::fromRecord(const QSqlRecord &r, int o)
{
    StoredClip stored;
    Clip &c = stored.clip;
    c.id = r.value(o + 0).toString();
    c.ownerId = r.value(o + 1).toString();
    c.campaignId = r.value(o + 2).toString();
    c.brandId = r.value(o + 3).toString();
    c.title = r.value(o + 4).toString();
    c.caption = r.value(o + 5).toString();
    c.hashtags = ColumnValues::toList(r.value(o + 6));
    c.platform = r.value(o + 7).toString();
    c.postedUrl = r.value(o + 8).toString();
    c.mediaSha256 = r.value(o + 9).toString();
    c.thumbnailSha256 = r.value(o + 10).toString();
    c.versionNumber = r.value(o + 11).toInt();
    c.previousClipId = r.value(o + 12).toString();
    c.status = Domain::clipStatusFromName(r.value(o + 13).toString()).value_or(Domain::ClipStatus::Draft);
    c.reviewFeedback = r.value(o + 14).toString();
    c.reviewedBy = r.value(o + 15).toString();
    c.submittedAtMs = r.value(o + 16).toLongLong();
    c.reviewedAtMs = r.value(o + 17).toLongLong();
    c.publishedAtMs = r.value(o + 18).toLongLong();
    stored.fieldVersions = Domain::FieldVersions::fromText(r.value(o + 19).toString());
    c.version = r.value(o + 20).toLongLong();
    stored.changeSeq = r.value(o + 21).toLongLong();
    c.createdAtMs = r.value(o + 22).toLongLong();
    c.updatedAtMs = r.value(o + 23).toLongLong();
    return stored;
}

Result<std::optional<StoredClip>> ClipRepository::find(const QString &id)
{
    auto row = m_db.queryOne(u"SELECT " % selectColumns(QStringLiteral("k")) % u" FROM clips k WHERE k.id = ?", {id});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<StoredClip>();
    return std::optional<StoredClip>(fromRecord(**row));
}

Result<bool> ClipRepository::exists(const QString &id)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT 1 FROM clips WHERE id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Status ClipRepository::insert(const StoredClip &stored, qint64 changeSeq)
{
    const QStringList marks(columnNames().size(), QStringLiteral("?"));
    QVariantList values{stored.clip.id};
    values += writtenValues(stored, changeSeq);
    auto inserted = m_db.exec(u"INSERT INTO clips (" % columnNames().join(QStringLiteral(", ")) % u") VALUES ("
                                  % marks.join(QStringLiteral(", ")) % u")",
                              values);
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status ClipRepository::update(const StoredClip &stored, qint64 changeSeq)
{
    QStringList assignments;
    for (const QString &column : columnNames().mid(1))
        assignments.append(column + QStringLiteral(" = ?"));
    QVariantList values = writtenValues(stored, changeSeq);
    values.append(stored.clip.id);
    auto updated = m_db.exec(u"UPDATE clips SET " % assignments.join(QStringLiteral(", ")) % u" WHERE id = ?", values);
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status ClipRepository::remove(const QString &id)
{
    auto removed = m_db.exec(QStringLiteral("DELETE FROM clips WHERE id = ?"), {id});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<int> ClipRepository::countByOwner(const QString &campaignId, const QString &ownerId,
                                         const QList<Domain::ClipStatus> &statuses, const QString &excludingId)
{
    auto row = m_db.queryOne(u"SELECT COUNT(*) FROM clips WHERE campaign_id = ? AND owner_id = ? AND id <> ? AND "
                                 % statusCondition(statuses),
                             {campaignId, ownerId, excludingId});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->value(0).toInt() : 0;
}

Result<QList<ClipMediaRef>> ClipRepository::withMediaOnCampaign(const QString &campaignId,
                                                                const QList<Domain::ClipStatus> &statuses,
                                                                const QStringList &excludingIds)
{
    auto query = m_db.exec(u"SELECT id, owner_id, media_sha256 FROM clips WHERE campaign_id = ?"
                               u" AND media_sha256 IS NOT NULL AND "
                               % statusCondition(statuses) % u" ORDER BY submitted_at, id",
                           {campaignId});
    if (!query)
        return std::unexpected(query.error());
    QList<ClipMediaRef> clips;
    while (query->next()) {
        ClipMediaRef clip{query->value(0).toString(), query->value(1).toString(), query->value(2).toString()};
        if (!excludingIds.contains(clip.id))
            clips.append(std::move(clip));
    }
    return clips;
}

Result<QStringList> ClipRepository::versionsOf(const QString &id, const QString &ownerId)
{
    return m_db.firstColumn(QStringLiteral("WITH RECURSIVE lineage(id, previous_clip_id, depth) AS ("
                                           " SELECT id, previous_clip_id, 0 FROM clips WHERE id = ? AND owner_id = ?"
                                           " UNION ALL"
                                           " SELECT c.id, c.previous_clip_id, l.depth + 1 FROM clips c"
                                           " JOIN lineage l ON c.id = l.previous_clip_id"
                                           " WHERE c.owner_id = ? AND l.depth < 1000)"
                                           " SELECT id FROM lineage ORDER BY depth"),
                            {id, ownerId, ownerId});
}

Result<QString> ClipRepository::nextVersionOf(const QString &id)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT id FROM clips WHERE previous_clip_id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->value(0).toString() : QString();
}

} // namespace ClipDesk::Storage
