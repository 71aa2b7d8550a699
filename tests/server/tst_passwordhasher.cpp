// PasswordHasher: Argon2id parameters, verification, rehash detection, and that the work
// runs on the pool with results delivered through the event loop.
#include "server/auth/passwordhasher.h"
#include "server/auth/secrettoken.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace ClipDesk;
using namespace ClipDesk::Server;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");

struct Argon2Parameters
{
    QString algorithm;
    int version = 0;
    qint64 memoryKiB = 0;
    int passes = 0;
    int lanes = 0;
};

Argon2Parameters parse(const QString &encoded)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\$(argon2id)\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"));
    const auto match = shape.match(encoded);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2).toInt(), match.captured(3).toLongLong(), match.captured(4).toInt(),
            match.captured(5).toInt()};
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PasswordHasher::initializeSodium());
        m_pool.setMaxThreadCount(2);
    }

    void hashUsesArgon2idWithOwaspParameters()
    {
        auto hash = PasswordHasher::hashNow(Password, PasswordHasher::Parameters{});
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(*hash));
        const Argon2Parameters params = parse(*hash);
        QCOMPARE(params.algorithm, QStringLiteral("argon2id"));
        QCOMPARE(params.version, 19);
        QVERIFY(params.memoryKiB >= 19456);
        QVERIFY(params.passes >= 2);
        QCOMPARE(params.lanes, 1);

        // Salted: the same password never hashes to the same string.
        auto again = PasswordHasher::hashNow(Password, PasswordHasher::Parameters{});
        QVERIFY(again);
        QVERIFY(*again != *hash);
    }

    void parametersCanOnlyGoUp()
    {
        PasswordHasher stronger(PasswordHasher::Parameters{3, 32ull * 1024 * 1024}, &m_pool);
        auto hash = stronger.hash(Password).result();
        QVERIFY(hash);
        const Argon2Parameters params = parse(*hash);
        QCOMPARE(params.memoryKiB, 32768);
        QCOMPARE(params.passes, 3);

        PasswordHasher weaker(PasswordHasher::Parameters{1, 1024 * 1024}, &m_pool);
        QCOMPARE(weaker.parameters().opsLimit, quint64(2));
        QCOMPARE(weaker.parameters().memLimitBytes, quint64(19) * 1024 * 1024);
    }

    void verifiesRightAndWrongPasswords()
    {
        auto hash = PasswordHasher::hashNow(Password, PasswordHasher::Parameters{});
        QVERIFY(hash);
        QVERIFY(PasswordHasher::verifyNow(*hash, Password));
        QVERIFY(!PasswordHasher::verifyNow(*hash, Password + u'!'));
        QVERIFY(!PasswordHasher::verifyNow(*hash, QString()));
        QVERIFY(!PasswordHasher::verifyNow(QStringLiteral("not a hash"), Password));
        QVERIFY(!PasswordHasher::verifyNow(QString(), Password));
    }

    void unicodePasswordsAreNormalized()
    {
        // "é" precomposed (NFC) and decomposed (NFD) are the same password.
        const QString composed = QStringLiteral("caf\u00e9 au lait 2024 \U0001F600");
        const QString decomposed = QStringLiteral("cafe\u0301 au lait 2024 \U0001F600");
        QVERIFY(composed != decomposed);
        auto hash = PasswordHasher::hashNow(composed, PasswordHasher::Parameters{});
        QVERIFY(hash);
        QVERIFY(PasswordHasher::verifyNow(*hash, decomposed));
        QVERIFY(!PasswordHasher::verifyNow(*hash, QStringLiteral("cafe au lait 2024 \U0001F600")));
    }

    void needsRehashWhenParametersChange()
    {
        PasswordHasher current(PasswordHasher::Parameters{}, &m_pool);
        auto hash = PasswordHasher::hashNow(Password, PasswordHasher::Parameters{});
        QVERIFY(hash);
        QVERIFY(!current.needsRehash(*hash));

        PasswordHasher stronger(PasswordHasher::Parameters{3, 19ull * 1024 * 1024}, &m_pool);
        QVERIFY(stronger.needsRehash(*hash));
        QVERIFY(current.needsRehash(QStringLiteral("$2y$10$abcdefghijklmnopqrstuuZ4mNw1iV1yIP0bHNtFQ9CQ7YdXUh4Zq")));
        QVERIFY(current.needsRehash(QString()));
    }

    void workRunsOnThePoolAndResultsArriveOnTheEventLoop()
    {
        PasswordHasher hasher(PasswordHasher::Parameters{}, &m_pool);
        QThread *const mainThread = QThread::currentThread();

        // The computation itself runs on a pool thread.
        QThread *workerThread = nullptr;
        QFuture<void> probe = hasher.hash(Password).then(QtFuture::Launch::Sync, [&workerThread](Result<QString>) {
            workerThread = QThread::currentThread();
        });
        probe.waitForFinished();
        QVERIFY(workerThread != nullptr);
        QVERIFY(workerThread != mainThread);

        // The callback form never calls back synchronously; it delivers on the context's thread.
        QObject context;
        std::optional<Result<QString>> hashed;
        QThread *callbackThread = nullptr;
        hasher.hash(Password, &context, [&](Result<QString> result) {
            hashed = std::move(result);
            callbackThread = QThread::currentThread();
        });
        QVERIFY(!hashed.has_value());

        // While it works, the event loop keeps running.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &context, [&ticks] { ++ticks; });
        ticker.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(hashed.has_value(), 30000);
        ticker.stop();
        QVERIFY(ticks > 0);
        QCOMPARE(callbackThread, mainThread);
        QVERIFY(*hashed);

        std::optional<bool> right;
        std::optional<bool> wrong;
        hasher.verify(**hashed, Password, &context, [&](bool ok) { right = ok; });
        hasher.verify(**hashed, QStringLiteral("wrong password!"), &context, [&](bool ok) { wrong = ok; });
        QVERIFY(!right.has_value() && !wrong.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(right.has_value() && wrong.has_value(), 30000);
        QCOMPARE(*right, true);
        QCOMPARE(*wrong, false);
    }

    void unknownAccountsAreCheckedAgainstADummyHash()
    {
        PasswordHasher hasher(PasswordHasher::Parameters{}, &m_pool);
        QObject context;
        std::optional<bool> result;
        hasher.verify(std::nullopt, Password, &context, [&](bool ok) { result = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(*result, false);
    }

    void callbacksAreDroppedWhenTheContextIsGone()
    {
        PasswordHasher hasher(PasswordHasher::Parameters{}, &m_pool);
        bool called = false;
        {
            QObject context;
            hasher.hash(Password, &context, [&called](Result<QString>) { called = true; });
        }
        m_pool.waitForDone();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void sessionTokensAreRandomAndOnlyTheirDigestIsKept()
    {
        const QString a = SecretToken::generate();
        const QString b = SecretToken::generate();
        QCOMPARE(a.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(a != b);
        QVERIFY(SecretToken::looksValid(a.toLatin1()));
        QVERIFY(!SecretToken::looksValid(QByteArrayLiteral("short")));
        QVERIFY(!SecretToken::looksValid(QByteArray(43, '+')));
        const QString digest = SecretToken::digest(a.toLatin1());
        QCOMPARE(digest.size(), 64);
        QVERIFY(!digest.contains(a));
        QCOMPARE(SecretToken::digest(QByteArrayLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

private:
    QThreadPool m_pool;
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
