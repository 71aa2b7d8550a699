#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>

#include <memory>

namespace ClipDesk::Server {

class DigestPipeline;

// Appends a PATCH body to an upload's partial file in DigestPipeline::BlockBytes writes, hands
// every written block to the digests, and asks the kernel to start writing each
// WritebackBytes to disk at once (sync_file_range), so the disk works while the body is still
// arriving and the fdatasync before "204" has only the tail left to wait for.
class UploadFileWriter final
{
public:
    static constexpr qint64 WritebackBytes = 8 * 1024 * 1024;

    // `file` is open for writing and positioned at `offset`.
    UploadFileWriter(std::unique_ptr<QFile> file, qint64 offset, DigestPipeline &digests);
    Q_DISABLE_COPY_MOVE(UploadFileWriter)

    bool append(QByteArrayView bytes);
    // Writes what is staged and waits until the digests have every byte.
    bool flush();
    // flush(), then fdatasync: the bytes (and the file's size) are on disk.
    bool makeDurable();
    // Drops the staged bytes and cuts the file back to `size`.
    bool truncate(qint64 size);
    QString fileName() const { return m_file->fileName(); }
    QString errorString() const { return m_file->errorString(); }

private:
    bool writeBlock();
    void startWriteback();

    std::unique_ptr<QFile> m_file;
    DigestPipeline &m_digests;
    QByteArray m_block;
    qint64 m_fileEnd = 0;       // bytes written to the file so far (its end offset)
    qint64 m_writebackFrom = 0; // where the range not yet handed to writeback starts
    bool m_failed = false;
};

} // namespace ClipDesk::Server
