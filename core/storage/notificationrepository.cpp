#include "notificationrepository.h"

#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

namespace {

using Domain::Notification;

const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("kind"), QStringLiteral("title"),
        QStringLiteral("body"), QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("created_at"),
        QStringLiteral("read_at"), QStringLiteral("version"), QStringLiteral("change_seq"),
    };
    return names;
}

} // namespace

NotificationRepository::NotificationRepository(Database &db)
    : m_db(db)
{
}

QString NotificationRepository::selectColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &name : columnNames())
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

Notification NotificationRepository::fromRecord(const QSqlRecord &r, int o)
{
    Notification n;
    n.id = r.value(o + 0).toString();
    n.userId = r.value(o + 1).toString();
    n.kind = r.value(o + 2).toString();
    n.title = r.value(o + 3).toString();
    n.body = r.value(o + 4).toString();
    n.entity = r.value(o + 5).toString();
    n.entityId = r.value(o + 6).toString();
    n.createdAtMs = r.value(o + 7).toLongLong();
    n.readAtMs = r.value(o + 8).toLongLong();
    n.version = r.value(o + 9).toLongLong();
    return n;
}

Result<std::optional<Notification>> NotificationRepository::find(const QString &id)
{
    auto row = m_db.queryOne(u"SELECT " % selectColumns(QStringLiteral("n")) % u" FROM notifications n WHERE n.id = ?", {id});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<Notification>();
    return std::optional<Notification>(fromRecord(**row));
}

Status NotificationRepository::insert(const Notification &n, qint64 changeSeq)
{
    QStringList marks(columnNames().size(), QStringLiteral("?"));
    auto inserted = m_db.exec(u"INSERT INTO notifications (" % columnNames().join(QStringLiteral(", ")) % u") VALUES ("
                                  % marks.join(QStringLiteral(", ")) % u")",
                              {n.id, n.userId, n.kind, ColumnValues::text(n.title), ColumnValues::text(n.body),
                               ColumnValues::text(n.entity), ColumnValues::text(n.entityId), n.createdAtMs, n.readAtMs,
                               n.version, changeSeq});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status NotificationRepository::updateReadState(const Notification &n, qint64 changeSeq)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE notifications SET read_at = ?, version = ?, change_seq = ? WHERE id = ?"),
                             {n.readAtMs, n.version, changeSeq, n.id});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace ClipDesk::Storage
