#include "storage/contentwriter.h"

#include "storage/contentstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ClipDesk::Storage {

namespace {

std::unexpected<Error> ioFailure(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::Storage), message);
}

// Makes a directory entry (a created or renamed file) durable.
bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    const int fsyncErrno = errno;
    ::close(fd);
    errno = fsyncErrno;
    return synced;
}

} // namespace

ContentWriter::ContentWriter(QString root, std::unique_ptr<QTemporaryFile> file)
    : m_root(std::move(root))
    , m_file(std::move(file))
    , m_hash(QCryptographicHash::Sha256)
{
}

ContentWriter::~ContentWriter()
{
    abort();
}

Status ContentWriter::write(QByteArrayView data)
{
    if (m_state != State::Open)
        return ioFailure(tr("The content writer is closed."));
    if (data.isEmpty())
        return {};
    if (m_file->write(data.data(), data.size()) != data.size()) {
        const QString reason = m_file->errorString();
        abort();
        m_state = State::Failed;
        return ioFailure(tr("Cannot write to the media store: %1").arg(reason));
    }
    m_hash.addData(data);
    m_size += data.size();
    return {};
}

Result<QString> ContentWriter::commit()
{
    if (m_state != State::Open)
        return ioFailure(tr("The content writer is closed."));
    const QString sha256 = QString::fromLatin1(m_hash.result().toHex());
    if (auto published = publish(sha256); !published) {
        abort();
        m_state = State::Failed;
        return std::unexpected(published.error());
    }
    m_state = State::Committed;
    return sha256;
}

Status ContentWriter::publish(const QString &sha256)
{
    if (!m_file->flush() || ::fsync(m_file->handle()) != 0)
        return ioFailure(tr("Cannot flush the media store file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    m_file->close();

    const QString target = ContentStore::objectPath(m_root, sha256);
    if (QFileInfo(target).isFile()) {
        m_file->remove(); // already stored
        return {};
    }
    const QString shardDir = QFileInfo(target).absolutePath();
    const bool newShard = !QFileInfo(shardDir).isDir();
    if (newShard && !QDir().mkpath(shardDir))
        return ioFailure(tr("Cannot create the directory %1.").arg(shardDir));

    // rename(2) replaces atomically; a concurrent writer of the same bytes is harmless.
    if (::rename(QFile::encodeName(m_file->fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return ioFailure(tr("Cannot move content into the media store: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    m_file->setAutoRemove(false);
    // Until the directory entry is on disk, a crash may lose the object: not yet durable.
    if (!syncDirectory(shardDir) || (newShard && !syncDirectory(m_root)))
        return ioFailure(tr("Cannot sync the media store directory: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

void ContentWriter::abort()
{
    if (m_state != State::Open)
        return;
    m_state = State::Aborted;
    m_file->close();
    m_file->remove();
}

} // namespace ClipDesk::Storage
