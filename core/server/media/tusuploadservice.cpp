#include "tusuploadservice.h"

#include "mediaingest.h"
#include "storage/clipmediarepository.h"
#include "storage/database.h"
#include "tuspatchsink.h"
#include "tusprotocol.h"
#include "uploadlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QUuid>

namespace ClipDesk::Server {

namespace {

const QString UploadsDir = QStringLiteral("uploads");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpResponse internalError()
{
    return TusUploadService::tusError(500, QString::fromLatin1(ErrorCode::Internal),
                                      TusUploadService::tr("The server could not complete the request. Try again later."));
}

} // namespace

TusUploadService::TusUploadService(Storage::Database &db, UploadSettings settings, QString dataDir, MediaIngest &ingest,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_uploads(db)
    , m_settings(std::move(settings))
    , m_dataDir(std::move(dataDir))
    , m_ingest(ingest)
{
}

TusUploadService::~TusUploadService() = default;

Status TusUploadService::prepare()
{
    if (!QDir(m_dataDir).mkpath(UploadsDir))
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("Cannot create the uploads directory in %1.").arg(m_dataDir));
    return {};
}

HttpResponse TusUploadService::tusResponse(int status)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArray(TusProtocol::Version));
    return response;
}

HttpResponse TusUploadService::tusError(int status, const QString &code, const QString &message)
{
    HttpResponse response = HttpResponse::error(status, code, message);
    response.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArray(TusProtocol::Version));
    return response;
}

HttpResponse TusUploadService::options(const UploadSettings &settings)
{
    HttpResponse response = tusResponse(204);
    response.setHeader(QByteArrayLiteral("Tus-Version"), QByteArray(TusProtocol::Version));
    response.setHeader(QByteArrayLiteral("Tus-Extension"), QByteArray(TusProtocol::Extensions));
    response.setHeader(QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(settings.maxUploadBytes));
    response.setHeader(QByteArrayLiteral("Tus-Checksum-Algorithm"), QByteArray(TusProtocol::ChecksumAlgorithms));
    return response;
}

std::optional<HttpResponse> TusUploadService::checkVersion(const HttpRequest &request) const
{
    if (request.header("tus-resumable") == TusProtocol::Version)
        return std::nullopt;
    HttpResponse response = tusError(412, QStringLiteral("tus_version_unsupported"),
                                     tr("This server speaks tus %1; send \"Tus-Resumable: %1\".").arg(QLatin1String(TusProtocol::Version)));
    response.setHeader(QByteArrayLiteral("Tus-Version"), QByteArray(TusProtocol::Version));
    return response;
}

QString TusUploadService::absolutePath(const Storage::TusUploadRecord &upload) const
{
    return QDir(m_dataDir).filePath(upload.partialPath);
}

QString TusUploadService::idFromRequest(const HttpRequest &request)
{
    return request.pathParams.value(QStringLiteral("id"));
}

std::expected<Storage::TusUploadRecord, HttpResponse> TusUploadService::ownedUpload(const AuthenticatedUser &user,
                                                                                     const QString &id)
{
    auto found = m_uploads.find(id);
    if (!found) {
        qCWarning(lcUploads) << "cannot look up upload" << id << found.error().message;
        return std::unexpected(internalError());
    }
    if (!found->has_value() || (*found)->ownerId != user.userId)
        return std::unexpected(tusError(404, QString::fromLatin1(ErrorCode::NotFound), tr("There is no upload with this id.")));
    if (!(*found)->hasAllBytes() && (*found)->expiresAtMs <= nowMs())
        return std::unexpected(tusError(410, QStringLiteral("upload_expired"),
                                        tr("This upload expired before it was finished; start it again.")));
    return **found;
}

