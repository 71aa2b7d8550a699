#include "auditrepository.h"

#include "database.h"
#include "columnvalues.h"

namespace ClipDesk::Storage {

namespace {

const QStringList &columnNames()
{
    static const QStringList names = {
        QStringLiteral("id"), QStringLiteral("admin_id"), QStringLiteral("action"), QStringLiteral("target_entity"),
        QStringLiteral("target_id"), QStringLiteral("reason"), QStringLiteral("created_at"), QStringLiteral("change_seq"),
    };
    return names;
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("admin_id"), adminId},
            {QStringLiteral("action"), action},
            {QStringLiteral("target_entity"), targetEntity},
            {QStringLiteral("target_id"), targetId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("created_at"), createdAtMs}};
}

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

QString AuditRepository::selectColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &name : columnNames())
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

AuditEntry AuditRepository::fromRecord(const QSqlRecord &r, int o)
{
    return AuditEntry{r.value(o + 0).toString(), r.value(o + 1).toString(), r.value(o + 2).toString(),
                      r.value(o + 3).toString(), r.value(o + 4).toString(), r.value(o + 5).toString(),
                      r.value(o + 6).toLongLong()};
}

Status AuditRepository::insert(const AuditEntry &e, qint64 changeSeq)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO audit_log (id, admin_id, action, target_entity, target_id, reason,"
                                             " created_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {e.id, ColumnValues::nullIfEmpty(e.adminId), e.action, e.targetEntity, e.targetId, ColumnValues::text(e.reason),
                               e.createdAtMs, changeSeq});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace ClipDesk::Storage
