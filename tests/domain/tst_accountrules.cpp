#include "domain/accountrules.h"
#include "domain/role.h"

#include <QTest>

using namespace ClipDesk::Domain;

class tst_AccountRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emails_data();
    void emails();
    void usernames_data();
    void usernames();
    void passwordLengthCountsCodePoints_data();
    void passwordLengthCountsCodePoints();
    void normalization();
    void roles();
};

void tst_AccountRules::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("ana@example.com") << true;
    QTest::newRow("subdomain+tag") << QStringLiteral("ana+clips@mail.example.co.uk") << true;
    QTest::newRow("surrounding space") << QStringLiteral("  ana@example.com ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("ana.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("ana@localhost") << false;
    QTest::newRow("inner space") << QStringLiteral("an a@example.com") << false;
    QTest::newRow("control character") << QStringLiteral("an\u0001a@example.com") << false;
    QTest::newRow("NUL") << (QStringLiteral("ana") + QChar(0) + QStringLiteral("@example.com")) << false;
    QTest::newRow("empty label") << QStringLiteral("ana@example..com") << false;
    QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@example.com")) << false;
}

void tst_AccountRules::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const auto result = AccountRules::validateEmail(email);
    QCOMPARE(result.has_value(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, QStringLiteral("invalid_argument"));
        QVERIFY(!result.error().message.isEmpty());
    }
}

void tst_AccountRules::usernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("clipqueen") << true;
    QTest::newRow("with marks") << QStringLiteral("ana.b_c-d") << true;
    QTest::newRow("min length") << QStringLiteral("abc") << true;
    QTest::newRow("max length") << QString(32, QLatin1Char('x')) << true;
    QTest::newRow("too short") << QStringLiteral("ab") << false;
    QTest::newRow("too long") << QString(33, QLatin1Char('x')) << false;
    QTest::newRow("leading dot") << QStringLiteral(".ana") << false;
    QTest::newRow("at sign") << QStringLiteral("ana@x") << false;
    QTest::newRow("space") << QStringLiteral("ana b") << false;
    QTest::newRow("non-ascii") << QStringLiteral("anä") << false;
}

void tst_AccountRules::usernames()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);
    QCOMPARE(AccountRules::validateUsername(username).has_value(), valid);
}

void tst_AccountRules::passwordLengthCountsCodePoints_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    const QString emoji = QString::fromUtf8("\xF0\x9F\x8E\xAC"); // U+1F3AC, two UTF-16 units
    QTest::newRow("11 chars") << QString(11, QLatin1Char('p')) << false;
    QTest::newRow("12 chars") << QString(12, QLatin1Char('p')) << true;
    QTest::newRow("128 chars") << QString(128, QLatin1Char('p')) << true;
    QTest::newRow("129 chars") << QString(129, QLatin1Char('p')) << false;
    // 6 emoji are 12 UTF-16 units but only 6 code points: too short.
    QTest::newRow("6 emoji") << emoji.repeated(6) << false;
    QTest::newRow("12 emoji") << emoji.repeated(12) << true;
    // 100 emoji are 200 UTF-16 units but 100 code points: allowed.
    QTest::newRow("100 emoji") << emoji.repeated(100) << true;
    QTest::newRow("spaces count") << QStringLiteral("correct horse battery") << true;
}

void tst_AccountRules::passwordLengthCountsCodePoints()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    QCOMPARE(AccountRules::validatePassword(password).has_value(), valid);
}

void tst_AccountRules::normalization()
{
    QCOMPARE(AccountRules::normalizedEmail(QStringLiteral(" Ana@Example.COM ")), QStringLiteral("ana@example.com"));
    QCOMPARE(AccountRules::normalizedUsername(QStringLiteral("ClipQueen")), QStringLiteral("clipqueen"));
}

void tst_AccountRules::roles()
{
    for (Role role : {Role::Brand, Role::Clipper, Role::Admin})
        QCOMPARE(roleFromName(roleName(role)), std::optional<Role>(role));
    QCOMPARE(roleFromName(QStringLiteral("superuser")), std::nullopt);
    QCOMPARE(roleFromName(QStringLiteral("Brand")), std::nullopt);
    QVERIFY(isSelfRegistrable(Role::Brand));
    QVERIFY(isSelfRegistrable(Role::Clipper));
    QVERIFY(!isSelfRegistrable(Role::Admin));
}

QTEST_GUILESS_MAIN(tst_AccountRules)
#include "tst_accountrules.moc"