HttpResponse TusUploadService::create(const AuthenticatedUser &user, const HttpRequest &request)
{
    if (auto refused = checkVersion(request))
        return *refused;
    if (!request.header("upload-defer-length").isEmpty())
        return tusError(400, QString::fromLatin1(ErrorCode::InvalidArgument),
                        tr("Uploads of unknown length are not supported; send Upload-Length."));
    const auto length = TusProtocol::parseNumber(request.header("upload-length"));
    if (!length)
        return tusError(400, QString::fromLatin1(ErrorCode::InvalidArgument), tr("Upload-Length must be a number of bytes."));
    if (*length > m_settings.maxUploadBytes)
        return tusError(413, QStringLiteral("upload_too_large"),
                        tr("The file is %1 bytes; uploads may be at most %2 bytes.").arg(*length).arg(m_settings.maxUploadBytes));
    auto metadata = TusProtocol::parseMetadata(request.header("upload-metadata"));
    if (!metadata)
        return tusError(400, metadata.error().code, metadata.error().message);

    auto reserved = m_uploads.reservedBytes(user.userId);
    if (!reserved) {
        qCWarning(lcUploads) << "cannot sum uploads of" << user.userId << reserved.error().message;
        return internalError();
    }
    if (*reserved + *length > m_settings.quotaBytesPerUser)
        return tusError(403, QStringLiteral("quota_exceeded"),
                        tr("This upload would exceed your storage quota of %1 bytes (%2 bytes in use). Delete unfinished uploads or "
                           "ask an admin for more room.")
                            .arg(m_settings.quotaBytesPerUser)
                            .arg(*reserved));

    Storage::TusUploadRecord upload;
    upload.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    upload.ownerId = user.userId;
    upload.length = *length;
    upload.metadata = *metadata;
    upload.partialPath = UploadsDir + u'/' + upload.id + QStringLiteral(".part");
    upload.createdAtMs = nowMs();
    upload.expiresAtMs = upload.createdAtMs + m_settings.expiryMs;
    QFile partial(absolutePath(upload));
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcUploads) << "cannot create" << partial.fileName() << partial.errorString();
        return internalError();
    }
    partial.close();
    if (auto inserted = m_uploads.insert(upload); !inserted) {
        QFile::remove(absolutePath(upload));
        qCWarning(lcUploads) << "cannot record an upload:" << inserted.error().message;
        return internalError();
    }
    qCInfo(lcUploads) << "upload" << upload.id << "created by" << user.userId << "for" << upload.length << "bytes";

    HttpResponse response = tusResponse(201);
    response.setHeader(QByteArrayLiteral("Location"), QByteArray(UploadsPath) + '/' + upload.id.toLatin1());
    response.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArrayLiteral("0"));
    response.setHeader(QByteArrayLiteral("Upload-Expires"), TusProtocol::httpDate(upload.expiresAtMs));
    if (upload.length == 0) {
        // Nothing to wait for: the upload is complete as it is.
        m_ingest.ingest(upload, {});
    }
    return response;
}

HttpResponse TusUploadService::head(const AuthenticatedUser &user, const QString &id)
{
    auto upload = ownedUpload(user, id);
    if (!upload)
        return upload.error();
    HttpResponse response = tusResponse(200);
    response.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload->offset));
    response.setHeader(QByteArrayLiteral("Upload-Length"), QByteArray::number(upload->length));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (!upload->metadata.isEmpty())
        response.setHeader(QByteArrayLiteral("Upload-Metadata"), TusProtocol::encodeMetadata(upload->metadata));
    if (!upload->hasAllBytes())
        response.setHeader(QByteArrayLiteral("Upload-Expires"), TusProtocol::httpDate(upload->expiresAtMs));
    return response;
}

std::expected<std::unique_ptr<RequestBodySink>, HttpResponse> TusUploadService::beginPatch(const AuthenticatedUser &user,
                                                                                           const HttpRequest &request)
{
    if (auto refused = checkVersion(request))
        return std::unexpected(*refused);
    const QByteArray contentType = request.header("content-type").trimmed().toLower();
    if (contentType != TusProtocol::OffsetContentType)
        return std::unexpected(tusError(415, QStringLiteral("unsupported_media_type"),
                                        tr("PATCH bodies must be sent as %1.").arg(QLatin1String(TusProtocol::OffsetContentType))));
    const auto offset = TusProtocol::parseNumber(request.header("upload-offset"));
    if (!offset)
        return std::unexpected(tusError(400, QString::fromLatin1(ErrorCode::InvalidArgument), tr("Upload-Offset must be a number of bytes.")));
    auto checksum = TusProtocol::parseChecksum(request.header("upload-checksum"));
    if (!checksum)
        return std::unexpected(tusError(400, checksum.error().code, checksum.error().message));
    if (*checksum && (*checksum)->algorithm != TusProtocol::ChecksumAlgorithms)
        return std::unexpected(tusError(400, QStringLiteral("checksum_algorithm_unsupported"),
                                        tr("Upload-Checksum must use sha1.")));

    auto upload = ownedUpload(user, idFromRequest(request));
    if (!upload)
        return std::unexpected(upload.error());
    if (*offset != upload->offset) {
        HttpResponse conflict = tusError(409, QStringLiteral("offset_mismatch"),
                                         tr("Upload-Offset is %1 but the server has %2 bytes; ask with HEAD and resume from there.")
                                             .arg(*offset)
                                             .arg(upload->offset));
        conflict.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload->offset));
        return std::unexpected(conflict);
    }
    if (m_patching.contains(upload->id))
        return std::unexpected(tusError(423, QStringLiteral("upload_locked"),
                                        tr("Another request is writing to this upload; try again in a moment.")));
    const qint64 remaining = upload->length - upload->offset;
    if (remaining == 0 && !request.hasBody()) {
        HttpResponse done = tusResponse(204);
        done.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload->offset));
        return std::unexpected(done);
    }
    if (request.contentLength && *request.contentLength > remaining)
        return std::unexpected(tusError(413, QStringLiteral("upload_too_long"),
                                        tr("The body is %1 bytes but only %2 bytes are missing.").arg(*request.contentLength).arg(remaining)));

    auto file = std::make_unique<QFile>(absolutePath(*upload));
    if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered) || !file->resize(upload->offset) || !file->seek(upload->offset)) {
        qCWarning(lcUploads) << "cannot open" << file->fileName() << file->errorString();
        return std::unexpected(internalError());
    }
    std::optional<DigestStream> digest;
    if (upload->offset == 0) {
        digest.emplace(DigestStream::Algorithm::Sha256);
    } else if (const auto running = m_digests.value(upload->id); running && running->offset == upload->offset) {
        digest = running->digest;
    }
    m_patching.insert(upload->id);
    return std::make_unique<TusPatchSink>(this, *upload, std::move(file), std::move(*checksum), std::move(digest));
}

