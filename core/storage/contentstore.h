#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace ClipDesk::Storage {

class ContentWriter;

// A content-addressed file store: every object is named by the SHA-256 of its bytes and lives
// at <root>/<first two hex digits>/<64 hex digits>. Objects appear atomically: they are written
// to a temporary file in the root, fsync'ed and renamed into place, so a crash never leaves a
// partial object under its hash. Storing content that is already present changes nothing.
class ContentStore final
{
    Q_DECLARE_TR_FUNCTIONS(ContentStore)

public:
    static constexpr qint64 DefaultReadLimit = 64 * 1024 * 1024;
    static constexpr auto TemporaryFilePrefix = ".incoming-";

    explicit ContentStore(QString rootDir);
    Q_DISABLE_COPY_MOVE(ContentStore)

    QString rootPath() const { return m_root; }

    // 64 lower-case hex digits; anything else is refused, so no path can escape the root.
    static bool isValidSha256(QStringView sha256);

    Result<QString> storeBytes(const QByteArray &bytes);
    // For content too large to hold in memory. The writer may outlive the store.
    Result<std::unique_ptr<ContentWriter>> beginWrite();

    bool contains(const QString &sha256) const;
    // Where the object is (or would be) stored; empty for an invalid hash.
    QString pathFor(const QString &sha256) const;
    Result<qint64> sizeOf(const QString &sha256) const;
    // Whole objects up to `maxBytes`; stream larger ones from pathFor().
    Result<QByteArray> readAll(const QString &sha256, qint64 maxBytes = DefaultReadLimit) const;
    Status remove(const QString &sha256);

    // Deletes temporary files left by writers that crashed; returns how many were removed.
    int removeStaleTemporaryFiles(std::chrono::seconds olderThan);

    // Used by ContentWriter: the object path under `root`.
    static QString objectPath(const QString &root, const QString &sha256);

private:
    QString m_root;
};

} // namespace ClipDesk::Storage
