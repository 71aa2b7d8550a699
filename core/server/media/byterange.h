#pragma once

#include <QByteArrayView>

namespace ClipDesk::Server {

// The answer to an HTTP Range header (RFC 9110 §14) for a body of `size` bytes. Only single
// byte ranges are served; a list of ranges, another unit or a malformed header is ignored
// (the whole body is sent), as the RFC allows.
struct ByteRange
{
    enum class Kind { Whole, Partial, Unsatisfiable };

    Kind kind = Kind::Whole;
    qint64 offset = 0;
    qint64 length = 0;

    static ByteRange resolve(QByteArrayView rangeHeader, qint64 size);
};

} // namespace ClipDesk::Server
