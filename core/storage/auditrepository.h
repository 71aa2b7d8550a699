#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QSqlRecord>
#include <QString>

namespace ClipDesk::Storage {

class Database;

// One admin action, kept for accountability.
struct AuditEntry
{
    QString id;
    QString adminId;
    QString action;       // the mutation name, e.g. "admin.flag_user"
    QString targetEntity; // "campaign", "account"
    QString targetId;
    QString reason;
    qint64 createdAtMs = 0;

    QJsonObject toJson() const;
};

// The `audit_log` table (append-only).
class AuditRepository final
{
public:
    explicit AuditRepository(Database &db);

    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 8; // the last one is change_seq
    static AuditEntry fromRecord(const QSqlRecord &record, int offset = 0);

    Status insert(const AuditEntry &entry, qint64 changeSeq);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
