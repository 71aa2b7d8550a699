#pragma once

#include "apifailure.h"
#include "authenticateduser.h"
#include "storage/mediablobrepository.h"
#include "storage/profilerepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QThreadPool;

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

// A stored image as served by GET /api/v1/media/{sha256}.
struct MediaFile
{
    QString sha256;
    QString mimeType;
    QByteArray bytes;
};

// Profiles: reading, editing with optimistic versions, and avatar/logo images.
// Image decoding and storing run on the worker pool; database work on this object's thread.
class ProfileService final : public QObject
{
    Q_OBJECT

public:
    enum class ImageSlot { Avatar, Logo };

    ProfileService(Storage::Database &db, Storage::ContentStore &store, QThreadPool *pool, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProfileService)

    // → {"profile": {...}}
    ApiResult<QJsonObject> profile(const QString &userId);
    // The fields to change, plus an optional "base_version": when it is not the stored version,
    // fails with 409 "conflict" and the current profile under "current".
    ApiResult<QJsonObject> update(const AuthenticatedUser &user, const QJsonObject &changes);
    // Normalizes and stores the uploaded image, then points the profile at it. Logos are for brands only.
    void setImage(const AuthenticatedUser &user, ImageSlot slot, const QByteArray &upload,
                  std::function<void(ApiResult<QJsonObject>)> done);
    ApiResult<MediaFile> media(const QString &sha256);

private:
    ApiResult<Domain::Profile> load(const QString &userId);
    ApiResult<QJsonObject> attachImage(const QString &userId, ImageSlot slot, const QString &sha256, qint64 sizeBytes);

    Storage::Database &m_db;
    Storage::ContentStore &m_store;
    QThreadPool *m_pool;
    Storage::ProfileRepository m_profiles;
    Storage::MediaBlobRepository m_blobs;
};

} // namespace ClipDesk::Server
