#include "domain/campaignrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace ClipDesk::Domain;

class tst_CampaignRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void cannotActivateWithZeroBudget();
    void activationNeedsCompleteCampaign_data();
    void activationNeedsCompleteCampaign();
    void appliesEditableFields();
    void rejectsReadOnlyAndBadFields_data();
    void rejectsReadOnlyAndBadFields();
    void activeCampaignKeepsItsBudget();
    void finishedCampaignsAreReadOnly();
    void hashtags_data();
    void hashtags();
    void payoutModel();
    void jsonRoundTrip();
    void moneyValidation();
};

namespace {

constexpr qint64 Now = 1'800'000'000'000LL;
constexpr qint64 Day = 24LL * 3600 * 1000;

Campaign readyCampaign()
{
    Campaign c;
    c.id = QStringLiteral("c1");
    c.brandId = QStringLiteral("b1");
    c.name = QStringLiteral("Summer drop");
    c.category = QStringLiteral("music");
    c.startsAtMs = Now - Day;
    c.endsAtMs = Now + 30 * Day;
    c.budget = Money{500000, QStringLiteral("USD")};
    c.cpmRateMinor = 150;
    c.platforms = {Platform::TikTok};
    return c;
}

} // namespace

void tst_CampaignRules::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("legal");
    using S = CampaignStatus;
    const QList<S> all = {S::Draft, S::Active, S::Paused, S::Completed, S::Archived};
    const QList<std::pair<S, S>> legal = {{S::Draft, S::Active},     {S::Active, S::Paused},
                                          {S::Paused, S::Active},    {S::Active, S::Completed},
                                          {S::Paused, S::Completed}, {S::Completed, S::Archived}};
    for (S from : all) {
        for (S to : all) {
            const QByteArray name = (campaignStatusName(from) + u"->" + campaignStatusName(to)).toLatin1();
            QTest::newRow(name.constData()) << int(from) << int(to) << legal.contains({from, to});
        }
    }
}

void tst_CampaignRules::transitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, legal);
    QCOMPARE(CampaignRules::isLegalTransition(CampaignStatus(from), CampaignStatus(to)), legal);
    Campaign c = readyCampaign();
    c.status = CampaignStatus(from);
    QCOMPARE(CampaignRules::checkTransition(c, CampaignStatus(to), Now).has_value(), legal);
}

void tst_CampaignRules::cannotActivateWithZeroBudget()
{
    Campaign c = readyCampaign();
    c.budget.minor = 0;
    const auto result = CampaignRules::checkTransition(c, CampaignStatus::Active, Now);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("budget of zero")));
}

void tst_CampaignRules::activationNeedsCompleteCampaign_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("payout") << QStringLiteral("payout");
    QTest::newRow("platforms") << QStringLiteral("platforms");
    QTest::newRow("category") << QStringLiteral("category");
    QTest::newRow("dates") << QStringLiteral("dates");
    QTest::newRow("ended") << QStringLiteral("ended");
    QTest::newRow("template") << QStringLiteral("template");
}

void tst_CampaignRules::activationNeedsCompleteCampaign()
{
    QFETCH(QString, missing);
    Campaign c = readyCampaign();
    QVERIFY(CampaignRules::validateForActivation(c, Now));
    if (missing == u"payout")
        c.cpmRateMinor = 0;
    else if (missing == u"platforms")
        c.platforms.clear();
    else if (missing == u"category")
        c.category.clear();
    else if (missing == u"dates")
        c.endsAtMs = 0;
    else if (missing == u"ended")
        c.endsAtMs = Now - 1;
    else
        c.isTemplate = true;
    QVERIFY(!CampaignRules::validateForActivation(c, Now));
}

void tst_CampaignRules::appliesEditableFields()
{
    Campaign c = readyCampaign();
    const QJsonObject changes{
        {QStringLiteral("name"), QStringLiteral("  Autumn drop ")},
        {QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 900000}, {QStringLiteral("currency"), QStringLiteral("EUR")}}},
        {QStringLiteral("per_clip_minor"), 2500},
        {QStringLiteral("visibility"), QStringLiteral("private")},
        {QStringLiteral("platforms"), QJsonArray{Platform::TikTok, Platform::YouTubeShorts}},
        {QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("Ad"), QStringLiteral("#AutumnDrop")}},
        {QStringLiteral("blacklisted_hashtags"), QJsonArray{QStringLiteral("#competitor")}},
        {QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("source_asset_links"), QJsonArray{QStringLiteral("https://cdn.example.com/raw.mp4")}},
    };
    QVERIFY(CampaignRules::applyChanges(c, changes));
    QCOMPARE(c.name, QStringLiteral("Autumn drop"));
    QCOMPARE(c.budget, (Money{900000, QStringLiteral("EUR")}));
    QCOMPARE(c.payoutModel(), QStringLiteral("hybrid"));
    QCOMPARE(c.visibility, Visibility::Private);
    QCOMPARE(c.requiredHashtags, (QStringList{QStringLiteral("#ad"), QStringLiteral("#autumndrop")}));
    QCOMPARE(c.timeZone, QStringLiteral("Europe/Berlin"));
}

