#pragma once

#include "accountkey.h"
#include "domain/error.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ClipDesk::Net {

// Where each account keeps its local files:
//   <root>/accounts/<server-id>/<user-id>/cache.sqlite    the local cache (and its -wal/-shm)
//   <root>/accounts/<server-id>/<user-id>/session.token   the session token, when no keychain
// <root> is QStandardPaths::AppDataLocation unless given. Every path part is sanitized, so a
// hostile server address or user id cannot point outside the account's directory.
class AccountPaths final
{
public:
    explicit AccountPaths(QString rootDirectory = defaultRoot());

    static QString defaultRoot();
    // "example.org-443" for https://Example.org/, "127.0.0.1-8470" for http://127.0.0.1:8470;
    // a path prefix is kept ("example.org-443-clipdesk").
    static QString serverId(const QUrl &serverUrl);
    // Letters, digits, '.', '_' and '-' only; never empty, never "." or "..".
    static QString sanitized(const QString &part);

    QString root() const { return m_root; }
    QString accountsDirectory() const;
    QString accountDirectory(const AccountKey &account) const;
    QString cacheFile(const AccountKey &account) const;
    QString sessionTokenFile(const AccountKey &account) const;
    // Creates the account's directory (and its parents below root) readable only by the user.
    Status ensureAccountDirectory(const AccountKey &account) const;

    // The cache database and its companions (-wal, -shm, -journal) that exist.
    static QStringList existingCacheFiles(const QString &cacheFile);
    // Total size in bytes of existingCacheFiles(); reads the file system, so call it off the GUI thread.
    static qint64 cacheSizeBytes(const QString &cacheFile);
    // Deletes existingCacheFiles(); the account re-syncs into a fresh cache.
    static Status removeCacheFiles(const QString &cacheFile);

private:
    QString m_root;
};

} // namespace ClipDesk::Net
