#include "tusprotocol.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

namespace ClipDesk::Server {

namespace {

Error invalid(const QString &message)
{
    return Error{QString::fromLatin1(ErrorCode::InvalidArgument), message};
}

bool isKeyCharacter(char c)
{
    return c > 0x20 && c < 0x7f && c != ',';
}

} // namespace

Result<QJsonObject> TusProtocol::parseMetadata(QByteArrayView header)
{
    QJsonObject metadata;
    if (header.trimmed().isEmpty())
        return metadata;
    if (header.size() > MaxMetadataBytes)
        return std::unexpected(invalid(tr("Upload-Metadata is longer than %1 bytes.").arg(MaxMetadataBytes)));
    QSet<QByteArray> seen;
    const QList<QByteArray> pairs = header.toByteArray().split(',');
    for (const QByteArrayView rawPair : pairs) {
        const QByteArrayView pair = rawPair.trimmed();
        const qsizetype space = pair.indexOf(' ');
        const QByteArrayView key = space < 0 ? pair : pair.first(space);
        const QByteArrayView value = space < 0 ? QByteArrayView() : pair.sliced(space + 1);
        if (key.isEmpty() || !std::all_of(key.begin(), key.end(), isKeyCharacter))
            return std::unexpected(invalid(tr("Upload-Metadata has an empty or malformed key.")));
        if (seen.contains(key.toByteArray()))
            return std::unexpected(invalid(tr("Upload-Metadata names the key \"%1\" twice.").arg(QString::fromLatin1(key))));
        seen.insert(key.toByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(value.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (value.contains(' ') || !decoded)
            return std::unexpected(invalid(tr("The Upload-Metadata value of \"%1\" is not base64.").arg(QString::fromLatin1(key))));
        metadata.insert(QString::fromLatin1(key), QString::fromUtf8(decoded.decoded));
    }
    return metadata;
}

QByteArray TusProtocol::encodeMetadata(const QJsonObject &metadata)
{
    QByteArrayList pairs;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QByteArray value = it.value().toString().toUtf8();
        pairs.append(value.isEmpty() ? it.key().toLatin1() : it.key().toLatin1() + ' ' + value.toBase64());
    }
    return pairs.join(',');
}

Result<std::optional<TusProtocol::Checksum>> TusProtocol::parseChecksum(QByteArrayView header)
{
    const QByteArrayView trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return std::optional<Checksum>();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return std::unexpected(invalid(tr("Upload-Checksum must be \"<algorithm> <base64 digest>\".")));
    const QByteArray algorithm = trimmed.first(space).toByteArray().toLower();
    const auto digest = QByteArray::fromBase64Encoding(trimmed.sliced(space + 1).trimmed().toByteArray(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!digest || digest.decoded.isEmpty())
        return std::unexpected(invalid(tr("The digest in Upload-Checksum is not base64.")));
    return std::optional<Checksum>(Checksum{algorithm, digest.decoded});
}

std::optional<qint64> TusProtocol::parseNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return text.toLongLong();
}

QByteArray TusProtocol::httpDate(qint64 epochMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
}

} // namespace ClipDesk::Server
