#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace ClipDesk::Server {

// An incremental SHA-1 or SHA-256 through OpenSSL (hardware-accelerated where the CPU can),
// fast enough to hash uploads as they stream in. Copying clones the running state, so a
// caller can hash tentatively and keep or drop the result.
class DigestStream final
{
public:
    enum class Algorithm { Sha1, Sha256 };

    explicit DigestStream(Algorithm algorithm);
    DigestStream(const DigestStream &other);
    DigestStream &operator=(const DigestStream &other);
    DigestStream(DigestStream &&) noexcept = default;
    DigestStream &operator=(DigestStream &&) noexcept = default;
    ~DigestStream();

    void update(QByteArrayView data);
    // The digest of everything so far (raw bytes). The stream keeps running.
    QByteArray result() const;

    // The SHA-256 of a whole file (lower-case hex), read in chunks.
    static Result<QString> sha256OfFile(const QString &path);

private:
    struct Deleter
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    Algorithm m_algorithm;
    std::unique_ptr<evp_md_ctx_st, Deleter> m_context;
};

} // namespace ClipDesk::Server
