#include "tokenfile.h"

#include "netlogging.h"
#include "nettr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ClipDesk::Net {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 MaxTokenFileBytes = 4096;

std::unexpected<Error> storageFailure(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::Storage), message);
}

} // namespace

Status TokenFile::write(const QString &path, const QString &token)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return storageFailure(Tr::tr("Could not write %1: %2").arg(shownPath, file.errorString()));
    // Narrow the temporary file before the secret goes in; the rename keeps the permissions.
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return storageFailure(Tr::tr("Could not make %1 private to you.").arg(shownPath));
    }
    file.write(token.toUtf8() + '\n');
    if (!file.commit())
        return storageFailure(Tr::tr("Could not write %1: %2").arg(shownPath, file.errorString()));
    return {};
}

Result<QString> TokenFile::read(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return failure(QString::fromLatin1(ErrorCode::NotFound), Tr::tr("No session is stored in %1.").arg(shownPath));
    if ((file.permissions() & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        qCWarning(lcNet).noquote() << "session file" << shownPath << "was readable by others; making it private again";
        file.setPermissions(OwnerOnly);
    }
    if (!file.open(QIODevice::ReadOnly))
        return storageFailure(Tr::tr("Could not read %1: %2").arg(shownPath, file.errorString()));
    const QString token = QString::fromUtf8(file.read(MaxTokenFileBytes)).trimmed();
    if (token.isEmpty())
        return failure(QString::fromLatin1(ErrorCode::NotFound), Tr::tr("No session is stored in %1.").arg(shownPath));
    return token;
}

Status TokenFile::remove(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return storageFailure(Tr::tr("Could not delete %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace ClipDesk::Net
