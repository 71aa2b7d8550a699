#pragma once

#include <QString>

namespace ClipDesk::Net {

// Names one account on one server, for its stored session and its local files.
// `serverId` is AccountPaths::serverId() of the server's address ("example.org-443"), or a
// fixed name for a server whose address changes between runs (the bundled demo server: "demo").
struct AccountKey
{
    QString serverId;
    QString userId;

    bool isValid() const { return !serverId.isEmpty() && !userId.isEmpty(); }
    friend bool operator==(const AccountKey &, const AccountKey &) = default;
};

} // namespace ClipDesk::Net