Result<qint64> TusUploadService::commitPatch(const QString &id, qint64 offset, const std::optional<DigestStream> &contentDigest)
{
    auto current = m_uploads.find(id);
    if (!current || !current->has_value())
        return failure(QString::fromLatin1(ErrorCode::NotFound), tr("The upload was deleted."));
    const qint64 expiresAt = nowMs() + m_settings.expiryMs;
    if (auto stored = m_uploads.setOffset(id, offset, expiresAt); !stored) {
        qCWarning(lcUploads) << "cannot store the offset of" << id << stored.error().message;
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("The server could not store the upload."));
    }
    if (contentDigest) {
        auto running = std::make_shared<RunningDigest>();
        running->offset = offset;
        running->digest = *contentDigest;
        m_digests.insert(id, running);
    } else {
        m_digests.remove(id);
    }
    auto upload = m_uploads.find(id);
    if (upload && upload->has_value() && (*upload)->hasAllBytes()) {
        const auto running = m_digests.take(id);
        m_ingest.ingest(**upload, running ? QString::fromLatin1(running->digest.result().toHex()) : QString());
    }
    return expiresAt;
}

void TusUploadService::releasePatch(const QString &id)
{
    m_patching.remove(id);
}

HttpResponse TusUploadService::terminate(const AuthenticatedUser &user, const HttpRequest &request)
{
    if (auto refused = checkVersion(request))
        return *refused;
    const QString id = idFromRequest(request);
    auto found = m_uploads.find(id);
    if (!found)
        return internalError();
    if (!found->has_value() || (*found)->ownerId != user.userId)
        return tusError(404, QString::fromLatin1(ErrorCode::NotFound), tr("There is no upload with this id."));
    // A PATCH still streaming into it fails when it tries to commit (the row is gone).
    if (auto removed = m_uploads.remove(id); !removed) {
        qCWarning(lcUploads) << "cannot delete upload" << id << removed.error().message;
        return internalError();
    }
    QFile::remove(absolutePath(**found));
    m_digests.remove(id);
    qCInfo(lcUploads) << "upload" << id << "terminated by its owner";
    return tusResponse(204);
}

HttpResponse TusUploadService::describe(const AuthenticatedUser &user, const QString &id)
{
    auto upload = ownedUpload(user, id);
    if (!upload)
        return upload.error();
    QJsonObject json{
        {QStringLiteral("id"), upload->id},
        {QStringLiteral("length"), upload->length},
        {QStringLiteral("offset"), upload->offset},
        {QStringLiteral("metadata"), upload->metadata},
        {QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(upload->createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    QString state = QStringLiteral("receiving");
    if (upload->isComplete()) {
        json.insert(QStringLiteral("sha256"), upload->sha256);
        state = QStringLiteral("processing");
        auto media = Storage::ClipMediaRepository(m_db).find(upload->sha256);
        if (!media)
            return internalError();
        if (media->has_value()) {
            const Storage::ClipMediaRecord &record = **media;
            state = Storage::ClipMediaRecord::statusName(record.status);
            if (record.status == Storage::ClipMediaRecord::Status::Rejected) {
                json.insert(QStringLiteral("rejectionReason"), record.rejectionReason);
            } else {
                json.insert(QStringLiteral("media"), QJsonObject{
                    {QStringLiteral("durationMs"), record.durationMs},
                    {QStringLiteral("width"), record.width},
                    {QStringLiteral("height"), record.height},
                    {QStringLiteral("thumbnailSha256"), record.thumbnailSha256},
                    {QStringLiteral("probe"), record.probe},
                });
            }
        }
    } else if (upload->hasAllBytes()) {
        state = QStringLiteral("processing");
    } else {
        json.insert(QStringLiteral("expiresAt"), QDateTime::fromMSecsSinceEpoch(upload->expiresAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    json.insert(QStringLiteral("state"), state);
    HttpResponse response = HttpResponse::json(200, json);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

int TusUploadService::removeExpired()
{
    auto expired = m_uploads.listExpired(nowMs());
    if (!expired) {
        qCWarning(lcUploads) << "cannot list expired uploads:" << expired.error().message;
        return 0;
    }
    int removed = 0;
    for (const Storage::TusUploadRecord &upload : std::as_const(*expired)) {
        if (m_patching.contains(upload.id))
            continue;
        if (auto deleted = m_uploads.remove(upload.id); !deleted) {
            qCWarning(lcUploads) << "cannot delete expired upload" << upload.id << deleted.error().message;
            continue;
        }
        QFile::remove(absolutePath(upload));
        m_digests.remove(upload.id);
        ++removed;
    }
    if (removed > 0)
        qCInfo(lcUploads) << "removed" << removed << "expired uploads";
    return removed;
}

} // namespace ClipDesk::Server
