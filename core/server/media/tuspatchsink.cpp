#include "tuspatchsink.h"

#include "tusuploadservice.h"
#include "uploadlog.h"

namespace ClipDesk::Server {

namespace {

QList<DigestStream *> requiredOf(std::optional<DigestStream> &checksum)
{
    return checksum ? QList<DigestStream *>{&*checksum} : QList<DigestStream *>{};
}

DigestStream *optionalOf(std::optional<DigestStream> &content)
{
    return content ? &*content : nullptr;
}

} // namespace

TusPatchSink::TusPatchSink(TusUploadService *service, Storage::TusUploadRecord upload, std::unique_ptr<QFile> file,
                           std::optional<TusProtocol::Checksum> checksum, std::optional<DigestStream> contentDigest)
    : m_service(service)
    , m_upload(std::move(upload))
    , m_checksum(std::move(checksum))
    , m_checksumDigest(m_checksum ? std::optional<DigestStream>(DigestStream::Algorithm::Sha1) : std::nullopt)
    , m_contentDigest(std::move(contentDigest))
    , m_digests(requiredOf(m_checksumDigest), optionalOf(m_contentDigest))
    , m_writer(std::move(file), m_upload.offset, m_digests)
{
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
    if (!m_writer.append(chunk)) {
        m_failed = true;
        m_errorStatus = 500;
        qCWarning(lcUploads) << "cannot write upload" << m_upload.id << m_writer.errorString();
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("The server could not store the upload."));
    }
    m_written += chunk.size();
    return {};
}

void TusPatchSink::finish(HttpResponder respond)
{
    m_done = true;
    const bool written = m_writer.flush(); // the digests are complete from here on
    if (written && m_checksum && m_checksumDigest->result() != m_checksum->digest) {
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
    if (!m_writer.makeDurable()) {
        qCWarning(lcUploads) << "cannot write and sync upload" << m_upload.id << m_writer.errorString();
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("The server could not store the upload."));
    }
    // A content digest given up half-way is unusable; the server then hashes the finished file.
    auto committed = m_service->commitPatch(m_upload.id, m_upload.offset + m_written,
                                            m_digests.optionalDropped() ? std::nullopt : m_contentDigest);
    if (!committed)
        return std::unexpected(committed.error());
    m_upload.expiresAtMs = *committed;
    return {};
}

void TusPatchSink::rollBack()
{
    // Bytes past the stored offset are not part of the upload; a later PATCH overwrites them
    // anyway, this only keeps the file honest.
    if (!m_writer.truncate(m_upload.offset))
        qCWarning(lcUploads) << "cannot truncate upload" << m_upload.id << m_writer.errorString();
}

void TusPatchSink::release()
{
    if (m_service)
        m_service->releasePatch(m_upload.id);
    m_service = nullptr;
}

} // namespace ClipDesk::Server
