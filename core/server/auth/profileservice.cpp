#include "profileservice.h"

#include "profileimage.h"
#include "storage/contentstore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcProfiles, "clipdesk.profiles", QtInfoMsg)

namespace ClipDesk::Server {

namespace {

constexpr qint64 MaxServedBytes = 8 * 1024 * 1024;

std::unexpected<ApiFailure> internalFailure(const char *what, const Error &error)
{
    qCWarning(lcProfiles) << what << error.message;
    return std::unexpected(ApiFailure::internal());
}

QJsonObject wrap(const Domain::Profile &profile)
{
    return QJsonObject{{QStringLiteral("profile"), Domain::profileToJson(profile)}};
}

struct StoredImage
{
    QString sha256;
    qint64 sizeBytes = 0;
};

} // namespace

ProfileService::ProfileService(Storage::Database &db, Storage::ContentStore &store, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_pool(pool)
    , m_profiles(db)
    , m_blobs(db)
{
}

ApiResult<Domain::Profile> ProfileService::load(const QString &userId)
{
    auto found = m_profiles.find(userId);
    if (!found)
        return internalFailure("cannot read a profile:", found.error());
    if (!found->has_value())
        return apiFailure(404, QString::fromLatin1(ErrorCode::NotFound), tr("There is no user with this id."));
    return **found;
}

ApiResult<QJsonObject> ProfileService::profile(const QString &userId)
{
    auto loaded = load(userId);
    if (!loaded)
        return std::unexpected(loaded.error());
    return wrap(*loaded);
}

ApiResult<QJsonObject> ProfileService::update(const AuthenticatedUser &user, const QJsonObject &body)
{
    auto current = load(user.userId);
    if (!current)
        return std::unexpected(current.error());

    QJsonObject changes = body;
    const QJsonValue baseVersion = changes.take(QStringLiteral("base_version"));
    if (!baseVersion.isUndefined()) {
        if (!baseVersion.isDouble() || baseVersion.toDouble() != double(baseVersion.toInteger()))
            return apiFailure(400, QString::fromLatin1(ErrorCode::InvalidArgument), tr("\"base_version\" must be a whole number."));
        if (baseVersion.toInteger() != current->version) {
            ApiFailure conflict = ApiFailure::make(409, QString::fromLatin1(ErrorCode::Conflict),
                                                   tr("The profile was changed elsewhere; review the current version and try again."));
            conflict.extra.insert(QStringLiteral("current"), Domain::profileToJson(*current));
            return std::unexpected(conflict);
        }
    }

    Domain::Profile next = *current;
    if (auto applied = Domain::ProfileRules::applyUpdate(next, changes); !applied)
        return apiFailure(400, applied.error().code, applied.error().message);
    next.version = current->version + 1;
    next.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    auto written = m_profiles.update(next, current->version);
    if (!written)
        return internalFailure("cannot write a profile:", written.error());
    if (!*written) {
        ApiFailure conflict = ApiFailure::make(409, QString::fromLatin1(ErrorCode::Conflict),
                                               tr("The profile was changed elsewhere; review the current version and try again."));
        if (auto latest = load(user.userId))
            conflict.extra.insert(QStringLiteral("current"), Domain::profileToJson(*latest));
        return std::unexpected(conflict);
    }
    return wrap(next);
}

void ProfileService::setImage(const AuthenticatedUser &user, ImageSlot slot, const QByteArray &upload,
                              std::function<void(ApiResult<QJsonObject>)> done)
{
    if (slot == ImageSlot::Logo && user.role != Domain::Role::Brand)
        return done(apiFailure(403, QString::fromLatin1(ErrorCode::Forbidden), tr("Only brands have a logo.")));

    Storage::ContentStore *store = &m_store;
    auto work = QtConcurrent::run(m_pool, [upload, store]() -> ApiResult<StoredImage> {
        auto png = ProfileImage::normalize(upload);
        if (!png)
            return std::unexpected(png.error());
        auto sha = store->storeBytes(*png);
        if (!sha) {
            qCWarning(lcProfiles) << "cannot store an image:" << sha.error().message;
            return std::unexpected(ApiFailure::internal());
        }
        return StoredImage{*sha, png->size()};
    });
    work.then(this, [this, userId = user.userId, slot, done = std::move(done)](ApiResult<StoredImage> stored) {
        if (!stored)
            return done(std::unexpected(stored.error()));
        done(attachImage(userId, slot, stored->sha256, stored->sizeBytes));
    });
}

ApiResult<QJsonObject> ProfileService::attachImage(const QString &userId, ImageSlot slot, const QString &sha256, qint64 sizeBytes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A concurrent edit bumps the version; setting an image does not depend on it, so retry.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto current = load(userId);
        if (!current)
            return std::unexpected(current.error());
        Domain::Profile next = *current;
        (slot == ImageSlot::Avatar ? next.avatarSha256 : next.logoSha256) = sha256;
        next.version = current->version + 1;
        next.updatedAtMs = now;

        Storage::WriteTransaction transaction(m_db);
        if (!transaction.begun())
            return internalFailure("cannot begin a transaction:", transaction.begun().error());
        if (auto blob = m_blobs.insertIfAbsent({sha256, sizeBytes, QStringLiteral("image/png"), userId, now}); !blob)
            return internalFailure("cannot record an image:", blob.error());
        auto written = m_profiles.update(next, current->version);
        if (!written)
            return internalFailure("cannot attach an image:", written.error());
        if (!*written)
            continue;
        if (auto committed = transaction.commit(); !committed)
            return internalFailure("cannot attach an image:", committed.error());
        qCInfo(lcProfiles) << (slot == ImageSlot::Avatar ? "avatar" : "logo") << "set for" << userId;
        return wrap(next);
    }
    return apiFailure(409, QString::fromLatin1(ErrorCode::Conflict), tr("The profile is being changed elsewhere; try again."));
}

ApiResult<MediaFile> ProfileService::media(const QString &sha256)
{
    const auto notFound = [] {
        return apiFailure(404, QString::fromLatin1(ErrorCode::NotFound), tr("There is no image with this id."));
    };
    if (!Storage::ContentStore::isValidSha256(sha256))
        return notFound();
    auto blob = m_blobs.find(sha256);
    if (!blob)
        return internalFailure("cannot look up a media blob:", blob.error());
    if (!blob->has_value() || !(*blob)->mimeType.startsWith(u"image/") || (*blob)->sizeBytes > MaxServedBytes)
        return notFound();
    auto bytes = m_store.readAll(sha256, MaxServedBytes);
    if (!bytes)
        return internalFailure("cannot read a media blob:", bytes.error());
    return MediaFile{sha256, (*blob)->mimeType, *bytes};
}

} // namespace ClipDesk::Server
