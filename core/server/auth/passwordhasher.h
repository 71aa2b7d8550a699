#pragma once

#include "domain/error.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QThreadPool;

namespace ClipDesk::Server {

// Argon2id password hashing (libsodium), OWASP ASVS 2.4: at least 19 MiB of memory and two passes.
// Hashing and verifying take tens of milliseconds, so they run on a small capped thread pool and
// never on the event-loop thread; results come back on the thread of the `context` object.
class PasswordHasher final : public QObject
{
    Q_OBJECT

public:
    struct Parameters
    {
        static constexpr quint64 MinimumOpsLimit = 2;
        static constexpr quint64 MinimumMemLimitBytes = 19ull * 1024 * 1024; // m=19456 KiB

        quint64 opsLimit = MinimumOpsLimit;          // Argon2 t (passes)
        quint64 memLimitBytes = MinimumMemLimitBytes; // Argon2 m, in bytes (the hash string shows KiB)
    };

    // `pool` runs the work; it is not owned and must outlive this object.
    PasswordHasher(Parameters parameters, QThreadPool *pool, QObject *parent = nullptr);
    ~PasswordHasher() override;
    Q_DISABLE_COPY_MOVE(PasswordHasher)

    const Parameters &parameters() const { return m_parameters; }

    // Blocking forms, for command-line tools and worker threads only.
    static Result<QString> hashNow(const QString &password, const Parameters &parameters);
    static bool verifyNow(const QString &encodedHash, const QString &password);

    // True when `encodedHash` was made with other parameters than the current ones (or is no Argon2id hash).
    bool needsRehash(const QString &encodedHash) const;

    QFuture<Result<QString>> hash(const QString &password);
    // Verifies against `encodedHash`, or, when it is absent, against a dummy hash so that an
    // unknown account costs the same time as a wrong password. The result is then always false.
    QFuture<bool> verify(const std::optional<QString> &encodedHash, const QString &password);

    void hash(const QString &password, QObject *context, std::function<void(Result<QString>)> done);
    void verify(const std::optional<QString> &encodedHash, const QString &password, QObject *context,
                std::function<void(bool)> done);

    // Call once before any other libsodium use; safe to call repeatedly and from any thread.
    static bool initializeSodium();

private:
    Parameters m_parameters;
    QThreadPool *m_pool;
    QFuture<QString> m_dummyHash;
};

} // namespace ClipDesk::Server
