#pragma once

#include "digeststream.h"
#include "server/auth/authenticateduser.h"
#include "server/http/router.h"
#include "storage/tusuploadrepository.h"
#include "uploadsettings.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <expected>
#include <memory>
#include <optional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

class MediaIngest;

// The tus 1.0.0 server at /api/v1/uploads/: core protocol plus creation, termination,
// checksum (sha1) and expiration. Every upload belongs to the user who created it; anyone
// else is told it does not exist (404). Upload-Length is capped by max_upload_bytes (413) and
// the declared lengths a user holds by quota_bytes_per_user (403). Partial files live in
// <data dir>/uploads; once every byte is in, MediaIngest moves the file into the ContentStore
// and has it probed. Every response carries Tus-Resumable; errors are JSON as everywhere.
class TusUploadService final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto UploadsPath = "/api/v1/uploads";

    TusUploadService(Storage::Database &db, UploadSettings settings, QString dataDir, MediaIngest &ingest,
                     QObject *parent = nullptr);
    ~TusUploadService() override;
    Q_DISABLE_COPY_MOVE(TusUploadService)

    Status prepare(); // creates the directory for partial files

    static HttpResponse options(const UploadSettings &settings);
    HttpResponse create(const AuthenticatedUser &user, const HttpRequest &request);
    HttpResponse head(const AuthenticatedUser &user, const QString &id);
    std::expected<std::unique_ptr<RequestBodySink>, HttpResponse> beginPatch(const AuthenticatedUser &user,
                                                                             const HttpRequest &request);
    HttpResponse terminate(const AuthenticatedUser &user, const HttpRequest &request);
    // GET /api/v1/uploads/{id}: JSON with the offset and what became of the file.
    HttpResponse describe(const AuthenticatedUser &user, const QString &id);

    // Deletes incomplete uploads past their expiry and their partial files. Returns how many.
    int removeExpired();

    // For TusPatchSink: stores the new offset (the bytes are durable) and returns the new
    // expiry; starts the ingest when the upload is complete.
    Result<qint64> commitPatch(const QString &id, qint64 offset, const std::optional<DigestStream> &contentDigest);
    void releasePatch(const QString &id);

    static HttpResponse tusResponse(int status);
    static HttpResponse tusError(int status, const QString &code, const QString &message);

private:
    // The upload if it exists, belongs to `user` and has not expired; else the response to send.
    std::expected<Storage::TusUploadRecord, HttpResponse> ownedUpload(const AuthenticatedUser &user, const QString &id);
    std::optional<HttpResponse> checkVersion(const HttpRequest &request) const;
    QString absolutePath(const Storage::TusUploadRecord &upload) const;
    static QString idFromRequest(const HttpRequest &request);

    Storage::Database &m_db;
    Storage::TusUploadRepository m_uploads;
    UploadSettings m_settings;
    QString m_dataDir;
    MediaIngest &m_ingest;
    QSet<QString> m_patching; // uploads with a PATCH in progress
    struct RunningDigest
    {
        qint64 offset = 0; // the bytes the digest covers
        DigestStream digest{DigestStream::Algorithm::Sha256};
    };
    QHash<QString, std::shared_ptr<RunningDigest>> m_digests; // uploads hashed since byte 0 by this process
};

} // namespace ClipDesk::Server
