#pragma once

#include "domain/error.h"

#include <QString>
#include <QtGlobal>

namespace ClipDesk::Media {

// The file a media writer produces, written under a temporary name next to the target and
// renamed over it by commit(). Until then the target is untouched; if the writer fails or is
// cancelled, the destructor removes the temporary file, so no partial output is ever left.
class PartialOutputFile final
{
    Q_DISABLE_COPY_MOVE(PartialOutputFile)

public:
    explicit PartialOutputFile(QString targetPath);
    ~PartialOutputFile();

    QString temporaryPath() const { return m_temporaryPath; }
    QString targetPath() const { return m_targetPath; }

    // Atomically replaces the target with the temporary file (rename in the same directory).
    Status commit();

private:
    QString m_targetPath;
    QString m_temporaryPath;
    bool m_committed = false;
};

} // namespace ClipDesk::Media
