#include "domain/profile.h"

#include <QJsonArray>
#include <QTest>

using namespace ClipDesk::Domain;

class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesSharedFields();
    void roleFieldsAreEnforced_data();
    void roleFieldsAreEnforced();
    void badValuesChangeNothing_data();
    void badValuesChangeNothing();
    void jsonHasOnlyRoleFields();
};

namespace {

Profile profileFor(Role role)
{
    Profile profile;
    profile.userId = QStringLiteral("u1");
    profile.role = role;
    profile.displayName = QStringLiteral("Before");
    return profile;
}

} // namespace

void tst_Profile::appliesSharedFields()
{
    Profile profile = profileFor(Role::Clipper);
    const QJsonObject changes{
        {QStringLiteral("display_name"), QStringLiteral("  Ana Clips ")},
        {QStringLiteral("bio"), QStringLiteral("I cut podcasts.")},
        {QStringLiteral("social_links"), QJsonArray{QStringLiteral("https://tiktok.com/@ana")}},
        {QStringLiteral("category"), QStringLiteral("podcasts")},
        {QStringLiteral("niche"), QStringLiteral("tech interviews")},
        {QStringLiteral("reach"), 125000},
        {QStringLiteral("portfolio_links"), QJsonArray{QStringLiteral("https://youtube.com/shorts/abc")}},
    };
    QVERIFY(ProfileRules::applyUpdate(profile, changes));
    QCOMPARE(profile.displayName, QStringLiteral("Ana Clips"));
    QCOMPARE(profile.bio, QStringLiteral("I cut podcasts."));
    QCOMPARE(profile.socialLinks, QStringList{QStringLiteral("https://tiktok.com/@ana")});
    QCOMPARE(profile.category, QStringLiteral("podcasts"));
    QCOMPARE(profile.reach, 125000);
    QCOMPARE(profile.portfolioLinks.size(), 1);
}

void tst_Profile::roleFieldsAreEnforced_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("allowed");
    const QJsonValue text(QStringLiteral("Acme"));
    QTest::newRow("brand company") << int(Role::Brand) << QStringLiteral("company_name") << text << true;
    QTest::newRow("brand colours") << int(Role::Brand) << QStringLiteral("brand_colors") << QJsonValue(QJsonArray{QStringLiteral("#FF0000")}) << true;
    QTest::newRow("brand reach") << int(Role::Brand) << QStringLiteral("reach") << QJsonValue(10) << false;
    QTest::newRow("brand niche") << int(Role::Brand) << QStringLiteral("niche") << text << false;
    QTest::newRow("clipper company") << int(Role::Clipper) << QStringLiteral("company_name") << text << false;
    QTest::newRow("clipper industry") << int(Role::Clipper) << QStringLiteral("industry") << text << false;
    QTest::newRow("clipper niche") << int(Role::Clipper) << QStringLiteral("niche") << text << true;
    QTest::newRow("admin niche") << int(Role::Admin) << QStringLiteral("niche") << text << false;
    QTest::newRow("owner field") << int(Role::Clipper) << QStringLiteral("user_id") << QJsonValue(QStringLiteral("u2")) << false;
    QTest::newRow("role field") << int(Role::Clipper) << QStringLiteral("role") << QJsonValue(QStringLiteral("admin")) << false;
    QTest::newRow("version field") << int(Role::Brand) << QStringLiteral("version") << QJsonValue(99) << false;
}

void tst_Profile::roleFieldsAreEnforced()
{
    QFETCH(int, role);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, allowed);
    Profile profile = profileFor(Role(role));
    const Profile before = profile;
    const auto result = ProfileRules::applyUpdate(profile, QJsonObject{{field, value}});
    QCOMPARE(result.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(profile, before);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
    }
}

void tst_Profile::badValuesChangeNothing_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::newRow("bio not a string") << QJsonObject{{QStringLiteral("bio"), 5}};
    QTest::newRow("bio too long") << QJsonObject{{QStringLiteral("bio"), QString(2001, QLatin1Char('b'))}};
    QTest::newRow("link not web") << QJsonObject{{QStringLiteral("social_links"), QJsonArray{QStringLiteral("javascript:alert(1)")}}};
    QTest::newRow("too many links") << QJsonObject{{QStringLiteral("social_links"), QJsonArray::fromStringList(QStringList(11, QStringLiteral("https://a.example")))}};
    QTest::newRow("negative reach") << QJsonObject{{QStringLiteral("reach"), -1}};
    QTest::newRow("fractional reach") << QJsonObject{{QStringLiteral("reach"), 1.5}};
    QTest::newRow("unknown category") << QJsonObject{{QStringLiteral("category"), QStringLiteral("astrology")}};
    // A valid field next to an invalid one must not be applied either.
    QTest::newRow("mixed") << QJsonObject{{QStringLiteral("bio"), QStringLiteral("ok")}, {QStringLiteral("reach"), QStringLiteral("many")}};
}

void tst_Profile::badValuesChangeNothing()
{
    QFETCH(QJsonObject, changes);
    Profile profile = profileFor(Role::Clipper);
    const Profile before = profile;
    const auto result = ProfileRules::applyUpdate(profile, changes);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("invalid_argument"));
    QCOMPARE(profile, before);
}

void tst_Profile::jsonHasOnlyRoleFields()
{
    Profile brand = profileFor(Role::Brand);
    brand.brandColors = {QStringLiteral("#112233")};
    const QJsonObject brandJson = profileToJson(brand);
    QVERIFY(brandJson.contains(QStringLiteral("company_name")));
    QCOMPARE(brandJson.value(QStringLiteral("brand_colors")).toArray().first().toString(), QStringLiteral("#112233"));
    QVERIFY(!brandJson.contains(QStringLiteral("reach")));

    const QJsonObject clipperJson = profileToJson(profileFor(Role::Clipper));
    QVERIFY(clipperJson.contains(QStringLiteral("reach")));
    QVERIFY(!clipperJson.contains(QStringLiteral("company_name")));

    Profile badColour = brand;
    badColour.brandColors = {QStringLiteral("red")};
    QVERIFY(!ProfileRules::validate(badColour));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
