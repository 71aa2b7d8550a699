#include "tuschunk.h"

#include "nettr.h"

#include <QFile>
#include <QtConcurrent>

#include <openssl/evp.h>

namespace ClipDesk::Net {

QFuture<Result<TusChunk>> TusChunk::read(const QString &path, qint64 offset, qint64 maxBytes)
{
    return QtConcurrent::run([path, offset, maxBytes]() -> Result<TusChunk> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
            return failure(QStringLiteral("file_unreadable"), Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        TusChunk chunk;
        chunk.offset = offset;
        chunk.data = file.read(maxBytes);
        if (chunk.data.isEmpty() && maxBytes > 0)
            return failure(QStringLiteral("file_unreadable"), Tr::tr("%1 ended early or changed while uploading.").arg(path));
        // One pass at hardware speed (SHA-NI); QCryptographicHash would take several times longer.
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_Digest(chunk.data.constData(), size_t(chunk.data.size()), digest, &length, EVP_sha1(), nullptr) != 1)
            return failure(QStringLiteral("internal_error"), Tr::tr("Cannot compute the checksum of %1.").arg(path));
        chunk.sha1 = QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
        return chunk;
    });
}

} // namespace ClipDesk::Net
