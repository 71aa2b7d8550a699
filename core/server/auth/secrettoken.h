#pragma once

#include <QByteArrayView>
#include <QString>

namespace ClipDesk::Server {

// Bearer and one-time tokens: 32 random bytes from libsodium, sent as unpadded base64url.
// Only their SHA-256 digest is ever stored, so a leaked database holds no usable token.
class SecretToken final
{
public:
    static constexpr int RandomBytes = 32;

    static QString generate();
    // Lowercase hex SHA-256 of the token text.
    static QString digest(QByteArrayView token);
    // A cheap shape check before any database look-up.
    static bool looksValid(QByteArrayView token);
};

} // namespace ClipDesk::Server
