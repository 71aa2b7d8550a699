#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ClipDesk::Storage {

class Database;

// One resumable (tus) upload as the `tus_uploads` table keeps it.
struct TusUploadRecord
{
    QString id;
    QString ownerId;
    qint64 length = 0;
    qint64 offset = 0;          // bytes durably stored so far
    QJsonObject metadata;       // the decoded Upload-Metadata ("filename", "clip_id", ...)
    QString partialPath;        // relative to the server's data directory
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 completedAtMs = 0;   // 0 while bytes are missing or the file is not yet in the ContentStore
    QString sha256;             // set together with completedAtMs

    bool isComplete() const { return completedAtMs > 0; }
    bool hasAllBytes() const { return offset == length; }
};

// The `tus_uploads` table.
class TusUploadRepository final
{
public:
    explicit TusUploadRepository(Database &db);

    Status insert(const TusUploadRecord &upload);
    Result<std::optional<TusUploadRecord>> find(const QString &id);
    // Moves the offset of an incomplete upload and pushes its expiry out.
    Status setOffset(const QString &id, qint64 offset, qint64 expiresAtMs);
    Status markComplete(const QString &id, const QString &sha256, qint64 completedAtMs);
    Status remove(const QString &id);

    // Bytes an owner holds: the declared length of every upload they have not deleted.
    Result<qint64> reservedBytes(const QString &ownerId);
    // Incomplete uploads whose expiry has passed.
    Result<QList<TusUploadRecord>> listExpired(qint64 nowMs);
    // Uploads with every byte received that never made it into the ContentStore (a crash).
    Result<QList<TusUploadRecord>> listAwaitingCompletion();
    // (sha256, owner) of completed uploads that have no clip_media verdict yet (a crash).
    Result<QList<std::pair<QString, QString>>> listCompletedWithoutVerdict();
    // True when `userId` completed an upload of these bytes.
    Result<bool> ownerHasContent(const QString &userId, const QString &sha256);

private:
    Result<QList<TusUploadRecord>> list(const QString &where, const QVariantList &args);

    Database &m_db;
};

} // namespace ClipDesk::Storage
