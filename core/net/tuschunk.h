#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace ClipDesk::Net {

// One PATCH body of a tus upload: bytes [offset, offset + data.size()) of a file and their SHA-1.
struct TusChunk
{
    qint64 offset = 0;
    QByteArray data;
    QByteArray sha1; // raw digest, for Upload-Checksum

    // Reads and hashes on a worker thread, so the GUI thread never waits on the disk.
    static QFuture<Result<TusChunk>> read(const QString &path, qint64 offset, qint64 maxBytes);
};

} // namespace ClipDesk::Net
