#include "tuschunk.h"

#include "nettr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtConcurrent>

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
        chunk.sha1 = QCryptographicHash::hash(chunk.data, QCryptographicHash::Sha1);
        return chunk;
    });
}

} // namespace ClipDesk::Net
