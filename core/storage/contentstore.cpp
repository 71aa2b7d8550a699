#include "storage/contentstore.h"

#include "storage/contentwriter.h"
#include "storage/storagelog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace ClipDesk::Storage {

namespace {

std::unexpected<Error> invalidHash()
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                   ContentStore::tr("Not a valid SHA-256 content hash."));
}

std::unexpected<Error> missingObject()
{
    return failure(QString::fromLatin1(ErrorCode::NotFound), ContentStore::tr("The requested content does not exist."));
}

} // namespace

ContentStore::ContentStore(QString rootDir)
    : m_root(QDir::cleanPath(QDir(rootDir).absolutePath()))
{
}

bool ContentStore::isValidSha256(QStringView sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !letter)
            return false;
    }
    return true;
}

QString ContentStore::objectPath(const QString &root, const QString &sha256)
{
    if (!isValidSha256(sha256))
        return {};
    return root + QLatin1Char('/') + QStringView(sha256).left(2) + QLatin1Char('/') + sha256;
}

QString ContentStore::pathFor(const QString &sha256) const
{
    return objectPath(m_root, sha256);
}

bool ContentStore::contains(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

Result<std::unique_ptr<ContentWriter>> ContentStore::beginWrite()
{
    if (!QDir().mkpath(m_root))
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("Cannot create the media directory %1.").arg(m_root));
    auto file = std::make_unique<QTemporaryFile>(m_root + QLatin1Char('/') + QLatin1String(TemporaryFilePrefix)
                                                 + QStringLiteral("XXXXXX"));
    if (!file->open())
        return failure(QString::fromLatin1(ErrorCode::Storage),
                       tr("Cannot create a temporary file in %1: %2").arg(m_root, file->errorString()));
    return std::make_unique<ContentWriter>(m_root, std::move(file));
}

Result<QString> ContentStore::storeBytes(const QByteArray &bytes)
{
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (contains(sha256))
        return sha256;
    auto writer = beginWrite();
    if (!writer)
        return std::unexpected(writer.error());
    if (auto written = (*writer)->write(bytes); !written)
        return std::unexpected(written.error());
    return (*writer)->commit();
}

Result<qint64> ContentStore::sizeOf(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    if (path.isEmpty())
        return invalidHash();
    const QFileInfo info(path);
    if (!info.isFile())
        return missingObject();
    return info.size();
}

Result<QByteArray> ContentStore::readAll(const QString &sha256, qint64 maxBytes) const
{
    const QString path = pathFor(sha256);
    if (path.isEmpty())
        return invalidHash();
    QFile file(path);
    if (!file.exists())
        return missingObject();
    if (!file.open(QIODevice::ReadOnly))
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("Cannot read stored content: %1").arg(file.errorString()));
    if (file.size() > maxBytes)
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       tr("The stored content is too large to load at once (%1 bytes).").arg(file.size()));
    QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("Cannot read stored content: %1").arg(file.errorString()));
    return bytes;
}

Status ContentStore::remove(const QString &sha256)
{
    const QString path = pathFor(sha256);
    if (path.isEmpty())
        return invalidHash();
    QFile file(path);
    if (!file.exists())
        return missingObject();
    if (!file.remove())
        return failure(QString::fromLatin1(ErrorCode::Storage), tr("Cannot remove stored content: %1").arg(file.errorString()));
    return {};
}

int ContentStore::removeStaleTemporaryFiles(std::chrono::seconds olderThan)
{
    const QDir root(m_root);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-olderThan.count());
    const QFileInfoList entries = root.entryInfoList({QLatin1String(TemporaryFilePrefix) + QLatin1Char('*')},
                                                     QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QFileInfo &entry : entries) {
        if (entry.lastModified() >= cutoff)
            continue;
        if (QFile::remove(entry.absoluteFilePath()))
            ++removed;
        else
            qCWarning(lcStorage) << "cannot remove stale temporary file" << entry.absoluteFilePath();
    }
    return removed;
}

} // namespace ClipDesk::Storage
