#include "passwordhasher.h"

#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <sodium.h>

#include <algorithm>
#include <mutex>

Q_LOGGING_CATEGORY(lcPasswordHasher, "clipdesk.auth.hasher", QtInfoMsg)

namespace ClipDesk::Server {

namespace {

// Passwords are compared in Unicode normalization form NFKC (NIST SP 800-63B 5.1.1.2), so
// the same password typed on different keyboards or systems matches.
QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_KC).toUtf8();
}

} // namespace

bool PasswordHasher::initializeSodium()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

PasswordHasher::PasswordHasher(Parameters parameters, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_parameters(parameters)
    , m_pool(pool)
{
    initializeSodium();
    m_parameters.opsLimit = std::max(m_parameters.opsLimit, Parameters::MinimumOpsLimit);
    m_parameters.memLimitBytes = std::max(m_parameters.memLimitBytes, Parameters::MinimumMemLimitBytes);
    // The dummy hash for unknown accounts is made once, in the background, with the same parameters.
    m_dummyHash = QtConcurrent::run(m_pool, [params = m_parameters] {
        QByteArray random(32, Qt::Uninitialized);
        randombytes_buf(random.data(), size_t(random.size()));
        return hashNow(QString::fromLatin1(random.toBase64()), params).value_or(QString());
    });
}

PasswordHasher::~PasswordHasher()
{
    m_dummyHash.waitForFinished();
}

Result<QString> PasswordHasher::hashNow(const QString &password, const Parameters &parameters)
{
    if (!initializeSodium())
        return failure(QString::fromLatin1(ErrorCode::Internal), QStringLiteral("libsodium failed to initialize"));
    const QByteArray bytes = passwordBytes(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), quint64(bytes.size()), parameters.opsLimit,
                              size_t(parameters.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcPasswordHasher) << "crypto_pwhash_str_alg failed (out of memory?)";
        return failure(QString::fromLatin1(ErrorCode::Internal), QStringLiteral("password hashing failed"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verifyNow(const QString &encodedHash, const QString &password)
{
    if (!initializeSodium())
        return false;
    const QByteArray hashBytes = encodedHash.toLatin1();
    if (hashBytes.isEmpty() || hashBytes.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray bytes = passwordBytes(password);
    // constData() of a QByteArray is NUL-terminated, as crypto_pwhash_str_verify expects.
    return crypto_pwhash_str_verify(hashBytes.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash) const
{
    const QByteArray hashBytes = encodedHash.toLatin1();
    if (!hashBytes.startsWith("$argon2id$"))
        return true;
    return crypto_pwhash_str_needs_rehash(hashBytes.constData(), m_parameters.opsLimit, size_t(m_parameters.memLimitBytes)) != 0;
}

QFuture<Result<QString>> PasswordHasher::hash(const QString &password)
{
    return QtConcurrent::run(m_pool, [password, params = m_parameters] { return hashNow(password, params); });
}

QFuture<bool> PasswordHasher::verify(const std::optional<QString> &encodedHash, const QString &password)
{
    return QtConcurrent::run(m_pool, [encodedHash, password, dummy = m_dummyHash] {
        if (encodedHash)
            return verifyNow(*encodedHash, password);
        verifyNow(dummy.result(), password);
        return false;
    });
}

void PasswordHasher::hash(const QString &password, QObject *context, std::function<void(Result<QString>)> done)
{
    hash(password).then(context, [done = std::move(done)](Result<QString> result) { done(std::move(result)); });
}

void PasswordHasher::verify(const std::optional<QString> &encodedHash, const QString &password, QObject *context,
                            std::function<void(bool)> done)
{
    verify(encodedHash, password).then(context, [done = std::move(done)](bool ok) { done(ok); });
}

} // namespace ClipDesk::Server
