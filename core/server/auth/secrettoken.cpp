#include "secrettoken.h"

#include "passwordhasher.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace ClipDesk::Server {

QString SecretToken::generate()
{
    PasswordHasher::initializeSodium();
    QByteArray random(RandomBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecretToken::digest(QByteArrayView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

bool SecretToken::looksValid(QByteArrayView token)
{
    if (token.size() != 43) // 32 bytes in unpadded base64url
        return false;
    for (char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace ClipDesk::Server
