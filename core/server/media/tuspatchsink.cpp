#include "tuspatchsink.h"

#include "tusuploadservice.h"
#include "uploadlog.h"

#include <unistd.h>

namespace ClipDesk::Server {

TusPatchSink::TusPatchSink(TusUploadService *service, Storage::TusUploadRecord upload, std::unique_ptr<QFile> file,
                           std::optional<TusProtocol::Checksum> checksum, std::optional<DigestStream> contentDigest)
    : m_service(service)
    , m_upload(std::move(upload))
    , m_file(std::move(file))
    , m_checksum(std::move(checksum))
    , m_contentDigest(std::move(contentDigest))
{
    if (m_checksum)
        m_checksumDigest.emplace(DigestStream::Algorithm::Sha1);
}

TusPatchSink::~TusPatchSink()
{
    if (!m_done) {
        // The connection ended before the body did.
        if (m_failed || m_checksum || m_written == 0 || !commit())
            rollBack();
        else
            qCInfo(lcUploads) << "upload" << m_upload.id << "interrupted; kept" << m_written << "bytes";
    }
    release();
}

Status TusPatchSink::write(QByteArrayView chunk)
{
    if (m_failed)
        return failure(QStringLiteral("upload_failed"), tr("The upload already failed."));
    if (m_upload.offset + m_written + chunk.size() > m_upload.length) {
        m_failed = true;
        m_errorStatus = 413;
        return failure(QStringLiteral("upload_too_long"),
                       tr("The body goes past the declared Upload-Length of %1 bytes.").arg(m_upload.length));
    }
    if (m_file->write(chunk.data(), chunk.size()) != chunk.size()) {
        m_failed = true;
        m_errorStatus = 500;
        qCWarning(lcUploads) << "cannot write upload" << m_upload.id << m_file->errorString();
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("The server could not store the upload."));
    }
    if (m_checksumDigest)
        m_checksumDigest->update(chunk);
    if (m_contentDigest)
        m_contentDigest->update(chunk);
    m_written += chunk.size();
    return {};
}

void TusPatchSink::finish(HttpResponder respond)
{
    m_done = true;
    if (m_checksum && m_checksumDigest->result() != m_checksum->digest) {
        rollBack();
        release();
        HttpResponse mismatch = TusUploadService::tusError(TusProtocol::ChecksumMismatchStatus, QStringLiteral("checksum_mismatch"),
                                                           tr("The body does not match Upload-Checksum; nothing was stored."));
        mismatch.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(m_upload.offset));
        respond(std::move(mismatch));
        return;
    }
    const qint64 previousOffset = m_upload.offset;
    if (auto committed = commit(); !committed) {
        rollBack();
        release();
        respond(TusUploadService::tusError(500, committed.error().code, committed.error().message));
        return;
    }
    release();
    HttpResponse response = TusUploadService::tusResponse(204);
    response.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(previousOffset + m_written));
    response.setHeader(QByteArrayLiteral("Upload-Expires"), TusProtocol::httpDate(m_upload.expiresAtMs));
    respond(std::move(response));
}

Status TusPatchSink::commit()
{
    if (!m_service)
        return failure(QString::fromLatin1(ErrorCode::Internal), tr("The server is shutting down."));
    if (!m_file->flush() || ::fsync(m_file->handle()) != 0) {
        qCWarning(lcUploads) << "cannot fsync upload" << m_upload.id << m_file->errorString();
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("The server could not store the upload."));
    }
    auto committed = m_service->commitPatch(m_upload.id, m_upload.offset + m_written, m_contentDigest);
    if (!committed)
        return std::unexpected(committed.error());
    m_upload.expiresAtMs = *committed;
    return {};
}

void TusPatchSink::rollBack()
{
    // Bytes past the stored offset are not part of the upload; a later PATCH overwrites them
    // anyway, this only keeps the file honest.
    m_file->flush();
    if (!m_file->resize(m_upload.offset))
        qCWarning(lcUploads) << "cannot truncate upload" << m_upload.id << m_file->errorString();
}

void TusPatchSink::release()
{
    if (m_service)
        m_service->releasePatch(m_upload.id);
    m_service = nullptr;
}

} // namespace ClipDesk::Server
