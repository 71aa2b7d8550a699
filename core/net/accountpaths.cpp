#include "accountpaths.h"

#include "nettr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ClipDesk::Net {

namespace {

constexpr qsizetype MaxPartLength = 96;
const QStringList CacheSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

AccountPaths::AccountPaths(QString rootDirectory)
    : m_root(QDir::cleanPath(std::move(rootDirectory)))
{
}

QString AccountPaths::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AccountPaths::sanitized(const QString &part)
{
    QString out;
    out.reserve(qMin(part.size(), MaxPartLength));
    for (const QChar c : part) {
        if (out.size() >= MaxPartLength)
            break;
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
        out += allowed ? c : QLatin1Char('_');
    }
    if (out.isEmpty())
        return QStringLiteral("_");
    if (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    return out;
}

QString AccountPaths::serverId(const QUrl &serverUrl)
{
    const int defaultPort = serverUrl.scheme() == u"https" ? 443 : 80;
    QString id = serverUrl.host().toLower() + QLatin1Char('-') + QString::number(serverUrl.port(defaultPort));
    QString path = serverUrl.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty())
        id += QLatin1Char('-') + path;
    return sanitized(id);
}

QString AccountPaths::accountsDirectory() const
{
    return m_root + QStringLiteral("/accounts");
}

QString AccountPaths::accountDirectory(const AccountKey &account) const
{
    return accountsDirectory() + QLatin1Char('/') + sanitized(account.serverId) + QLatin1Char('/') + sanitized(account.userId);
}

QString AccountPaths::cacheFile(const AccountKey &account) const
{
    return accountDirectory(account) + QStringLiteral("/cache.sqlite");
}

QString AccountPaths::sessionTokenFile(const AccountKey &account) const
{
    return accountDirectory(account) + QStringLiteral("/session.token");
}

Status AccountPaths::ensureAccountDirectory(const AccountKey &account) const
{
    const QString accounts = accountsDirectory();
    const QString server = accounts + QLatin1Char('/') + sanitized(account.serverId);
    for (const QString &directory : {accounts, server, accountDirectory(account)}) {
        if (!makePrivateDirectory(directory))
            return failure(QString::fromLatin1(ErrorCode::Storage),
                           Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    }
    return {};
}

QStringList AccountPaths::existingCacheFiles(const QString &cacheFile)
{
    QStringList files;
    for (const QString &suffix : CacheSuffixes) {
        const QString path = cacheFile + suffix;
        if (QFileInfo(path).isFile())
            files.append(path);
    }
    return files;
}

qint64 AccountPaths::cacheSizeBytes(const QString &cacheFile)
{
    qint64 total = 0;
    for (const QString &path : existingCacheFiles(cacheFile))
        total += QFileInfo(path).size();
    return total;
}

Status AccountPaths::removeCacheFiles(const QString &cacheFile)
{
    for (const QString &path : existingCacheFiles(cacheFile)) {
        QFile file(path);
        if (!file.remove())
            return failure(QString::fromLatin1(ErrorCode::Storage),
                           Tr::tr("Could not delete %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace ClipDesk::Net
