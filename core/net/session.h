#pragma once

#include "accountidentity.h"
#include "accountkey.h"

#include <QDateTime>
#include <QMetaType>
#include <QUrl>

namespace ClipDesk::Net {

// A signed-in account on one server: what the sync engine needs to talk to it.
struct Session
{
    QUrl serverUrl;
    QString serverId; // see AccountKey
    QString token;    // the bearer token
    AccountIdentity user;
    QDateTime expiresAt; // UTC; invalid when unknown
    // True once the server confirmed the token in this run. False while signed in offline
    // with the identity remembered from last time.
    bool verified = false;

    bool isValid() const { return !token.isEmpty() && user.isValid() && !serverId.isEmpty(); }
    AccountKey key() const { return AccountKey{serverId, user.id}; }

    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace ClipDesk::Net

Q_DECLARE_METATYPE(ClipDesk::Net::Session)
