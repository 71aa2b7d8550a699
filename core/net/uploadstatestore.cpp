#include "uploadstatestore.h"

#include "netlogging.h"
#include "nettr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ClipDesk::Net {

namespace {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &args = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return failure(QString::fromLatin1(ErrorCode::Storage), Tr::tr("Cannot remember the upload: %1").arg(query.lastError().text()));
    for (const QVariant &arg : args)
        query.addBindValue(arg);
    if (!query.exec())
        return failure(QString::fromLatin1(ErrorCode::Storage), Tr::tr("Cannot remember the upload: %1").arg(query.lastError().text()));
    return query;
}

UploadState fromQuery(const QSqlQuery &query)
{
    UploadState state;
    state.fingerprint = query.value(0).toString();
    state.uploadUrl = QUrl(query.value(1).toString());
    state.filePath = query.value(2).toString();
    state.fileSize = query.value(3).toLongLong();
    state.offset = query.value(4).toLongLong();
    state.updatedAtMs = query.value(5).toLongLong();
    return state;
}

const QString Columns = QStringLiteral("fingerprint, upload_url, file_path, file_size, confirmed_offset, updated_at");

} // namespace

UploadStateStore::UploadStateStore(QSqlDatabase database)
    : m_db(std::move(database))
{
    if (auto created = ensureTable(); !created)
        qCWarning(lcNet) << "upload state table:" << created.error().message;
}

Status UploadStateStore::ensureTable()
{
    auto created = run(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS tus_uploads ("
                                            "fingerprint TEXT NOT NULL PRIMARY KEY,"
                                            " upload_url TEXT NOT NULL,"
                                            " file_path TEXT NOT NULL,"
                                            " file_size INTEGER NOT NULL,"
                                            " confirmed_offset INTEGER NOT NULL DEFAULT 0,"
                                            " updated_at INTEGER NOT NULL)"));
    if (!created)
        return std::unexpected(created.error());
    return {};
}

Result<std::optional<UploadState>> UploadStateStore::find(const QString &fingerprint)
{
    auto query = run(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM tus_uploads WHERE fingerprint = ?"),
                     {fingerprint});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<UploadState>();
    return std::optional<UploadState>(fromQuery(*query));
}

Status UploadStateStore::save(const UploadState &state)
{
    auto saved = run(m_db, QStringLiteral("INSERT INTO tus_uploads (") + Columns + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"
                                          " ON CONFLICT (fingerprint) DO UPDATE SET upload_url = excluded.upload_url,"
                                          " file_path = excluded.file_path, file_size = excluded.file_size,"
                                          " confirmed_offset = excluded.confirmed_offset, updated_at = excluded.updated_at"),
                     {state.fingerprint, state.uploadUrl.toString(), state.filePath, state.fileSize, state.offset,
                      QDateTime::currentMSecsSinceEpoch()});
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Status UploadStateStore::remove(const QString &fingerprint)
{
    auto removed = run(m_db, QStringLiteral("DELETE FROM tus_uploads WHERE fingerprint = ?"), {fingerprint});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<QList<UploadState>> UploadStateStore::all()
{
    auto query = run(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM tus_uploads ORDER BY updated_at"));
    if (!query)
        return std::unexpected(query.error());
    QList<UploadState> states;
    while (query->next())
        states.append(fromQuery(*query));
    return states;
}

QString UploadStateStore::fingerprintOf(const QUrl &endpoint, const QFileInfo &file)
{
    const QByteArray key = endpoint.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '\n'
        + file.absoluteFilePath().toUtf8() + '\n' + QByteArray::number(file.size()) + '\n'
        + QByteArray::number(file.lastModified().toMSecsSinceEpoch());
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

} // namespace ClipDesk::Net
