#include "uploadfilewriter.h"

#include "digestpipeline.h"

#include <fcntl.h>
#include <unistd.h>

namespace ClipDesk::Server {

UploadFileWriter::UploadFileWriter(std::unique_ptr<QFile> file, qint64 offset, DigestPipeline &digests)
    : m_file(std::move(file))
    , m_digests(digests)
    , m_block(digests.takeBlock())
    , m_fileEnd(offset)
    , m_writebackFrom(offset)
{
}

bool UploadFileWriter::append(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype room = DigestPipeline::BlockBytes - m_block.size();
        const QByteArrayView part = bytes.first(std::min(room, bytes.size()));
        m_block.append(part);
        bytes = bytes.sliced(part.size());
        if (m_block.size() == DigestPipeline::BlockBytes && !writeBlock())
            return false;
    }
    return true;
}

bool UploadFileWriter::writeBlock()
{
    if (m_failed)
        return false;
    if (m_block.isEmpty())
        return true;
    if (m_file->write(m_block) != m_block.size()) {
        m_failed = true; // the file position is unknown now: no later write may land anywhere
        return false;
    }
    m_fileEnd += m_block.size();
    if (m_digests.isEmpty()) {
        m_block.resize(0);
    } else {
        m_digests.push(std::exchange(m_block, {}));
        m_block = m_digests.takeBlock();
    }
    startWriteback();
    return true;
}

void UploadFileWriter::startWriteback()
{
#if defined(__linux__)
    if (m_fileEnd - m_writebackFrom < WritebackBytes)
        return;
    // Only a hint: the fdatasync in makeDurable() is what makes the bytes durable.
    ::sync_file_range(m_file->handle(), m_writebackFrom, m_fileEnd - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
    m_writebackFrom = m_fileEnd;
#endif
}

bool UploadFileWriter::flush()
{
    const bool written = writeBlock();
    m_digests.wait();
    return written;
}

bool UploadFileWriter::makeDurable()
{
    return flush() && m_file->flush() && ::fdatasync(m_file->handle()) == 0;
}

bool UploadFileWriter::truncate(qint64 size)
{
    m_block.resize(0);
    m_digests.wait();
    m_file->flush();
    m_fileEnd = std::min(m_fileEnd, size);
    m_writebackFrom = std::min(m_writebackFrom, size);
    return m_file->resize(size) && m_file->seek(size);
}

} // namespace ClipDesk::Server
