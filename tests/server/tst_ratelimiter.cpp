// RateLimiter: the token bucket behind per-user limits of costly routes, with an explicit clock.
#include "server/http/ratelimiter.h"

#include <QTest>

using ClipDesk::Server::RateLimiter;

class tst_RateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenSteadyRate();
    void keysAreIndependent();
    void waitCountsWholeSecondsUntilTheNextToken();
    void clockSteppingBackGrantsNothing();
    void idleKeysRefillCompletely();
};

void tst_RateLimiter::burstThenSteadyRate()
{
    RateLimiter limiter(6); // one token every 10 s
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < 6; ++i)
        QVERIFY2(!limiter.admit(QStringLiteral("ann"), t0), qPrintable(QString::number(i)));
    QVERIFY(limiter.admit(QStringLiteral("ann"), t0).has_value());
    QVERIFY(limiter.admit(QStringLiteral("ann"), t0 + 9'999).has_value());
    QVERIFY(!limiter.admit(QStringLiteral("ann"), t0 + 10'000));
    QVERIFY(limiter.admit(QStringLiteral("ann"), t0 + 10'001).has_value());
    // Over a long run, exactly the rate gets through.
    int admitted = 0;
    for (qint64 t = t0 + 10'001; t < t0 + 10'001 + 600'000; t += 500)
        admitted += limiter.admit(QStringLiteral("ann"), t) ? 0 : 1;
    QVERIFY2(admitted >= 59 && admitted <= 60, qPrintable(QString::number(admitted)));
}

void tst_RateLimiter::keysAreIndependent()
{
    RateLimiter limiter(2);
    QVERIFY(!limiter.admit(QStringLiteral("ann"), 0));
    QVERIFY(!limiter.admit(QStringLiteral("ann"), 0));
    QVERIFY(limiter.admit(QStringLiteral("ann"), 0).has_value());
    QVERIFY(!limiter.admit(QStringLiteral("bob"), 0));
    QVERIFY(!limiter.admit(QStringLiteral("bob"), 0));
    QVERIFY(limiter.admit(QStringLiteral("bob"), 0).has_value());
}

void tst_RateLimiter::waitCountsWholeSecondsUntilTheNextToken()
{
    RateLimiter limiter(1);
    QVERIFY(!limiter.admit(QStringLiteral("ann"), 0));
    QCOMPARE(limiter.admit(QStringLiteral("ann"), 0), std::optional<int>(60));
    QCOMPARE(limiter.admit(QStringLiteral("ann"), 30'000), std::optional<int>(30));
    QCOMPARE(limiter.admit(QStringLiteral("ann"), 59'500), std::optional<int>(1)); // never 0
    QVERIFY(!limiter.admit(QStringLiteral("ann"), 60'000));
    // A limit below 1 is taken as 1 rather than refusing everything.
    RateLimiter none(0);
    QCOMPARE(none.perMinute(), 1);
    QVERIFY(!none.admit(QStringLiteral("ann"), 0));
}

void tst_RateLimiter::clockSteppingBackGrantsNothing()
{
    RateLimiter limiter(2);
    const qint64 t0 = 5'000'000;
    QVERIFY(!limiter.admit(QStringLiteral("ann"), t0));
    QVERIFY(!limiter.admit(QStringLiteral("ann"), t0));
    QVERIFY(limiter.admit(QStringLiteral("ann"), t0 - 3'600'000).has_value());
    QVERIFY(limiter.admit(QStringLiteral("ann"), t0 + 29'000).has_value());
    QVERIFY(!limiter.admit(QStringLiteral("ann"), t0 + 30'000));
}

void tst_RateLimiter::idleKeysRefillCompletely()
{
    RateLimiter limiter(3);
    for (int user = 0; user < 1000; ++user) {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!limiter.admit(QString::number(user), 0));
    }
    // A minute later every bucket is full again, whether it was swept or not.
    for (int user = 0; user < 1000; ++user) {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!limiter.admit(QString::number(user), 60'000));
        QVERIFY(limiter.admit(QString::number(user), 60'000).has_value());
    }
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
