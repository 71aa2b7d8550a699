#pragma once

#include "domain/error.h"

#include <QString>

namespace ClipDesk::Net {

// A session token in a file that only the user can read (0600), for systems without a
// keychain. Writes are atomic (QSaveFile): the token is never half-written, and the file
// never exists with wider permissions.
class TokenFile final
{
public:
    static Status write(const QString &path, const QString &token);
    // Fails with "not_found" when there is no token file.
    static Result<QString> read(const QString &path);
    // Succeeds when the file is gone afterwards (also when it never existed).
    static Status remove(const QString &path);
};

} // namespace ClipDesk::Net
