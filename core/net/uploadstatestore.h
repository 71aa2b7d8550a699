#pragma once

#include "domain/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <optional>

class QFileInfo;

namespace ClipDesk::Net {

// Where a TusUploader left off with one file, so that it can resume after the app restarts.
struct UploadState
{
    QString fingerprint;   // UploadStateStore::fingerprintOf(): server + file path + size + mtime
    QUrl uploadUrl;        // the tus upload resource on the server
    QString filePath;
    qint64 fileSize = 0;
    qint64 offset = 0;     // the last offset the server confirmed (a hint: HEAD decides)
    qint64 updatedAtMs = 0;
};

// A small table `tus_uploads` in a SQLite database the caller owns (the client cache's):
// created if missing, one row per file being uploaded. Use it on the connection's thread.
class UploadStateStore final
{
public:
    explicit UploadStateStore(QSqlDatabase database);

    // CREATE TABLE IF NOT EXISTS; called by the constructor, exposed for its error.
    Status ensureTable();

    Result<std::optional<UploadState>> find(const QString &fingerprint);
    Status save(const UploadState &state);
    Status remove(const QString &fingerprint);
    Result<QList<UploadState>> all();

    // Identifies a file's upload to one server: the same file (path, size, modification time)
    // to the same endpoint resumes; a changed file starts over.
    static QString fingerprintOf(const QUrl &endpoint, const QFileInfo &file);

private:
    QSqlDatabase m_db;
};

} // namespace ClipDesk::Net
