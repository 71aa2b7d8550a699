#pragma once

#include "domain/error.h"
#include "domain/notification.h"

#include <QSqlRecord>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The `notifications` table. Writes run inside a WriteTransaction with a fresh change sequence value.
class NotificationRepository final
{
public:
    explicit NotificationRepository(Database &db);

    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 11; // the last one is change_seq
    static Domain::Notification fromRecord(const QSqlRecord &record, int offset = 0);

    Result<std::optional<Domain::Notification>> find(const QString &id);
    Status insert(const Domain::Notification &notification, qint64 changeSeq);
    // Writes read_at and version.
    Status updateReadState(const Domain::Notification &notification, qint64 changeSeq);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
