#include "readsnapshot.h"

#include "synclog.h"
#include "storage/database.h"

namespace ClipDesk::Server {

namespace {

Status begin(Storage::Database &db)
{
    if (db.inWriteTransaction())
        return failure(QString::fromLatin1(ErrorCode::Internal), QStringLiteral("a read snapshot cannot start inside a write transaction"));
    const QString sql = db.backend() == Storage::Backend::Sqlite
        ? QStringLiteral("BEGIN")
        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    auto begun = db.exec(sql);
    if (!begun)
        return std::unexpected(begun.error());
    return {};
}

} // namespace

ReadSnapshot::ReadSnapshot(Storage::Database &db)
    : m_db(db)
    , m_begun(begin(db))
{
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_begun)
        return;
    if (auto ended = m_db.exec(QStringLiteral("ROLLBACK")); !ended)
        qCWarning(lcSync) << "cannot end a read snapshot:" << ended.error().message;
}

} // namespace ClipDesk::Server
