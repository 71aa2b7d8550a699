#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ClipDesk::Server {

// The header grammar of tus 1.0.0 (https://tus.io/protocols/resumable-upload) with the
// creation, termination, checksum and expiration extensions.
class TusProtocol final
{
    Q_DECLARE_TR_FUNCTIONS(TusProtocol)

public:
    static constexpr auto Version = "1.0.0";
    static constexpr auto Extensions = "creation,termination,checksum,expiration";
    static constexpr auto ChecksumAlgorithms = "sha1";
    static constexpr auto OffsetContentType = "application/offset+octet-stream";
    static constexpr int ChecksumMismatchStatus = 460;
    static constexpr qsizetype MaxMetadataBytes = 8 * 1024;

    // "Upload-Metadata: filename d29ybGQ=,is_confidential": keys with base64 values (or none),
    // as a JSON object of UTF-8 strings (an empty string for a key without value).
    static Result<QJsonObject> parseMetadata(QByteArrayView header);
    static QByteArray encodeMetadata(const QJsonObject &metadata);

    struct Checksum
    {
        QByteArray algorithm; // lower case, e.g. "sha1"
        QByteArray digest;    // raw bytes
    };
    // "Upload-Checksum: sha1 <base64>". An empty header is std::nullopt.
    static Result<std::optional<Checksum>> parseChecksum(QByteArrayView header);

    // A non-negative decimal number without sign or spaces (Upload-Offset, Upload-Length).
    static std::optional<qint64> parseNumber(QByteArrayView text);
    // RFC 9110 IMF-fixdate, as Upload-Expires wants it: "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(qint64 epochMs);
};

} // namespace ClipDesk::Server
