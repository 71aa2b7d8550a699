#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The server's verdict on one uploaded clip file (`clip_media`), keyed by its SHA-256.
struct ClipMediaRecord
{
    enum class Status { Ready, Rejected };

    QString sha256;
    QString ownerId;             // who uploaded it first; empty once that account is gone
    qint64 sizeBytes = 0;
    QJsonObject probe;           // Media::MediaInfo::toJson()
    qint64 durationMs = 0;
    int width = 0;               // display size, rotation applied
    int height = 0;
    QString thumbnailSha256;     // a JPEG in the ContentStore; empty when rejected
    QString fingerprintBase64;   // Media::VideoFingerprint::toBytes(), base64
    Status status = Status::Rejected;
    QString rejectionReason;     // for the uploader, in words
    qint64 createdAtMs = 0;

    static QString statusName(Status status);
};

// The `clip_media` table.
class ClipMediaRepository final
{
public:
    explicit ClipMediaRepository(Database &db);

    // The first verdict on some bytes stays: identical bytes get the same answer.
    Status insertIfAbsent(const ClipMediaRecord &media);
    Result<std::optional<ClipMediaRecord>> find(const QString &sha256);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage
