#include "digeststream.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace ClipDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DigestStream)
};

const EVP_MD *digestOf(DigestStream::Algorithm algorithm)
{
    return algorithm == DigestStream::Algorithm::Sha1 ? EVP_sha1() : EVP_sha256();
}

} // namespace

void DigestStream::Deleter::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

DigestStream::DigestStream(Algorithm algorithm)
    : m_algorithm(algorithm)
    , m_context(EVP_MD_CTX_new())
{
    Q_ASSERT(m_context);
    EVP_DigestInit_ex(m_context.get(), digestOf(algorithm), nullptr);
}

DigestStream::DigestStream(const DigestStream &other)
    : m_algorithm(other.m_algorithm)
    , m_context(EVP_MD_CTX_new())
{
    EVP_MD_CTX_copy_ex(m_context.get(), other.m_context.get());
}

DigestStream &DigestStream::operator=(const DigestStream &other)
{
    if (this != &other) {
        m_algorithm = other.m_algorithm;
        if (!m_context)
            m_context.reset(EVP_MD_CTX_new());
        EVP_MD_CTX_copy_ex(m_context.get(), other.m_context.get());
    }
    return *this;
}

DigestStream::~DigestStream() = default;

void DigestStream::update(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size()));
}

QByteArray DigestStream::result() const
{
    std::unique_ptr<evp_md_ctx_st, Deleter> copy(EVP_MD_CTX_new());
    EVP_MD_CTX_copy_ex(copy.get(), m_context.get());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

Result<QString> DigestStream::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failure(QString::fromLatin1(ErrorCode::Storage), Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    DigestStream digest(Algorithm::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return failure(QString::fromLatin1(ErrorCode::Storage), Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (read == 0)
            break;
        digest.update(QByteArrayView(buffer.constData(), read));
    }
    return QString::fromLatin1(digest.result().toHex());
}

} // namespace ClipDesk::Server