void tst_CampaignRules::rejectsReadOnlyAndBadFields_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::newRow("owner") << QJsonObject{{QStringLiteral("brand_id"), QStringLiteral("b2")}};
    QTest::newRow("status") << QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}};
    QTest::newRow("version") << QJsonObject{{QStringLiteral("version"), 9}};
    QTest::newRow("flag") << QJsonObject{{QStringLiteral("flagged_reason"), QString()}};
    QTest::newRow("empty name") << QJsonObject{{QStringLiteral("name"), QStringLiteral("  ")}};
    QTest::newRow("negative rate") << QJsonObject{{QStringLiteral("cpm_rate_minor"), -5}};
    QTest::newRow("float budget") << QJsonObject{{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 10.5}, {QStringLiteral("currency"), QStringLiteral("USD")}}}};
    QTest::newRow("unknown currency") << QJsonObject{{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 10}, {QStringLiteral("currency"), QStringLiteral("XXX")}}}};
    QTest::newRow("budget as number") << QJsonObject{{QStringLiteral("budget"), 100}};
    QTest::newRow("end before start") << QJsonObject{{QStringLiteral("ends_at"), double(Now - 2 * Day)}};
    QTest::newRow("bad platform") << QJsonObject{{QStringLiteral("platforms"), QJsonArray{QStringLiteral("myspace")}}};
    QTest::newRow("bad zone") << QJsonObject{{QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")}};
    QTest::newRow("tag both ways") << QJsonObject{{QStringLiteral("blacklisted_hashtags"), QJsonArray{QStringLiteral("#x")}}, {QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("X")}}};
    QTest::newRow("bad hashtag") << QJsonObject{{QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("two words")}}};
    QTest::newRow("cap over budget") << QJsonObject{{QStringLiteral("cap_per_clipper_minor"), 600000}};
    QTest::newRow("zero submissions") << QJsonObject{{QStringLiteral("submission_limit_per_clipper"), 0}};
    QTest::newRow("bad link") << QJsonObject{{QStringLiteral("source_asset_links"), QJsonArray{QStringLiteral("file:///etc/passwd")}}};
    QTest::newRow("nothing") << QJsonObject{};
}

void tst_CampaignRules::rejectsReadOnlyAndBadFields()
{
    QFETCH(QJsonObject, changes);
    Campaign c = readyCampaign();
    const Campaign before = c;
    const auto result = CampaignRules::applyChanges(c, changes);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("invalid_argument"));
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(c, before);
}

void tst_CampaignRules::activeCampaignKeepsItsBudget()
{
    Campaign c = readyCampaign();
    c.status = CampaignStatus::Active;
    const QJsonObject zero{{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 0}, {QStringLiteral("currency"), QStringLiteral("USD")}}}};
    QVERIFY(!CampaignRules::applyChanges(c, zero));
    const QJsonObject euros{{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 10}, {QStringLiteral("currency"), QStringLiteral("EUR")}}}};
    QVERIFY(!CampaignRules::applyChanges(c, euros));
    const QJsonObject more{{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 700000}, {QStringLiteral("currency"), QStringLiteral("USD")}}}};
    QVERIFY(CampaignRules::applyChanges(c, more));
    QCOMPARE(c.budget.minor, 700000);
}

void tst_CampaignRules::finishedCampaignsAreReadOnly()
{
    for (CampaignStatus status : {CampaignStatus::Completed, CampaignStatus::Archived}) {
        Campaign c = readyCampaign();
        c.status = status;
        QVERIFY(!CampaignRules::applyChanges(c, {{QStringLiteral("name"), QStringLiteral("x")}}));
    }
}

void tst_CampaignRules::hashtags_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << QStringLiteral("Ad") << QStringLiteral("#ad");
    QTest::newRow("hash") << QStringLiteral("#Sponsored") << QStringLiteral("#sponsored");
    QTest::newRow("unicode") << QStringLiteral("#Café_2") << QStringLiteral("#café_2");
    QTest::newRow("space") << QStringLiteral("#two words") << QString();
    QTest::newRow("empty") << QStringLiteral("#") << QString();
    QTest::newRow("punct") << QStringLiteral("#a-b") << QString();
}

void tst_CampaignRules::hashtags()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(CampaignRules::normalizedHashtag(input), normalized);
}

void tst_CampaignRules::payoutModel()
{
    Campaign c;
    QCOMPARE(c.payoutModel(), QStringLiteral("none"));
    c.perClipMinor = 100;
    QCOMPARE(c.payoutModel(), QStringLiteral("per_clip"));
    c.cpmRateMinor = 100;
    QCOMPARE(c.payoutModel(), QStringLiteral("hybrid"));
    c.perClipMinor = 0;
    QCOMPARE(c.payoutModel(), QStringLiteral("cpm"));
}

void tst_CampaignRules::jsonRoundTrip()
{
    Campaign c = readyCampaign();
    c.requiredHashtags = {QStringLiteral("#ad")};
    c.status = CampaignStatus::Paused;
    c.visibility = Visibility::Private;
    c.flaggedReason = QStringLiteral("misleading");
    c.version = 7;
    QCOMPARE(campaignFromJson(campaignToJson(c)), c);
    QVERIFY(!c.isDiscoverable());
}

void tst_CampaignRules::moneyValidation()
{
    QVERIFY(MoneyRules::validate(Money{0, QStringLiteral("USD")}));
    QVERIFY(!MoneyRules::validate(Money{-1, QStringLiteral("USD")}));
    QVERIFY(!MoneyRules::validate(Money{1, QStringLiteral("usd")}));
    QVERIFY(!MoneyRules::validate(Money{MoneyRules::MaxMinor + 1, QStringLiteral("USD")}));
    QCOMPARE(MoneyRules::minorDigits(QStringLiteral("JPY")), 0);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE((Money{123456, QStringLiteral("USD")}).toDisplayString(), QStringLiteral("1,234.56 USD"));
    QCOMPARE((Money{5, QStringLiteral("EUR")}).toDisplayString(), QStringLiteral("0.05 EUR"));
    QCOMPARE((Money{500, QStringLiteral("JPY")}).toDisplayString(), QStringLiteral("500 JPY"));
}

QTEST_GUILESS_MAIN(tst_CampaignRules)
#include "tst_campaignrules.moc"
