#include "partialoutputfile.h"

#include "averror.h"
#include "mediatr.h"

#include <QFile>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ClipDesk::Media {

PartialOutputFile::PartialOutputFile(QString targetPath)
    : m_targetPath(std::move(targetPath))
    , m_temporaryPath(m_targetPath + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

PartialOutputFile::~PartialOutputFile()
{
    if (!m_committed)
        QFile::remove(m_temporaryPath);
}

Status PartialOutputFile::commit()
{
    // std::rename replaces an existing target atomically (POSIX rename), unlike QFile::rename.
    if (std::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_targetPath).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return failure(QString::fromLatin1(MediaErrorCode::WriteFailed),
                       Tr::tr("Cannot write \"%1\": %2").arg(m_targetPath, reason));
    }
    m_committed = true;
    return {};
}

} // namespace ClipDesk::Media
