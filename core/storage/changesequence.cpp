#include "changesequence.h"

#include "database.h"

namespace ClipDesk::Storage {

namespace {

Result<qint64> single(Database &db, const QString &sql)
{
    auto row = db.queryOne(sql);
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return failure(QString::fromLatin1(ErrorCode::Storage), ChangeSequence::tr("The change sequence is missing."));
    return (*row)->value(0).toLongLong();
}

} // namespace

Result<qint64> ChangeSequence::lockForWrite(Database &db)
{
    if (!db.inWriteTransaction())
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("The change sequence is locked only inside a write transaction."));
    if (db.backend() == Backend::Sqlite)
        return single(db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1"));
    return single(db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1 FOR UPDATE"));
}

Result<qint64> ChangeSequence::next(Database &db)
{
    if (!db.inWriteTransaction())
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("Change sequence values are handed out only inside a write transaction."));
    return single(db, QStringLiteral("UPDATE change_sequence SET value = value + 1 WHERE id = 1 RETURNING value"));
}

Result<qint64> ChangeSequence::current(Database &db)
{
    return single(db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1"));
}

} // namespace ClipDesk::Storage
