#pragma once

#include "digestpipeline.h"
#include "digeststream.h"
#include "server/http/router.h"
#include "storage/tusuploadrepository.h"
#include "tusprotocol.h"
#include "uploadfilewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

#include <memory>
#include <optional>

namespace ClipDesk::Server {

class TusUploadService;

// The body of one tus PATCH, streamed straight into the upload's partial file: no chunk is
// ever held in memory (UploadFileWriter stages one block; the digests run on DigestPipeline's
// worker thread). On finish() the bytes are checked against Upload-Checksum (if given),
// fdatasync'ed, and only then does the stored offset move ("204" means durable). A checksum
// mismatch truncates the file back, so the offset stays where it was (460).
// When the connection dies half-way, the bytes that did arrive are kept (fsync'ed and
// counted) unless the request carried a checksum, which they can no longer be checked against.
class TusPatchSink final : public RequestBodySink
{
    Q_DECLARE_TR_FUNCTIONS(TusPatchSink)

public:
    TusPatchSink(TusUploadService *service, Storage::TusUploadRecord upload, std::unique_ptr<QFile> file,
                 std::optional<TusProtocol::Checksum> checksum, std::optional<DigestStream> contentDigest);
    ~TusPatchSink() override;
    Q_DISABLE_COPY_MOVE(TusPatchSink)

    Status write(QByteArrayView chunk) override;
    int errorStatus() const override { return m_errorStatus; }
    void finish(HttpResponder respond) override;

private:
    // Makes the bytes so far durable and counts them; false (with the file truncated back) on failure.
    Status commit();
    void rollBack();
    void release();

    QPointer<TusUploadService> m_service;
    Storage::TusUploadRecord m_upload;
    std::optional<TusProtocol::Checksum> m_checksum;
    std::optional<DigestStream> m_checksumDigest;
    std::optional<DigestStream> m_contentDigest; // SHA-256 of the whole upload so far, when known
    DigestPipeline m_digests;                    // feeds the two above; read them only after m_writer.flush()
    UploadFileWriter m_writer;
    qint64 m_written = 0;
    int m_errorStatus = 400;
    bool m_failed = false;
    bool m_done = false;
};

} // namespace ClipDesk::Server
